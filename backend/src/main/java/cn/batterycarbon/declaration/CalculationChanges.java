package cn.batterycarbon.declaration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two calculation records of one declaration: settings, release, activity
 * lines (added and removed, compared as whole lines), background factor values, and the figures.
 *
 * @param settings setting name to [before, after], only those that differ
 * @param factors factor code and geography to [before, after] value (null where absent)
 * @param stages stage to [before, after] kg CO2e per kWh
 */
public record CalculationChanges(
        CalculationRecord from,
        CalculationRecord to,
        Map<String, List<String>> settings,
        List<LineData> linesRemoved,
        List<LineData> linesAdded,
        Map<String, List<BigDecimal>> factors,
        Map<String, List<BigDecimal>> stages) {

    public BigDecimal totalChange() {
        return to.result().totalKgCo2ePerKwh().subtract(from.result().totalKgCo2ePerKwh());
    }

    public boolean inputsUnchanged() {
        return settings.isEmpty() && linesRemoved.isEmpty() && linesAdded.isEmpty() && factors.isEmpty();
    }

    static CalculationChanges between(CalculationRecord from, CalculationRecord to) {
        CalculationInputs a = from.inputs();
        CalculationInputs b = to.inputs();
        Map<String, List<String>> settings = new LinkedHashMap<>();
        setting(
                settings,
                "periodStart",
                a.settings().periodStart(),
                b.settings().periodStart());
        setting(settings, "periodEnd", a.settings().periodEnd(), b.settings().periodEnd());
        setting(
                settings,
                "productionVolume",
                a.settings().productionVolume(),
                b.settings().productionVolume());
        setting(
                settings,
                "functionalUnitMethod",
                a.settings().functionalUnitMethod(),
                b.settings().functionalUnitMethod());
        setting(
                settings,
                "electricityRule",
                a.settings().electricityRule(),
                b.settings().electricityRule());
        setting(settings, "factorRelease", a.factorRelease(), b.factorRelease());
        setting(settings, "model", a.model().modelCode(), b.model().modelCode());
        setting(settings, "plant", a.plant().name(), b.plant().name());

        List<LineData> removed = new ArrayList<>(a.lines());
        List<LineData> added = new ArrayList<>();
        for (LineData line : b.lines()) {
            if (!removed.remove(line)) {
                added.add(line);
            }
        }

        Map<String, List<BigDecimal>> factors = new LinkedHashMap<>();
        Map<String, BigDecimal> before = new LinkedHashMap<>();
        a.factorsUsed().forEach(f -> before.put(f.code() + " · " + f.geography(), f.value()));
        Map<String, BigDecimal> after = new LinkedHashMap<>();
        b.factorsUsed().forEach(f -> after.put(f.code() + " · " + f.geography(), f.value()));
        for (String key : union(before, after)) {
            BigDecimal x = before.get(key);
            BigDecimal y = after.get(key);
            if (x == null || y == null || x.compareTo(y) != 0) {
                factors.put(key, java.util.Arrays.asList(x, y));
            }
        }

        Map<String, List<BigDecimal>> stages = new LinkedHashMap<>();
        for (CalculationSnapshot.StageFigure s : from.result().stages()) {
            stages.put(s.stage(), new ArrayList<>(java.util.Arrays.asList(s.kgCo2ePerKwh(), null)));
        }
        for (CalculationSnapshot.StageFigure s : to.result().stages()) {
            stages.computeIfAbsent(s.stage(), k -> new ArrayList<>(java.util.Arrays.asList(null, null)))
                    .set(1, s.kgCo2ePerKwh());
        }
        return new CalculationChanges(from, to, settings, removed, added, factors, stages);
    }

    private static void setting(Map<String, List<String>> changes, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(name, java.util.Arrays.asList(Objects.toString(before, ""), Objects.toString(after, "")));
        }
    }

    private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
        return keys;
    }
}
