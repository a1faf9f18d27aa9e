package cn.batterycarbon.responsibility.core;

import static org.assertj.core.api.Assertions.assertThat;

import cn.batterycarbon.responsibility.TableFiles;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checks of methodology section 2 on the 2020 national 153-sector table (read from the shared
 * reference folder, never committed): focus sector 087 "Manufacture of batteries", E_k = 366.66,
 * no upstream emissions, both rules, depths 2 and 3. Prints the Table-1-style result that
 * docs/methodology-responsibility.md shows.
 */
class China2020AllocationTests {

    static final double E_K = 366.66;

    static IoTable table;

    static IoTable readChina2020() throws IOException {
        // the committed copy of the NBS table (db/seed/responsibility/README.md names the source)
        try (InputStream in = China2020AllocationTests.class
                .getClassLoader()
                .getResourceAsStream("db/seed/responsibility/china-2020-153.csv")) {
            return IoTableReader.read(TableFiles.read(in, "china-2020-153.csv")).table();
        }
    }

    @BeforeAll
    static void read() throws IOException {
        table = readChina2020();
    }

    private static AllocationResult run(AllocationRule rule, Depth depth) {
        return new ResponsibilityAllocator(table)
                .allocate(new AllocationParameters("087", E_K, 0.0, 0.5, rule, Map.of(), depth));
    }

    @Test
    void readsTheNationalTable() {
        assertThat(table.size()).isEqualTo(153);
        assertThat(table.sector(table.indexOf("087")).nameEn()).isEqualTo("Manufacture of batteries");
        assertThat(table.finalDemand(0, FinalDemandCategory.IMPORTS)).isNegative();
        int negativeNetFinalDemand = 0;
        for (int i = 0; i < table.size(); i++) {
            if (table.netFinalDemand(i) < 0) {
                negativeNetFinalDemand++;
            }
        }
        assertThat(negativeNetFinalDemand).isEqualTo(21);
    }

    @Test
    void everyRunConservesTheTotal() {
        for (AllocationRule rule : List.of(AllocationRule.VALUE_ADDED, AllocationRule.PROFIT)) {
            for (Depth depth : List.of(Depth.of(1), Depth.of(2), Depth.of(3), Depth.of(10), Depth.INFINITE)) {
                AllocationResult result = run(rule, depth);
                assertThat(Math.abs(result.allocatedSum() - E_K) / E_K)
                        .as("%s %s", rule, depth.label())
                        .isLessThanOrEqualTo(1e-9);
            }
        }
    }

    @Test
    void methodologyChecksHoldForBothRules() {
        for (AllocationRule rule : List.of(AllocationRule.VALUE_ADDED, AllocationRule.PROFIT)) {
            AllocationResult one = run(rule, Depth.of(1));
            AllocationResult two = run(rule, Depth.of(2));
            AllocationResult three = run(rule, Depth.of(3));
            assertThat(one.focusSectorShare()).isEqualTo(1.0);
            assertThat(three.focusSectorShare()).as(rule.name()).isLessThanOrEqualTo(two.focusSectorShare());
            assertThat(three.finalDemandTotal()).as(rule.name()).isGreaterThanOrEqualTo(two.finalDemandTotal());
            assertThat(two.finalDemandTotal()).isGreaterThanOrEqualTo(one.finalDemandTotal());
            // exports are the largest final-demand category, as in the paper
            for (AllocationResult r : List.of(two, three)) {
                FinalDemandCategory largest = FinalDemandCategory.EXPORTS;
                for (FinalDemandCategory c : FinalDemandCategory.values()) {
                    if (r.finalDemand(c) > r.finalDemand(largest)) {
                        largest = c;
                    }
                }
                assertThat(largest).as(rule.name()).isEqualTo(FinalDemandCategory.EXPORTS);
                assertThat(r.finalDemand(FinalDemandCategory.IMPORTS)).isNegative();
            }
        }
    }

    @Test
    void negativeOperatingSurplusIsClampedAndReported() {
        AllocationResult profit = run(AllocationRule.PROFIT, Depth.of(3));
        List<String> negativeSurplus = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            if (table.valueAdded(i, ValueAddedComponent.OPERATING_SURPLUS) < 0) {
                negativeSurplus.add(table.sector(i).code());
            }
        }
        assertThat(negativeSurplus).hasSize(3);
        assertThat(profit.warnings())
                .contains(new AllocationWarning(AllocationWarning.Type.RATIO_CLAMPED, negativeSurplus));
        for (int i = 0; i < table.size(); i++) {
            assertThat(profit.ratios()[i]).isBetween(0.0, 1.0);
        }
        assertThat(profit.warnings().stream().map(AllocationWarning::type))
                .contains(AllocationWarning.Type.NEGATIVE_FINAL_DEMAND);
    }

    @Test
    void profitRuleLeavesLessWithTheFocusSectorThanValueAdded() {
        for (Depth depth : List.of(Depth.of(2), Depth.of(3))) {
            assertThat(run(AllocationRule.PROFIT, depth).focusSectorShare())
                    .isLessThan(run(AllocationRule.VALUE_ADDED, depth).focusSectorShare());
        }
    }

    @Test
    void largestDownstreamIndustryIsComputerOrCommunicationEquipment() {
        for (AllocationRule rule : List.of(AllocationRule.VALUE_ADDED, AllocationRule.PROFIT)) {
            for (Depth depth : List.of(Depth.of(2), Depth.of(3))) {
                AllocationResult r = run(rule, depth);
                int largest = -1;
                for (int i = 0; i < table.size(); i++) {
                    if (i != r.focusIndex()
                            && (largest < 0 || r.sectorResponsibility()[i] > r.sectorResponsibility()[largest])) {
                        largest = i;
                    }
                }
                // NBS sectors 090-095 are computer, communication and other electronic equipment
                assertThat(table.sector(largest).code())
                        .as("%s %s", rule, depth.label())
                        .isBetween("090", "095");
            }
        }
        System.out.println(tableOne());
    }

    /** The paper's Table 1 layout: sectors (largest first), final-demand categories, total. */
    static String tableOne() {
        List<AllocationResult> runs = List.of(
                run(AllocationRule.VALUE_ADDED, Depth.of(2)),
                run(AllocationRule.PROFIT, Depth.of(2)),
                run(AllocationRule.VALUE_ADDED, Depth.of(3)),
                run(AllocationRule.PROFIT, Depth.of(3)));
        StringBuilder out = new StringBuilder();
        out.append("| Sector | II value added | II profit | III value added | III profit |\n");
        out.append("| --- | ---: | ---: | ---: | ---: |\n");
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -runs.get(0).sectorResponsibility()[i]));
        double other0 = 0, other1 = 0, other2 = 0, other3 = 0;
        int shown = 0;
        for (int i : order) {
            double[] v = new double[4];
            for (int r = 0; r < 4; r++) {
                v[r] = runs.get(r).sectorResponsibility()[i];
            }
            if (shown < 25) {
                out.append(String.format(
                        Locale.ROOT,
                        "| %s %s | %.2f | %.2f | %.2f | %.2f |%n",
                        table.sector(i).code(),
                        table.sector(i).nameEn(),
                        v[0],
                        v[1],
                        v[2],
                        v[3]));
                shown++;
            } else {
                other0 += v[0];
                other1 += v[1];
                other2 += v[2];
                other3 += v[3];
            }
        }
        out.append(String.format(
                Locale.ROOT,
                "| Other %d sectors | %.2f | %.2f | %.2f | %.2f |%n",
                table.size() - shown,
                other0,
                other1,
                other2,
                other3));
        for (FinalDemandCategory c : FinalDemandCategory.values()) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %.2f | %.2f | %.2f | %.2f |%n",
                    c.name(),
                    runs.get(0).finalDemand(c),
                    runs.get(1).finalDemand(c),
                    runs.get(2).finalDemand(c),
                    runs.get(3).finalDemand(c)));
        }
        out.append(String.format(
                Locale.ROOT,
                "| Total | %.2f | %.2f | %.2f | %.2f |%n",
                runs.get(0).allocatedSum(),
                runs.get(1).allocatedSum(),
                runs.get(2).allocatedSum(),
                runs.get(3).allocatedSum()));
        out.append(String.format(
                Locale.ROOT,
                "| Share kept by 087 | %.1f %% | %.1f %% | %.1f %% | %.1f %% |%n",
                100 * runs.get(0).focusSectorShare(),
                100 * runs.get(1).focusSectorShare(),
                100 * runs.get(2).focusSectorShare(),
                100 * runs.get(3).focusSectorShare()));
        return out.toString();
    }
}
