package cn.batterycarbon.benchmarks;

import cn.batterycarbon.footprint.core.ActivityLine;
import cn.batterycarbon.footprint.core.BackgroundFactor;
import cn.batterycarbon.footprint.core.DeclarationInput;
import cn.batterycarbon.footprint.core.Electricity;
import cn.batterycarbon.footprint.core.ElectricityRule;
import cn.batterycarbon.footprint.core.FactorChoice;
import cn.batterycarbon.footprint.core.FactorResolver;
import cn.batterycarbon.footprint.core.FootprintCalculator;
import cn.batterycarbon.footprint.core.FootprintResult;
import cn.batterycarbon.footprint.core.FunctionalUnit;
import cn.batterycarbon.footprint.core.LifeCycleStage;
import cn.batterycarbon.footprint.core.UncertaintyAnalysis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Footprint core throughput on one core with factors in memory: a declaration of {@value #LINES}
 * activity lines (60 % background factors from 400 codes in several units, 40 % inline supplier or
 * company factors, electricity lines under the market-based rule), calculated end to end: factor
 * resolution, unit conversion, per-line provenance, compensated stage sums, top contributors. The
 * score is lines per second (one operation = one line). Target: at least 5 million lines/s.
 *
 * <p>Run with {@code backend/bench/footprint.sh} from the project root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
public class FootprintCalculatorBenchmark {

    static final int LINES = 100_000;
    static final int MONTE_CARLO_LINES = 1_000;

    private static final String[] MATERIAL_UNITS = {"kg", "t", "g"};
    private static final String[] FACTOR_UNITS = {"kgCO2e/kg", "tCO2e/t", "kgCO2e/kg"};
    private static final String[] INLINE_UNITS = {"kgCO2e/kg", "kgCO2e/kWh", "kgCO2e/(t*km)", "kgCO2e/m3", "gCO2e/MJ"};
    private static final String[] INLINE_QUANTITY_UNITS = {"kg", "MWh", "t*km", "m3", "GJ"};

    private final FootprintCalculator calculator = new FootprintCalculator();
    private DeclarationInput declaration;
    private DeclarationInput monteCarloDeclaration;
    private FactorResolver factors;
    private FootprintResult monteCarloFootprint;

    @Setup
    public void setUp() {
        Map<String, BackgroundFactor> table = new HashMap<>();
        for (int i = 0; i < 400; i++) {
            String code = "MAT-" + i;
            table.put(
                    code,
                    new BackgroundFactor(
                            code,
                            BigDecimal.valueOf(1 + i % 37, 1),
                            FACTOR_UNITS[i % FACTOR_UNITS.length],
                            "CN",
                            2023,
                            "BENCH-1",
                            "benchmark",
                            new BackgroundFactor.Uncertainty(
                                    BackgroundFactor.Uncertainty.Distribution.LOGNORMAL, 1.2, 0)));
        }
        for (String code : List.of("ELEC-GRID", "ELEC-GRID-RESIDUAL", "ELEC-GREEN")) {
            table.put(
                    code,
                    new BackgroundFactor(
                            code, new BigDecimal("0.5856"), "kgCO2e/kWh", "CN", 2023, "BENCH-1", "benchmark", null));
        }
        factors = new FactorResolver() {
            @Override
            public String releaseCode() {
                return "BENCH-1";
            }

            @Override
            public Optional<BackgroundFactor> find(String code, String geography, Integer year) {
                return Optional.ofNullable(table.get(code));
            }
        };
        declaration = declaration(LINES, new SplittableRandom(2026));
        monteCarloDeclaration = declaration(MONTE_CARLO_LINES, new SplittableRandom(7));
        monteCarloFootprint = calculator.calculate(monteCarloDeclaration, factors);
    }

    private static DeclarationInput declaration(int size, SplittableRandom random) {
        LifeCycleStage[] stages = LifeCycleStage.values();
        List<ActivityLine> lines = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            LifeCycleStage stage = stages[random.nextInt(stages.length)];
            BigDecimal quantity = BigDecimal.valueOf(random.nextInt(1, 1_000_000), 3);
            int kind = random.nextInt(100);
            if (kind < 55) {
                int code = random.nextInt(400);
                lines.add(ActivityLine.of(
                        stage,
                        "material " + code,
                        quantity,
                        MATERIAL_UNITS[random.nextInt(MATERIAL_UNITS.length)],
                        new FactorChoice.Background("MAT-" + code)));
            } else if (kind < 60) {
                lines.add(new ActivityLine(
                        LifeCycleStage.MAIN_PRODUCTION,
                        "grid electricity",
                        quantity,
                        "kWh",
                        null,
                        Electricity.grid(),
                        false));
            } else {
                int unit = random.nextInt(INLINE_UNITS.length);
                BigDecimal value = BigDecimal.valueOf(random.nextInt(1, 100_000), 4);
                FactorChoice factor = random.nextBoolean()
                        ? FactorChoice.Specific.company(value, INLINE_UNITS[unit])
                        : FactorChoice.Specific.supplier(value, INLINE_UNITS[unit], "supplier response");
                lines.add(ActivityLine.of(stage, "inline " + i, quantity, INLINE_QUANTITY_UNITS[unit], factor));
            }
        }
        return new DeclarationInput(
                new FunctionalUnit.EuFeqc(new BigDecimal("60"), new BigDecimal("60"), new BigDecimal("8")),
                ElectricityRule.MARKET_BASED_CN,
                "CN-GRID-EAST",
                lines);
    }

    /** Lines per second through the whole calculation. */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public FootprintResult calculate() {
        return calculator.calculate(declaration, factors);
    }

    /** Monte Carlo iterations per second (10,000 per run) on a 1,000-line declaration. */
    @Benchmark
    @OperationsPerInvocation(UncertaintyAnalysis.DEFAULT_ITERATIONS)
    public UncertaintyAnalysis.Result monteCarlo() {
        return UncertaintyAnalysis.run(monteCarloFootprint, 42);
    }
}
