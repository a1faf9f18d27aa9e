package cn.batterycarbon.factor.core;

import static cn.batterycarbon.factor.core.InMemoryFactorTableTests.factor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.batterycarbon.factor.DeclarationImpact;
import cn.batterycarbon.factor.FactorTable;
import cn.batterycarbon.factor.PinnedDeclaration;
import cn.batterycarbon.factor.ResolvedFactor;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a declaration's background emissions change between two releases, from in-memory tables. */
class ImpactCalculatorTests {

    private static final java.util.UUID OWNER = java.util.UUID.fromString("00000000-0000-0000-0000-000000000001");

    final FactorTable old = InMemoryFactorTable.of(
            "R-1",
            List.of(
                    factor("ELEC-GRID", "CN-GRID-EAST", 2022, "0.5617"),
                    factor("ELEC-GRID", "CN", 2022, "0.5366"),
                    perKg("CATHODE", "10"),
                    perKg("GONE", "1")));
    final FactorTable next = InMemoryFactorTable.of(
            "R-2",
            List.of(
                    factor("ELEC-GRID", "CN-GRID-EAST", 2022, "0.5617"),
                    factor("ELEC-GRID", "CN-GRID-EAST", 2023, "0.5500"),
                    factor("ELEC-GRID", "CN", 2022, "0.5366"),
                    perKg("CATHODE", "12")));

    static ResolvedFactor perKg(String code, String value) {
        return new ResolvedFactor(
                code, code, code, new BigDecimal(value), "kgCO2e/kg", "CN", 2022, "R", "source", null);
    }

    @Test
    void quantitiesAreConvertedToTheFactorUnitAndLinesCompared() {
        PinnedDeclaration declaration = new PinnedDeclaration(
                "D-1",
                OWNER,
                "R-1",
                List.of(
                        new PinnedDeclaration.Line("ELEC-GRID", "CN-JS", 2023, new BigDecimal("1"), "MWh"),
                        new PinnedDeclaration.Line("CATHODE", null, null, new BigDecimal("0.5"), "t")));
        DeclarationImpact impact = ImpactCalculator.impact(declaration, old, next);
        // before: 1000 kWh x 0.5617 (East 2022, latest not after 2023) + 500 kg x 10
        assertThat(impact.emissionsBefore()).isEqualByComparingTo("5561.7");
        // after: 1000 kWh x 0.5500 (East 2023) + 500 kg x 12
        assertThat(impact.emissionsAfter()).isEqualByComparingTo("6550");
        assertThat(impact.change()).isEqualByComparingTo("988.3");
        assertThat(impact.relativeChange())
                .isEqualByComparingTo(
                        new BigDecimal("988.3").divide(new BigDecimal("5561.7"), java.math.MathContext.DECIMAL64));
        assertThat(impact.complete()).isTrue();
        assertThat(impact.lines().get(0).before().year()).isEqualTo(2022);
        assertThat(impact.lines().get(0).after().year()).isEqualTo(2023);
    }

    @Test
    void aFactorMissingFromTheNewReleaseOrAnIncompatibleUnitIsNamedNotGuessed() {
        PinnedDeclaration declaration = new PinnedDeclaration(
                "D-2",
                OWNER,
                "R-1",
                List.of(
                        new PinnedDeclaration.Line("GONE", null, null, BigDecimal.TEN, "kg"),
                        new PinnedDeclaration.Line("CATHODE", null, null, BigDecimal.TEN, "kWh")));
        DeclarationImpact impact = ImpactCalculator.impact(declaration, old, next);
        assertThat(impact.complete()).isFalse();
        assertThat(impact.changes()).isTrue();
        assertThat(impact.lines())
                .extracting(DeclarationImpact.LineImpact::problem)
                .containsExactly("factor.impact.missingAfter", "unit.incompatible");
    }

    @Test
    void anUnchangedDeclarationDoesNotChange() {
        PinnedDeclaration declaration = new PinnedDeclaration(
                "D-3",
                OWNER,
                "R-1",
                List.of(new PinnedDeclaration.Line("ELEC-GRID", "CN-GRID-NORTH", 2022, new BigDecimal("100"), null)));
        DeclarationImpact impact = ImpactCalculator.impact(declaration, old, next);
        assertThat(impact.changes()).isFalse();
        assertThat(impact.emissionsBefore()).isEqualByComparingTo("53.66");
    }
}
