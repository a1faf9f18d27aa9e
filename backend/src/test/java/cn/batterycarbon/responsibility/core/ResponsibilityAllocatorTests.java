package cn.batterycarbon.responsibility.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponsibilityAllocatorTests {

    private static final double E = 100.0;

    private final IoTable table = MillerBlairExample.table();
    private final ResponsibilityAllocator allocator = new ResponsibilityAllocator(table);

    private AllocationResult run(AllocationRule rule, Depth depth) {
        return allocator.allocate(new AllocationParameters("1", E, 0.0, 0.5, rule, Map.of(), depth));
    }

    static void assertConserved(AllocationResult result) {
        assertThat(Math.abs(result.allocatedSum() - result.total()))
                .isLessThanOrEqualTo(1e-9 * Math.abs(result.total()));
    }

    @Test
    void scenarioOneLeavesEverythingWithTheFocusSector() {
        AllocationResult result = run(AllocationRule.VALUE_ADDED, Depth.of(1));
        assertThat(result.focusSectorShare()).isEqualTo(1.0);
        assertThat(result.finalDemandTotal()).isZero();
        assertConserved(result);
    }

    @Test
    void valueAddedRatiosAreOneMinusValueAddedOverNetOutput() {
        AllocationResult result = run(AllocationRule.VALUE_ADDED, Depth.of(2));
        // alpha_1 = 1 - 650 / (1000 - 150) = 4/17, alpha_2 = 1 - 1400 / (2000 - 100) = 5/19
        assertThat(result.ratios()[0]).isCloseTo(4.0 / 17, within(1e-15));
        assertThat(result.ratios()[1]).isCloseTo(5.0 / 19, within(1e-15));
    }

    @Test
    void scenarioTwoMatchesTheHandCalculation() {
        AllocationResult result = run(AllocationRule.VALUE_ADDED, Depth.of(2));
        double a1 = 4.0 / 17;
        double a2 = 5.0 / 19;
        // layer 1 at sector 1: keeps (1 - a1) E, households get a1 E 350/1000, passes a1 E 150/1000 and a1 E 500/1000
        double q1 = a1 * E * 0.15;
        double q2 = a1 * E * 0.5;
        double sector1 = (1 - a1) * E + q1 * (1 - a1 * 0.35);
        double sector2 = q2 * (1 - a2 * 0.85);
        double households = a1 * E * 0.35 + a1 * q1 * 0.35 + a2 * q2 * 0.85;
        assertThat(result.sectorResponsibility()[0]).isCloseTo(sector1, within(1e-12));
        assertThat(result.sectorResponsibility()[1]).isCloseTo(sector2, within(1e-12));
        assertThat(result.finalDemand(FinalDemandCategory.URBAN_HOUSEHOLDS)).isCloseTo(households, within(1e-12));
        // the figures printed in docs/methodology-responsibility.md
        assertThat(result.sectorResponsibility()[0]).isCloseTo(79.7093, within(5e-5));
        assertThat(result.sectorResponsibility()[1]).isCloseTo(9.1331, within(5e-5));
        assertThat(result.finalDemandTotal()).isCloseTo(11.1575, within(5e-5));
        assertConserved(result);
        assertThat(result.layers()).hasSize(2);
        assertThat(result.layers().get(0).passed()).isCloseTo(q1 + q2, within(1e-12));
    }

    @Test
    void infiniteDepthEqualsTheGhoshSolution() {
        AllocationResult result = run(AllocationRule.VALUE_ADDED, Depth.INFINITE);
        // q = (I - G^T)^-1 e_1 E with G = [[a1 .15, a1 .5], [a2 .1, a2 .05]], solved by Cramer's rule
        double a1 = 4.0 / 17;
        double a2 = 5.0 / 19;
        double m11 = 1 - a1 * 0.15;
        double m12 = -a2 * 0.1;
        double m21 = -a1 * 0.5;
        double m22 = 1 - a2 * 0.05;
        double det = m11 * m22 - m12 * m21;
        double q1 = E * m22 / det;
        double q2 = -E * m21 / det;
        assertThat(result.sectorResponsibility()[0]).isCloseTo((1 - a1) * q1, within(1e-11));
        assertThat(result.sectorResponsibility()[1]).isCloseTo((1 - a2) * q2, within(1e-11));
        assertThat(result.finalDemandTotal()).isCloseTo(a1 * q1 * 0.35 + a2 * q2 * 0.85, within(1e-11));
        assertConserved(result);
    }

    @Test
    void deeperRunsApproachTheConvergedResult() {
        AllocationResult infinite = run(AllocationRule.PROFIT, Depth.INFINITE);
        AllocationResult deep = run(AllocationRule.PROFIT, Depth.of(60));
        assertThat(deep.sectorResponsibility()[1]).isCloseTo(infinite.sectorResponsibility()[1], within(1e-9));
        assertThat(deep.finalDemandTotal()).isCloseTo(infinite.finalDemandTotal(), within(1e-9));
        double previousFinalDemand = -1;
        for (int d = 1; d <= 8; d++) {
            AllocationResult r = run(AllocationRule.PROFIT, Depth.of(d));
            assertConserved(r);
            assertThat(r.finalDemandTotal()).isGreaterThanOrEqualTo(previousFinalDemand);
            previousFinalDemand = r.finalDemandTotal();
        }
    }

    @Test
    void profitRuleUsesOperatingSurplusOverOutput() {
        AllocationResult result = run(AllocationRule.PROFIT, Depth.of(3));
        assertThat(result.ratios()[0]).isCloseTo(1 - 200.0 / 1000, within(1e-15));
        assertThat(result.ratios()[1]).isCloseTo(1 - 500.0 / 2000, within(1e-15));
        assertConserved(result);
    }

    @Test
    void customRatiosOutsideZeroOneAreClampedWithAWarning() {
        AllocationResult result = allocator.allocate(new AllocationParameters(
                "1", E, 40.0, 0.5, AllocationRule.CUSTOM, Map.of("1", 1.4, "2", -0.2), Depth.of(3)));
        assertThat(result.total()).isEqualTo(120.0);
        assertThat(result.ratios()).containsExactly(1.0, 0.0);
        assertThat(result.warnings())
                .containsExactly(
                        new AllocationWarning(AllocationWarning.Type.RATIO_CLAMPED, java.util.List.of("1", "2")));
        assertConserved(result);
    }

    @Test
    void refusesAnUnknownFocusSectorOrCustomSector() {
        assertThatThrownBy(() -> allocator.allocate(
                        new AllocationParameters("9", E, 0, 0.5, AllocationRule.PROFIT, Map.of(), Depth.of(2))))
                .isInstanceOf(IoTableException.class)
                .extracting(e -> ((IoTableException) e).messageKey())
                .isEqualTo("responsibility.param.focusSector");
        assertThatThrownBy(() -> allocator.allocate(
                        new AllocationParameters("1", E, 0, 0.5, AllocationRule.CUSTOM, Map.of("X", 0.3), Depth.of(2))))
                .isInstanceOf(IoTableException.class);
        assertThatThrownBy(() -> Depth.parse("0")).isInstanceOf(IoTableException.class);
        assertThat(Depth.parse("infinite").isInfinite()).isTrue();
    }
}
