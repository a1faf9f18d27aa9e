package cn.batterycarbon.benchmarks;

import cn.batterycarbon.factor.FactorTable;
import cn.batterycarbon.factor.GridRegion;
import cn.batterycarbon.factor.Province;
import cn.batterycarbon.factor.ResolvedFactor;
import cn.batterycarbon.factor.core.InMemoryFactorTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link FactorTable#find} on a release held in memory, sized like a full background database:
 * grid factors for every province, grid and the nation over ten years, plus 2,000 material,
 * energy and transport codes. Target: well under one microsecond per lookup. Run with
 * {@code backend/bench/factor-lookup.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FactorLookupBenchmark {

    private FactorTable table;
    private String[] provinces;
    private String[] materials;
    private int next;

    @Setup
    public void load() {
        List<ResolvedFactor> factors = new ArrayList<>();
        for (int year = 2014; year <= 2023; year++) {
            factors.add(factor("ELEC-GRID", "CN", year, "0.53"));
            factors.add(factor("ELEC-GRID-RESIDUAL", "CN", year, "0.58"));
            for (GridRegion grid : GridRegion.values()) {
                factors.add(factor("ELEC-GRID", grid.geographyCode(), year, "0.5"));
            }
            // every other province has its own value, so half the lookups fall back to the grid
            for (Province province : Province.values()) {
                if (province.ordinal() % 2 == 0) {
                    factors.add(factor("ELEC-GRID", province.geographyCode(), year, "0.4"));
                }
            }
        }
        materials = new String[2000];
        for (int i = 0; i < materials.length; i++) {
            materials[i] = "MATERIAL-" + i;
            factors.add(factor(materials[i], i % 3 == 0 ? "GLO" : "CN", 2020 + i % 4, "12.5"));
        }
        table = InMemoryFactorTable.of("BENCH-1", factors);
        provinces = new String[Province.values().length];
        for (Province province : Province.values()) {
            provinces[province.ordinal()] = province.geographyCode();
        }
    }

    private static ResolvedFactor factor(String code, String geography, int year, String value) {
        return new ResolvedFactor(
                code, code, code, new BigDecimal(value), "kgCO2e/kWh", geography, year, "BENCH-1", "bench", null);
    }

    /** Grid electricity for a plant's province and a year between published years: the full fallback path. */
    @Benchmark
    public Optional<ResolvedFactor> gridFactorForAProvince() {
        int i = next++ & 0x3FF;
        return table.find("ELEC-GRID", provinces[i % provinces.length], 2015 + i % 12);
    }

    /** A material factor without geography or year: national, else global, latest year. */
    @Benchmark
    public Optional<ResolvedFactor> materialFactor() {
        int i = next++ & 0x7FF;
        return table.find(materials[i % materials.length]);
    }
}
