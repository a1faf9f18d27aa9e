package cn.batterycarbon.responsibility;

import cn.batterycarbon.responsibility.core.AllocationResult;
import cn.batterycarbon.responsibility.core.AllocationWarning;
import cn.batterycarbon.responsibility.core.FinalDemandCategory;
import cn.batterycarbon.responsibility.core.IoTable;
import cn.batterycarbon.responsibility.domain.SectorRows.Industry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's result in the form of the paper's Table 1: industries (the focus industry first, then
 * by responsibility), then final-demand categories, then the total. Sectors are reported under
 * their aggregated industry when the table has an aggregation, else on their own.
 */
public record AllocationReport(
        List<Row> industries,
        List<FinalDemandRow> finalDemand,
        double total,
        double focusShare,
        double finalDemandTotal,
        boolean aggregated,
        List<WarningRow> warnings,
        List<AllocationResult.Layer> layers,
        List<SectorRow> sectors,
        int iterations) {

    /** An industry (or sector) row; {@code stage} 1-3 or null. */
    public record Row(String label, Integer stage, boolean focus, double value, double share) {

        public String stageNumeral() {
            return stage == null
                    ? ""
                    : switch (stage) {
                        case 1 -> "I";
                        case 2 -> "II";
                        default -> "III";
                    };
        }
    }

    public record FinalDemandRow(FinalDemandCategory category, double value, double share) {}

    /** Every sector of the table, as the API returns it. */
    public record SectorRow(String code, String name, double responsibility) {}

    public record WarningRow(String messageKey, String sectors, int count) {}

    public static AllocationReport of(
            AllocationResult result, IoTable table, List<Industry> industries, boolean english) {
        double total = result.total();
        Map<String, double[]> byLabel = new LinkedHashMap<>();
        Map<String, Integer> stages = new LinkedHashMap<>();
        boolean aggregated = industries.stream().anyMatch(i -> i != null);
        List<SectorRow> sectors = new ArrayList<>(table.size());
        String focusLabel = null;
        for (int i = 0; i < table.size(); i++) {
            double value = result.sectorResponsibility()[i];
            sectors.add(new SectorRow(table.sector(i).code(), table.sector(i).name(english), value));
            Industry industry = i < industries.size() ? industries.get(i) : null;
            String label = industry != null
                    ? industry.name()
                    : table.sector(i).code() + " " + table.sector(i).name(english);
            byLabel.computeIfAbsent(label, l -> new double[1])[0] += value;
            if (industry != null && industry.stage() != null) {
                stages.putIfAbsent(label, industry.stage());
            }
            if (i == result.focusIndex()) {
                focusLabel = label;
            }
        }
        String focus = focusLabel;
        List<Row> rows = new ArrayList<>();
        byLabel.forEach((label, value) ->
                rows.add(new Row(label, stages.get(label), label.equals(focus), value[0], share(value[0], total))));
        rows.sort(Comparator.comparing((Row r) -> !r.focus()).thenComparing(r -> -r.value()));
        List<FinalDemandRow> finalDemand = new ArrayList<>();
        for (FinalDemandCategory c : FinalDemandCategory.values()) {
            finalDemand.add(new FinalDemandRow(c, result.finalDemand(c), share(result.finalDemand(c), total)));
        }
        List<WarningRow> warnings = new ArrayList<>();
        for (AllocationWarning w : result.warnings()) {
            List<String> shown = w.sectors().size() > 30 ? w.sectors().subList(0, 30) : w.sectors();
            warnings.add(new WarningRow(
                    w.type().messageKey(),
                    String.join(", ", shown) + (w.sectors().size() > 30 ? ", …" : ""),
                    w.sectors().size()));
        }
        return new AllocationReport(
                rows,
                finalDemand,
                total,
                result.focusSectorShare(),
                result.finalDemandTotal(),
                aggregated,
                warnings,
                result.layers(),
                sectors,
                result.iterations());
    }

    private static double share(double value, double total) {
        return total == 0.0 ? 0.0 : value / total;
    }

    /** Sum of every row and final-demand category (equals {@link #total()} up to rounding). */
    public double allocatedSum() {
        double sum = 0.0;
        for (Row r : industries) {
            sum += r.value();
        }
        for (FinalDemandRow r : finalDemand) {
            sum += r.value();
        }
        return sum;
    }
}
