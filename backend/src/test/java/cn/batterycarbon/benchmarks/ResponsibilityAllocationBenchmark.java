package cn.batterycarbon.benchmarks;

import cn.batterycarbon.responsibility.TableFiles;
import cn.batterycarbon.responsibility.core.AllocationParameters;
import cn.batterycarbon.responsibility.core.AllocationResult;
import cn.batterycarbon.responsibility.core.AllocationRule;
import cn.batterycarbon.responsibility.core.Depth;
import cn.batterycarbon.responsibility.core.IoTable;
import cn.batterycarbon.responsibility.core.IoTableReader;
import cn.batterycarbon.responsibility.core.ResponsibilityAllocator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Targets of the responsibility issue: depth 3 on the 2020 153-sector table under 1 ms, and full
 * convergence on a synthetic 8,000-sector table with 5 % density under 2 s (compared with a dense
 * LU solve by backend/bench/responsibility.sh). Each measured call builds the allocator from the
 * in-memory table and runs the allocation, as a request does.
 */
@BenchmarkMode(Mode.AverageTime)
public class ResponsibilityAllocationBenchmark {

    static final int SYNTHETIC_SECTORS = 8_000;
    static final double SYNTHETIC_DENSITY = 0.05;

    static AllocationParameters syntheticParameters() {
        return new AllocationParameters(
                "S00042", 366.66, 100.0, 0.5, AllocationRule.VALUE_ADDED, Map.of(), Depth.INFINITE);
    }

    @State(Scope.Benchmark)
    public static class China2020 {
        IoTable table;
        AllocationParameters valueAdded;
        AllocationParameters profit;

        @Setup(Level.Trial)
        public void load() throws IOException {
            // the committed copy of the NBS table (db/seed/responsibility)
            Path file = Path.of("db", "src", "main", "resources", "db", "seed", "responsibility", "china-2020-153.csv");
            try (InputStream in = Files.newInputStream(file)) {
                table = IoTableReader.read(TableFiles.read(in, file.toString())).table();
            }
            valueAdded =
                    new AllocationParameters("087", 366.66, 0, 0.5, AllocationRule.VALUE_ADDED, Map.of(), Depth.of(3));
            profit = new AllocationParameters("087", 366.66, 0, 0.5, AllocationRule.PROFIT, Map.of(), Depth.of(3));
        }
    }

    @State(Scope.Benchmark)
    public static class Synthetic {
        IoTable table;

        @Setup(Level.Trial)
        public void generate() {
            table = SyntheticIoTables.generate(SYNTHETIC_SECTORS, SYNTHETIC_DENSITY, SyntheticIoTables.SEED);
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public AllocationResult depth3China153ValueAdded(China2020 state) {
        return new ResponsibilityAllocator(state.table).allocate(state.valueAdded);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public AllocationResult depth3China153Profit(China2020 state) {
        return new ResponsibilityAllocator(state.table).allocate(state.profit);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public AllocationResult convergedSynthetic8000(Synthetic state) {
        return new ResponsibilityAllocator(state.table).allocate(syntheticParameters());
    }
}
