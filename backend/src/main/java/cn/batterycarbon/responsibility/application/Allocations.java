package cn.batterycarbon.responsibility.application;

import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.TenantGuard;
import cn.batterycarbon.responsibility.AllocationReport;
import cn.batterycarbon.responsibility.core.AllocationParameters;
import cn.batterycarbon.responsibility.core.AllocationResult;
import cn.batterycarbon.responsibility.core.FinalDemandCategory;
import cn.batterycarbon.responsibility.core.IoTable;
import cn.batterycarbon.responsibility.core.ResponsibilityAllocator;
import cn.batterycarbon.responsibility.domain.AllocationRun;
import cn.batterycarbon.responsibility.domain.AllocationRuns;
import cn.batterycarbon.responsibility.domain.StoredIoTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocation runs: computed on the in-memory table, saved with their parameters, shown as a
 * Table-1-style report and compared side by side. Runs are recomputed from their parameters when
 * shown (tables never change, and a run on 153 sectors takes well under a millisecond).
 */
@Service
public class Allocations {

    /** A saved run with its table and its recomputed result. */
    public record RunView(AllocationRun run, StoredIoTable table, AllocationResult result, AllocationReport report) {}

    /** Several runs side by side: one column per run. */
    public record Comparison(
            List<RunView> runs, List<ComparisonRow> industries, List<ComparisonFinalDemand> finalDemand) {

        /**
         * The {@code n} industries with the largest responsibility in any run (sorted, largest
         * first), and the rest summed into one row named {@code otherLabel}.
         */
        public List<ComparisonRow> top(int n, String otherLabel) {
            if (industries.size() <= n) {
                return industries;
            }
            List<ComparisonRow> top = new ArrayList<>(industries.subList(0, n));
            double[] other = new double[runs.size()];
            for (ComparisonRow row : industries.subList(n, industries.size())) {
                for (int c = 0; c < other.length; c++) {
                    other[c] += row.values()[c];
                }
            }
            top.add(new ComparisonRow(otherLabel, null, other));
            return top;
        }
    }

    public record ComparisonRow(String label, Integer stage, double[] values) {}

    public record ComparisonFinalDemand(FinalDemandCategory category, double[] values) {}

    private final IoTables tables;
    private final AllocationRuns runs;

    Allocations(IoTables tables, AllocationRuns runs) {
        this.tables = tables;
        this.runs = runs;
    }

    @Transactional
    public RunView run(
            PlatformUser user, UUID tableId, String label, AllocationParameters parameters, boolean english) {
        StoredIoTable table = tables.table(user, tableId);
        IoTable model = tables.model(tableId);
        AllocationResult result = IoTables.refusing(() -> new ResponsibilityAllocator(model).allocate(parameters));
        AllocationRun run = runs.save(new AllocationRun(
                user.organizationId(),
                tableId,
                label == null || label.isBlank() ? null : label.strip(),
                parameters,
                result));
        return new RunView(
                run, table, result, AllocationReport.of(result, model, tables.industries(user, tableId), english));
    }

    public RunView view(PlatformUser user, UUID runId, boolean english) {
        AllocationRun run = runs.findById(runId).orElse(null);
        TenantGuard.requireVisible(run, run == null ? null : run.getOrganizationId(), user);
        StoredIoTable table = tables.table(user, run.getTableId());
        IoTable model = tables.model(run.getTableId());
        AllocationResult result =
                IoTables.refusing(() -> new ResponsibilityAllocator(model).allocate(run.parameters()));
        return new RunView(
                run,
                table,
                result,
                AllocationReport.of(result, model, tables.industries(user, table.getId()), english));
    }

    public List<AllocationRun> runsOf(PlatformUser user) {
        return runs.findByOrganizationIdOrderByCreatedAtDesc(user.organizationId());
    }

    /** One page of the organization's runs, newest first. */
    public org.springframework.data.domain.Page<AllocationRun> runsOf(
            PlatformUser user, org.springframework.data.domain.Pageable page) {
        return runs.findByOrganizationIdOrderByCreatedAtDesc(user.organizationId(), page);
    }

    public List<AllocationRun> runsOfTable(PlatformUser user, UUID tableId) {
        tables.table(user, tableId);
        return runs.findByTableIdOrderByCreatedAtAsc(tableId);
    }

    public Comparison compare(PlatformUser user, List<UUID> runIds, boolean english) {
        if (runIds == null || runIds.isEmpty()) {
            throw new DomainException("responsibility.compare.none");
        }
        List<RunView> views = new ArrayList<>();
        for (UUID id : runIds.stream().distinct().limit(12).toList()) {
            views.add(view(user, id, english));
        }
        int columns = views.size();
        Map<String, ComparisonRow> rows = new LinkedHashMap<>();
        for (int c = 0; c < columns; c++) {
            for (AllocationReport.Row row : views.get(c).report().industries()) {
                ComparisonRow target =
                        rows.computeIfAbsent(row.label(), l -> new ComparisonRow(l, row.stage(), new double[columns]));
                target.values()[c] += row.value();
            }
        }
        List<ComparisonFinalDemand> finalDemand = new ArrayList<>();
        for (FinalDemandCategory category : FinalDemandCategory.values()) {
            double[] values = new double[columns];
            for (int c = 0; c < columns; c++) {
                values[c] = views.get(c).result().finalDemand(category);
            }
            finalDemand.add(new ComparisonFinalDemand(category, values));
        }
        // largest contributors first (by their largest value in any run), not in sector-code order
        List<ComparisonRow> sorted = new ArrayList<>(rows.values());
        sorted.sort(java.util.Comparator.comparingDouble((ComparisonRow r) -> -largest(r.values())));
        return new Comparison(views, sorted, finalDemand);
    }

    private static double largest(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
