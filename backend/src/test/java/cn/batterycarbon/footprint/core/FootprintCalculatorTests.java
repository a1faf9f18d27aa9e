package cn.batterycarbon.footprint.core;

import static cn.batterycarbon.footprint.core.LifeCycleStage.MAIN_PRODUCTION;
import static cn.batterycarbon.footprint.core.LifeCycleStage.RAW_MATERIAL_EXTRACTION;
import static cn.batterycarbon.footprint.core.LifeCycleStage.RECYCLING;
import static cn.batterycarbon.footprint.core.WorkedExamples.company;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.batterycarbon.footprint.core.WorkedExamplesTests.InMemoryFactors;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FootprintCalculatorTests {

    private static final FunctionalUnit UNIT =
            new FunctionalUnit.MeasuredCycles(new BigDecimal("10"), new BigDecimal("100"), BigDecimal.ONE);

    private final FootprintCalculator calculator = new FootprintCalculator();

    private static final FactorResolver RELEASE = new InMemoryFactors(
            "R-2026-1",
            Map.of(
                    "ELEC-GRID",
                    new BackgroundFactor(
                            "ELEC-GRID",
                            new BigDecimal("0.5617"),
                            "kgCO2e/kWh",
                            "CN-GRID-EAST",
                            2022,
                            "R-2026-1",
                            "MEE 2022",
                            null),
                    "AL-PRIMARY",
                    new BackgroundFactor(
                            "AL-PRIMARY",
                            new BigDecimal("16.5"),
                            "tCO2e/t",
                            "CN",
                            2022,
                            "R-2026-1",
                            "illustrative",
                            null)));

    private static DeclarationInput declaration(ElectricityRule rule, ActivityLine... lines) {
        return new DeclarationInput(UNIT, rule, "CN-GRID-EAST", List.of(lines));
    }

    private static ActivityLine background(LifeCycleStage stage, String quantity, String unit, String code) {
        return ActivityLine.of(stage, code, new BigDecimal(quantity), unit, new FactorChoice.Background(code));
    }

    @Test
    void keepsTheProvenanceOfEveryLine() {
        FootprintResult result = calculator.calculate(
                declaration(
                        ElectricityRule.LOCATION_BASED,
                        background(RAW_MATERIAL_EXTRACTION, "62", "kg", "AL-PRIMARY"),
                        background(MAIN_PRODUCTION, "3.6", "MWh", "ELEC-GRID"),
                        company(MAIN_PRODUCTION, "steam", "4.5", "GJ", "0.11", "kgCO2e/MJ")),
                RELEASE);

        LineResult aluminium = result.lines().get(0);
        assertThat(aluminium.conversion()).isEqualByComparingTo("0.001");
        assertThat(aluminium.quantityInFactorUnit()).isEqualByComparingTo("0.062");
        assertThat(aluminium.factor().source()).isEqualTo(FactorSource.BACKGROUND);
        assertThat(aluminium.factor().code()).isEqualTo("AL-PRIMARY");
        assertThat(aluminium.factor().releaseCode()).isEqualTo("R-2026-1");
        assertThat(aluminium.factor().geography()).isEqualTo("CN");
        assertThat(aluminium.reportedKgCo2e()).isEqualByComparingTo("1023");

        LineResult electricity = result.lines().get(1);
        assertThat(electricity.electricitySupply()).isEqualTo(ElectricitySupply.GRID);
        assertThat(electricity.conversion()).isEqualByComparingTo("1000");
        assertThat(electricity.reportedKgCo2e()).isEqualByComparingTo("2022.12");

        assertThat(result.lines().get(2).factor().source()).isEqualTo(FactorSource.COMPANY_SPECIFIC);
        assertThat(result.releaseCode()).isEqualTo("R-2026-1");
        assertThat(result.absoluteKgCo2e()).isEqualByComparingTo("3540.120");
        // 495 of 3540.12 kg from company-specific data.
        assertThat(result.primaryDataShare()).isEqualByComparingTo("0.1398");
        assertThat(result.totalKgCo2ePerKwh()).isEqualByComparingTo("3.540120");
    }

    @Test
    void namesEveryLineThatCannotBeCalculated() {
        assertThatThrownBy(() -> calculator.calculate(
                        declaration(
                                ElectricityRule.LOCATION_BASED,
                                company(RAW_MATERIAL_EXTRACTION, "ok", "1", "kg", "1", "kgCO2e/kg"),
                                company(RAW_MATERIAL_EXTRACTION, "kg with per-kWh", "1", "kg", "1", "kgCO2e/kWh"),
                                background(RAW_MATERIAL_EXTRACTION, "1", "kg", "NO-SUCH-CODE"),
                                company(RAW_MATERIAL_EXTRACTION, "negative", "1", "kg", "-1", "kgCO2e/kg"),
                                company(MAIN_PRODUCTION, "credit outside recycling", "1", "kg", "1", "kgCO2e/kg")
                                        .asRecyclingCredit(),
                                company(MAIN_PRODUCTION, "unknown factor unit", "1", "kg", "1", "kgCO2e/furlong")),
                        RELEASE))
                .isInstanceOfSatisfying(
                        CalculationInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::path, InputProblem::messageKey)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(
                                                "lines[1].unit", "footprint.error.unit.incompatible"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "lines[2].factorCode", "footprint.error.factor.unknown-code"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "lines[3].factor.value", "footprint.error.factor.negative"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "lines[4].recyclingCredit", "footprint.error.credit.stage"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "lines[5].factor.unit", "unit.factor.unknown")));
    }

    @Test
    void creditsAreReportedBesideTheFootprintNotNetted() {
        FootprintResult result = calculator.calculate(
                declaration(
                        ElectricityRule.LOCATION_BASED,
                        company(RECYCLING, "recycling", "100", "kg", "0.5", "kgCO2e/kg"),
                        company(RECYCLING, "recovered Al", "10", "kg", "8", "kgCO2e/kg")
                                .asRecyclingCredit()),
                FactorResolver.none());
        assertThat(result.stage(RECYCLING).absoluteKgCo2e()).isEqualByComparingTo("50");
        assertThat(result.stage(RECYCLING).lineCount()).isEqualTo(1);
        assertThat(result.absoluteKgCo2e()).isEqualByComparingTo("50");
        assertThat(result.recyclingCreditsKgCo2e()).isEqualByComparingTo("80");
        assertThat(result.topContributors()).extracting(LineResult::index).containsExactly(0);
        assertThat(result.releaseCode()).isNull();
    }

    @Test
    void compensatedSumsDoNotDriftWithTheNumberOfLines() {
        List<ActivityLine> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lines.add(company(RAW_MATERIAL_EXTRACTION, "tenth", "0.1", "kg", "1", "kgCO2e/kg"));
        }
        FootprintResult result = calculator.calculate(
                new DeclarationInput(UNIT, ElectricityRule.LOCATION_BASED, null, lines), FactorResolver.none());
        // A naive double sum of ten 0.1 gives 0.9999999999999999.
        assertThat(result.totalKgExact()).isEqualTo(1.0);
        assertThat(result.stageKgExact(RAW_MATERIAL_EXTRACTION)).isEqualTo(1.0);
    }

    @Test
    void isDeterministicAndKeepsTheEarlierLineFirstOnTies() {
        List<ActivityLine> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.add(company(RAW_MATERIAL_EXTRACTION, "line " + i, String.valueOf(i % 7), "kg", "1.1", "kgCO2e/kg"));
        }
        DeclarationInput input = new DeclarationInput(UNIT, ElectricityRule.LOCATION_BASED, null, lines);
        FootprintResult first = calculator.calculate(input, FactorResolver.none());
        FootprintResult second = calculator.calculate(input, FactorResolver.none());
        assertThat(Double.doubleToRawLongBits(first.totalKgExact()))
                .isEqualTo(Double.doubleToRawLongBits(second.totalKgExact()));
        // Quantity 6 appears at lines 6, 13, 20, 27; then 5 at 5, 12, 19, 26 ...
        assertThat(first.topContributors())
                .extracting(LineResult::index)
                .containsExactly(6, 13, 20, 27, 5, 12, 19, 26, 4, 11);
    }

    @Test
    void locationBasedIgnoresCertificatesWithAWarning() {
        FootprintResult result = calculator.calculate(
                WorkedExamplesTests.electricityExample(ElectricityRule.LOCATION_BASED),
                new InMemoryFactors(
                        "R", Map.of("ELEC-GRID", WorkedExamplesTests.factor("ELEC-GRID", "0.5617", "CN-GRID-EAST"))));
        assertThat(result.warnings())
                .extracting(CalculationWarning::lineIndex, CalculationWarning::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "footprint.warning.certificates-ignored"),
                        org.assertj.core.groups.Tuple.tuple(2, "footprint.warning.direct-line-ignored"));
        assertThat(result.lines()).allSatisfy(l -> assertThat(l.factor().code()).isEqualTo("ELEC-GRID"));
    }

    @Test
    void certificatesAreNeededAndUsableOnlyOnce() {
        Electricity certified = new Electricity(ElectricitySupply.GREEN_CERTIFICATE, List.of("GEC-1"));
        ActivityLine line = new ActivityLine(MAIN_PRODUCTION, "green", BigDecimal.TEN, "kWh", null, certified, false);
        ActivityLine noIds = line.withElectricity(new Electricity(ElectricitySupply.GREEN_CERTIFICATE, List.of()));
        ActivityLine gridWithOwnFactor = company(MAIN_PRODUCTION, "grid", "1", "kWh", "0.3", "kgCO2e/kWh")
                .withElectricity(Electricity.grid());
        assertThatThrownBy(() -> calculator.calculate(
                        declaration(ElectricityRule.MARKET_BASED_CN, line, line, noIds, gridWithOwnFactor),
                        FactorResolver.none()))
                .isInstanceOfSatisfying(
                        CalculationInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::path, InputProblem::messageKey)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(
                                                "lines[0].factorCode", "footprint.error.factor.unknown-code"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "lines[1].electricity.certificateIds",
                                                "footprint.error.electricity.certificate-twice"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "lines[2].electricity.certificateIds",
                                                "footprint.error.electricity.certificates-missing"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "lines[3].factor", "footprint.error.electricity.grid-specific")));
    }

    @Test
    void greenSupplyMayCarryItsOwnFactorWhereTheRuleCountsIt() {
        ActivityLine pv = company(MAIN_PRODUCTION, "PV", "1000", "kWh", "0.04", "kgCO2e/kWh")
                .withElectricity(new Electricity(ElectricitySupply.GREEN_DIRECT_LINE, List.of()));
        FootprintResult result =
                calculator.calculate(declaration(ElectricityRule.EU_DRAFT_DA, pv), FactorResolver.none());
        assertThat(result.absoluteKgCo2e()).isEqualByComparingTo("40");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void functionalUnitsFollowTheMethodology() {
        assertThat(FunctionalUnit.EuFeqc.forVehicle(new BigDecimal("60"), VehicleCategory.M1, new BigDecimal("8"))
                        .lifetimeEnergyKwh())
                .isEqualByComparingTo("28800");
        assertThat(FunctionalUnit.EuFeqc.forVehicle(new BigDecimal("10"), VehicleCategory.L, new BigDecimal("5"))
                        .lifetimeEnergyKwh())
                .isEqualByComparingTo("1000");
        assertThat(FunctionalUnit.EuFeqc.forVehicle(new BigDecimal("300"), VehicleCategory.N3, new BigDecimal("7"))
                        .lifetimeEnergyKwh())
                .isEqualByComparingTo("525000");
        assertThat(new FunctionalUnit.MeasuredCycles(
                                new BigDecimal("62"), new BigDecimal("3000"), new BigDecimal("0.9"))
                        .lifetimeEnergyKwh())
                .isEqualByComparingTo("167400");
        assertThatThrownBy(
                        () -> new FunctionalUnit.MeasuredCycles(BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("1.01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FunctionalUnit.EuFeqc(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linesAreImmutable() {
        FootprintResult result = calculator.calculate(
                declaration(ElectricityRule.LOCATION_BASED, company(MAIN_PRODUCTION, "x", "1", "kg", "1", "kgCO2e/kg")),
                FactorResolver.none());
        assertThatThrownBy(() -> result.lines().set(0, null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> result.warnings().add(null)).isInstanceOf(UnsupportedOperationException.class);
        List<ActivityLine> lines = new ArrayList<>(List.of(company(MAIN_PRODUCTION, "x", "1", "kg", "1", "kgCO2e/kg")));
        DeclarationInput input = new DeclarationInput(UNIT, ElectricityRule.LOCATION_BASED, null, lines);
        lines.clear();
        assertThat(input.lines()).hasSize(1);
    }
}
