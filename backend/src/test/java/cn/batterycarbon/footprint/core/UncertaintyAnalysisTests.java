package cn.batterycarbon.footprint.core;

import static org.assertj.core.api.Assertions.assertThat;

import cn.batterycarbon.footprint.core.BackgroundFactor.Uncertainty;
import cn.batterycarbon.footprint.core.BackgroundFactor.Uncertainty.Distribution;
import cn.batterycarbon.footprint.core.WorkedExamplesTests.InMemoryFactors;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class UncertaintyAnalysisTests {

    private static final FunctionalUnit UNIT =
            new FunctionalUnit.MeasuredCycles(new BigDecimal("100"), new BigDecimal("10"), BigDecimal.ONE);

    private final FootprintCalculator calculator = new FootprintCalculator();

    private FootprintResult footprint(Uncertainty uncertainty) {
        FactorResolver release = new InMemoryFactors(
                "R",
                Map.of(
                        "MAT",
                        new BackgroundFactor(
                                "MAT", new BigDecimal("10"), "kgCO2e/kg", "CN", 2023, "R", "test", uncertainty)));
        return calculator.calculate(
                new DeclarationInput(
                        UNIT,
                        ElectricityRule.LOCATION_BASED,
                        null,
                        List.of(
                                ActivityLine.of(
                                        LifeCycleStage.RAW_MATERIAL_EXTRACTION,
                                        "material, first batch",
                                        new BigDecimal("60"),
                                        "kg",
                                        new FactorChoice.Background("MAT")),
                                ActivityLine.of(
                                        LifeCycleStage.RAW_MATERIAL_EXTRACTION,
                                        "material, second batch",
                                        new BigDecimal("40"),
                                        "kg",
                                        new FactorChoice.Background("MAT")),
                                WorkedExamples.company(
                                        LifeCycleStage.MAIN_PRODUCTION, "own", "1", "MWh", "0.5", "kgCO2e/kWh"))),
                release);
    }

    @Test
    void theSameSeedGivesTheSamePercentiles() {
        FootprintResult result = footprint(new Uncertainty(Distribution.LOGNORMAL, 1.5, Double.NaN));
        UncertaintyAnalysis.Result first = UncertaintyAnalysis.run(result, 42);
        UncertaintyAnalysis.Result again = UncertaintyAnalysis.run(result, 42);
        UncertaintyAnalysis.Result other = UncertaintyAnalysis.run(result, 43);
        assertThat(again).isEqualTo(first);
        assertThat(other.p97_5()).isNotEqualTo(first.p97_5());
        assertThat(first.iterations()).isEqualTo(10_000);
        assertThat(first.uncertainFactors()).isEqualTo(1);
    }

    @Test
    void aLognormalFactorSpreadsAroundItsMedian() {
        // 100 kg of the material at 10 kg/kg with GSD 1.5 (both lines share one draw) plus 500 kg
        // fixed, over 1000 kWh: (500 + 100 × 10 × 1.5^z) / 1000, z the standard normal quantile.
        UncertaintyAnalysis.Result result =
                UncertaintyAnalysis.run(footprint(new Uncertainty(Distribution.LOGNORMAL, 1.5, Double.NaN)), 7);
        assertThat(result.p50().doubleValue()).isCloseTo(1.5, Percentage.withPercentage(1));
        assertThat(result.p2_5().doubleValue()).isCloseTo(0.5 + Math.pow(1.5, -1.959964), Percentage.withPercentage(1));
        assertThat(result.p97_5().doubleValue()).isCloseTo(0.5 + Math.pow(1.5, 1.959964), Percentage.withPercentage(2));
    }

    @Test
    void uniformAndTriangularFollowTheirDistributions() {
        // Per kWh = 0.5 + 0.1 × X.
        UncertaintyAnalysis.Result uniform =
                UncertaintyAnalysis.run(footprint(new Uncertainty(Distribution.UNIFORM, 8, 12)), 1);
        assertThat(uniform.p2_5().doubleValue()).isCloseTo(1.31, Offset.offset(0.005));
        assertThat(uniform.p97_5().doubleValue()).isCloseTo(1.69, Offset.offset(0.005));
        // Symmetric triangular 9..11: F(x) = (x - 9)² / 2 below the mode, so the 2.5 % point is 9 + √0.05.
        UncertaintyAnalysis.Result triangular =
                UncertaintyAnalysis.run(footprint(new Uncertainty(Distribution.TRIANGULAR, 9, 11)), 1);
        assertThat(triangular.p50().doubleValue()).isCloseTo(1.5, Offset.offset(0.005));
        assertThat(triangular.p2_5().doubleValue()).isCloseTo(0.5 + 0.1 * (9 + Math.sqrt(0.05)), Offset.offset(0.003));
    }

    @Test
    void withoutUncertaintyEveryPercentileIsTheFootprint() {
        FootprintResult result = footprint(null);
        UncertaintyAnalysis.Result analysis = UncertaintyAnalysis.run(result, 42);
        assertThat(analysis.uncertainFactors()).isZero();
        assertThat(analysis.fixedFactorsWithoutUncertainty()).isEqualTo(1);
        assertThat(analysis.p2_5()).isEqualTo(result.totalKgCo2ePerKwh());
        assertThat(analysis.p97_5()).isEqualTo(result.totalKgCo2ePerKwh());
    }
}
