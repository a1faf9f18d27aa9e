package cn.batterycarbon.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.batterycarbon.factor.FactorTable;
import cn.batterycarbon.factor.Province;
import cn.batterycarbon.factor.ResolvedFactor;
import cn.batterycarbon.footprint.core.ActivityLine;
import cn.batterycarbon.footprint.core.BackgroundFactor;
import cn.batterycarbon.footprint.core.CalculationInputException;
import cn.batterycarbon.footprint.core.DeclarationInput;
import cn.batterycarbon.footprint.core.ElectricityRule;
import cn.batterycarbon.footprint.core.FactorChoice;
import cn.batterycarbon.footprint.core.FootprintCalculator;
import cn.batterycarbon.footprint.core.FootprintResult;
import cn.batterycarbon.footprint.core.FunctionalUnit;
import cn.batterycarbon.footprint.core.InputProblem;
import cn.batterycarbon.footprint.core.LifeCycleStage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The adapter from a published factor release (the factor module's contract) to the core. */
class FactorTableResolverTests {

    /** A release as the factor module hands it out: lookups by code, recording the geography asked for. */
    static final class Release implements FactorTable {
        final Map<String, ResolvedFactor> factors;
        final List<String> geographiesAsked = new ArrayList<>();

        Release(Map<String, ResolvedFactor> factors) {
            this.factors = factors;
        }

        @Override
        public String releaseCode() {
            return "CN-BG-2026.1";
        }

        @Override
        public Optional<ResolvedFactor> find(String code, String geography, Integer year) {
            geographiesAsked.add(geography);
            return Optional.ofNullable(factors.get(code));
        }
    }

    private static ResolvedFactor factor(String code, String value, String unit, ResolvedFactor.Uncertainty u) {
        return new ResolvedFactor(
                code, code, code, new BigDecimal(value), unit, "CN-GRID-EAST", 2022, "CN-BG-2026.1", "MEE 2022", u);
    }

    @Test
    void carriesValuesProvenanceAndUncertaintyIntoTheCore() {
        Release release = new Release(Map.of(
                "ELEC-GRID",
                factor(
                        "ELEC-GRID",
                        "0.5617",
                        "kgCO2e/kWh",
                        new ResolvedFactor.Uncertainty("lognormal", new BigDecimal("1.05"), null)),
                "AL",
                factor(
                        "AL",
                        "16.5",
                        "tCO2e/t",
                        new ResolvedFactor.Uncertainty("TRIANGULAR", new BigDecimal("14"), null)),
                "CU",
                factor(
                        "CU",
                        "4.2",
                        "kgCO2e/kg",
                        new ResolvedFactor.Uncertainty("UNIFORM", new BigDecimal("3.8"), new BigDecimal("4.6")))));
        FactorTableResolver resolver = new FactorTableResolver(release);

        BackgroundFactor grid = resolver.find("ELEC-GRID", "CN-GRID-EAST", null).orElseThrow();
        assertThat(grid.value()).isEqualByComparingTo("0.5617");
        assertThat(grid.releaseCode()).isEqualTo("CN-BG-2026.1");
        assertThat(grid.citation()).isEqualTo("MEE 2022");
        assertThat(grid.uncertainty().distribution()).isEqualTo(BackgroundFactor.Uncertainty.Distribution.LOGNORMAL);
        assertThat(grid.uncertainty().a()).isEqualTo(1.05);
        // A triangular distribution without its maximum cannot be sampled: the factor counts as certain.
        assertThat(resolver.find("AL", null, null).orElseThrow().uncertainty()).isNull();
        assertThat(resolver.find("CU", null, null).orElseThrow().uncertainty().b())
                .isEqualTo(4.6);
        assertThat(resolver.releaseCode()).isEqualTo("CN-BG-2026.1");
    }

    @Test
    void linesAreLookedUpForThePlantsGridAndUnreadableUnitsAreNamed() {
        Release release = new Release(Map.of(
                "ELEC-GRID", factor("ELEC-GRID", "0.5617", "kgCO2e/kWh", null),
                "ODD", factor("ODD", "1", "kgCO2e/furlong", null)));
        FactorTableResolver resolver = new FactorTableResolver(release);
        String grid = Province.parse("江苏").orElseThrow().gridRegion().geographyCode();
        FunctionalUnit unit = new FunctionalUnit.EuFeqc(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN);

        FootprintResult result = new FootprintCalculator()
                .calculate(
                        new DeclarationInput(
                                unit,
                                ElectricityRule.LOCATION_BASED,
                                grid,
                                List.of(ActivityLine.of(
                                        LifeCycleStage.MAIN_PRODUCTION,
                                        "grid",
                                        new BigDecimal("3.6"),
                                        "MWh",
                                        new FactorChoice.Background("ELEC-GRID")))),
                        resolver);
        assertThat(release.geographiesAsked).containsExactly("CN-GRID-EAST");
        assertThat(result.absoluteKgCo2e()).isEqualByComparingTo("2022.12");
        assertThat(result.lines().get(0).factor().geography()).isEqualTo("CN-GRID-EAST");

        assertThatThrownBy(() -> new FootprintCalculator()
                        .calculate(
                                new DeclarationInput(
                                        unit,
                                        ElectricityRule.LOCATION_BASED,
                                        grid,
                                        List.of(ActivityLine.of(
                                                LifeCycleStage.MAIN_PRODUCTION,
                                                "odd",
                                                BigDecimal.ONE,
                                                "kg",
                                                new FactorChoice.Background("ODD")))),
                                resolver))
                .isInstanceOfSatisfying(
                        CalculationInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::path, InputProblem::messageKey)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "lines[0].factorCode", "footprint.error.factor.bad-unit")));
    }
}
