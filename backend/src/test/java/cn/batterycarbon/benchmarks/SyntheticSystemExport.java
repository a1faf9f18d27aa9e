package cn.batterycarbon.benchmarks;

import cn.batterycarbon.responsibility.core.AllocationParameters;
import cn.batterycarbon.responsibility.core.AllocationResult;
import cn.batterycarbon.responsibility.core.IoTable;
import cn.batterycarbon.responsibility.core.ResponsibilityAllocator;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the synthetic 8,000-sector system for backend/bench/responsibility_dense.py: the table's
 * non-zero sales (row, column, value), net final demand, operating surplus, the focus sector and
 * E, and the sparse solver's result (what each sector keeps), big-endian as DataOutputStream
 * writes them.
 */
public final class SyntheticSystemExport {

    private SyntheticSystemExport() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "backend/target/responsibility-bench");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : ResponsibilityAllocationBenchmark.SYNTHETIC_SECTORS;
        double density =
                args.length > 2 ? Double.parseDouble(args[2]) : ResponsibilityAllocationBenchmark.SYNTHETIC_DENSITY;
        Files.createDirectories(dir);
        IoTable table = SyntheticIoTables.generate(n, density, SyntheticIoTables.SEED);
        AllocationParameters parameters = ResponsibilityAllocationBenchmark.syntheticParameters();
        long start = System.nanoTime();
        AllocationResult result = new ResponsibilityAllocator(table).allocate(parameters);
        long elapsed = System.nanoTime() - start;
        try (DataOutputStream out = new DataOutputStream(
                new BufferedOutputStream(Files.newOutputStream(dir.resolve("system.bin")), 1 << 20))) {
            out.writeInt(n);
            out.writeInt(table.intermediate().nonZeros());
            out.writeInt(table.indexOf(parameters.focusSector()));
            out.writeDouble(parameters.responsibility());
            for (int i = 0; i < n; i++) {
                int[] columns = table.intermediate().rowColumns(i);
                double[] values = table.intermediate().rowValues(i);
                for (int e = 0; e < columns.length; e++) {
                    out.writeInt(i);
                    out.writeInt(columns[e]);
                    out.writeDouble(values[e]);
                }
            }
            for (int i = 0; i < n; i++) {
                out.writeDouble(table.netFinalDemand(i));
            }
            for (int i = 0; i < n; i++) {
                out.writeDouble(table.valueAdded(
                        i, cn.batterycarbon.responsibility.core.ValueAddedComponent.OPERATING_SURPLUS));
            }
            for (int i = 0; i < n; i++) {
                out.writeDouble(result.sectorResponsibility()[i]);
            }
        }
        System.out.printf(
                "wrote %s: %d sectors, %d non-zeros, BiCGSTAB iterations %d, one cold run %.1f ms, conservation error %.2e%n",
                dir.resolve("system.bin"),
                n,
                table.intermediate().nonZeros(),
                result.iterations(),
                elapsed / 1e6,
                Math.abs(result.allocatedSum() - result.total()) / result.total());
    }
}
