package cn.batterycarbon.footprint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reproduces the hand calculations of docs/methodology.md to the last digit shown, and checks that
 * the document shows exactly these figures (so the document and the code cannot drift apart).
 */
class WorkedExamplesTests {

    private final FootprintCalculator calculator = new FootprintCalculator();
    private final PerformanceClassTable classes = PerformanceClassTable.platformDefault();

    @Test
    void lfpPackAsCalculatedByHand() throws IOException {
        FootprintResult result = calculator.calculate(WorkedExamples.lfp(), FactorResolver.none());
        String doc = section("LFP");

        assertThat(result.lifetimeEnergyKwh()).isEqualByComparingTo("28800");
        assertThat(sectionBefore("LFP")).contains("E_total = 60 × 60 × 8 = 28800 kWh");
        assertLines(
                result,
                doc,
                "1140.000",
                "442.000",
                "184.500",
                "52.650",
                "1023.000",
                "159.600",
                "64.400",
                "85.000",
                "2022.120",
                "454.020",
                "495.000",
                "93.800",
                "42.120",
                "7.938",
                "14.040",
                "247.500",
                "430.000",
                "105.000");
        assertStage(result, doc, LifeCycleStage.RAW_MATERIAL_EXTRACTION, "3151.150", "0.109415");
        assertStage(result, doc, LifeCycleStage.MAIN_PRODUCTION, "3064.940", "0.106422");
        assertStage(result, doc, LifeCycleStage.DISTRIBUTION, "50.058", "0.001738");
        assertStage(result, doc, LifeCycleStage.RECYCLING, "261.540", "0.009081");
        assertTotals(result, doc, "6527.688", "0.226656", "535.000", "0.018576", "D");
        assertThat(result.topContributors().subList(0, 4))
                .extracting(LineResult::index)
                .containsExactly(8, 0, 4, 10);
        assertThat(doc).contains("line 8 (2022.120), line 0 (1140.000), line 4 (1023.000), line 10 (495.000)");
    }

    @Test
    void nmcPackAsCalculatedByHand() throws IOException {
        FootprintResult result = calculator.calculate(WorkedExamples.nmc(), FactorResolver.none());
        String doc = section("NMC");

        assertThat(result.lifetimeEnergyKwh()).isEqualByComparingTo("135000");
        assertThat(sectionBefore("NMC")).contains("E_total = 75 × 2000 × 0.9 = 135000 kWh");
        assertLines(
                result,
                doc,
                "2475.000",
                "476.000",
                "172.200",
                "40.500",
                "957.000",
                "176.400",
                "57.500",
                "85.000",
                "2253.720",
                "389.160",
                "352.000",
                "80.400",
                "47.580",
                "94.500",
                "15.600",
                "408.000",
                "684.000");
        assertStage(result, doc, LifeCycleStage.RAW_MATERIAL_EXTRACTION, "4439.600", "0.032886");
        assertStage(result, doc, LifeCycleStage.MAIN_PRODUCTION, "3075.280", "0.022780");
        assertStage(result, doc, LifeCycleStage.DISTRIBUTION, "142.080", "0.001052");
        assertStage(result, doc, LifeCycleStage.RECYCLING, "423.600", "0.003138");
        assertTotals(result, doc, "8080.560", "0.059856", "684.000", "0.005067", "A");
        assertThat(result.topContributors().subList(0, 4))
                .extracting(LineResult::index)
                .containsExactly(0, 8, 4, 1);
        assertThat(doc).contains("line 0 (2475.000), line 8 (2253.720), line 4 (957.000), line 1 (476.000)");
    }

    /** The latest values of CN-BCF-2026.2 for a Jiangsu plant (East China grid). */
    static FactorResolver release2026_2() {
        return new InMemoryFactors(
                "CN-BCF-2026.2",
                Map.of(
                        "ELEC-GRID", factor("ELEC-GRID", "0.5500", "CN-GRID-EAST", 2023),
                        "ELEC-GRID-RESIDUAL", factor("ELEC-GRID-RESIDUAL", "0.6096", "CN", 2023),
                        "ELEC-CFP-AVG", factor("ELEC-CFP-AVG", "0.5777", "CN", 2024),
                        "ELEC-CFP-TD", factor("ELEC-CFP-TD", "0.0327", "CN", 2024),
                        "ELEC-CFP-WIND", factor("ELEC-CFP-WIND", "0.0336", "CN", 2023),
                        "ELEC-CFP-PV", factor("ELEC-CFP-PV", "0.0545", "CN", 2023)));
    }

    @Test
    void electricityRulesAsCalculatedByHand() throws IOException {
        String doc = section("ELECTRICITY");
        FactorResolver resolver = release2026_2();
        Map<ElectricityRule, List<String>> expected = Map.of(
                ElectricityRule.FOOTPRINT_CN, List.of("1831.200", "66.300", "27.250", "1924.750"),
                ElectricityRule.LOCATION_BASED, List.of("1650.000", "550.000", "275.000", "2475.000"),
                ElectricityRule.MARKET_BASED_CN, List.of("1828.800", "33.600", "27.250", "1889.650"),
                ElectricityRule.EU_DRAFT_DA, List.of("1831.200", "610.400", "27.250", "2468.850"));
        Map<ElectricityRule, Boolean> mixed = Map.of(
                ElectricityRule.FOOTPRINT_CN, false,
                ElectricityRule.LOCATION_BASED, false,
                ElectricityRule.MARKET_BASED_CN, true,
                ElectricityRule.EU_DRAFT_DA, false);
        for (ElectricityRule rule : ElectricityRule.values()) {
            FootprintResult result = calculator.calculate(electricityExample(rule), resolver);
            List<String> figures = expected.get(rule);
            for (int i = 0; i < 3; i++) {
                assertThat(result.lines().get(i).reportedKgCo2e().toPlainString())
                        .as("%s line %d", rule, i)
                        .isEqualTo(figures.get(i));
                assertThat(doc).contains("= " + figures.get(i));
            }
            assertThat(result.stage(LifeCycleStage.MAIN_PRODUCTION)
                            .absoluteKgCo2e()
                            .toPlainString())
                    .isEqualTo(figures.get(3));
            assertThat(result.releaseCode()).isEqualTo("CN-BCF-2026.2");
            assertThat(result.electricityFamiliesMixed()).as("%s mixes", rule).isEqualTo(mixed.get(rule));
            assertThat(result.warnings().stream()
                            .anyMatch(w -> w.messageKey().equals("footprint.warning.electricity-families-mixed")))
                    .isEqualTo(mixed.get(rule));
            assertThat(doc).contains("`" + result.ruleSet().label().replace(" ", "` ") + "");
        }
        assertThat(doc).contains("| | MainProduction total | 1924.750 | 2475.000 | 1889.650 | 2468.850 |");
    }

    static DeclarationInput electricityExample(ElectricityRule rule) {
        return new DeclarationInput(
                new FunctionalUnit.EuFeqc(new BigDecimal("60"), new BigDecimal("60"), new BigDecimal("8")),
                rule,
                "CN-GRID-EAST",
                List.of(
                        new ActivityLine(
                                LifeCycleStage.MAIN_PRODUCTION,
                                "Grid electricity",
                                new BigDecimal("3000"),
                                "kWh",
                                null,
                                Electricity.grid(),
                                false),
                        new ActivityLine(
                                LifeCycleStage.MAIN_PRODUCTION,
                                "Certified green electricity (wind)",
                                new BigDecimal("1000"),
                                "kWh",
                                new FactorChoice.Background("ELEC-CFP-WIND"),
                                new Electricity(ElectricitySupply.GREEN_CERTIFICATE, List.of("GEC-2026-000001")),
                                false),
                        new ActivityLine(
                                LifeCycleStage.MAIN_PRODUCTION,
                                "Rooftop PV, direct line",
                                new BigDecimal("500"),
                                "kWh",
                                new FactorChoice.Background("ELEC-CFP-PV"),
                                new Electricity(ElectricitySupply.GREEN_DIRECT_LINE, List.of()),
                                false)));
    }

    static BackgroundFactor factor(String code, String value, String geography, int year) {
        return new BackgroundFactor(
                code,
                new BigDecimal(value),
                "kgCO2e/kWh",
                geography,
                year,
                "CN-BCF-2026.2",
                "cited in the release",
                null);
    }

    static BackgroundFactor factor(String code, String value, String geography) {
        return new BackgroundFactor(
                code, new BigDecimal(value), "kgCO2e/kWh", geography, 2022, "MEE-2022", "illustrative", null);
    }

    /** A release held in a map, keyed by code (geography is fixed per factor). */
    record InMemoryFactors(String releaseCode, Map<String, BackgroundFactor> factors) implements FactorResolver {
        @Override
        public Optional<BackgroundFactor> find(String code, String geography, Integer year) {
            return Optional.ofNullable(factors.get(code));
        }
    }

    private void assertLines(FootprintResult result, String doc, String... expected) {
        assertThat(result.lines()).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(result.lines().get(i).reportedKgCo2e().toPlainString())
                    .as("line %d", i)
                    .isEqualTo(expected[i]);
            assertThat(doc).as("document row of line %d", i).contains("= " + expected[i] + " |");
        }
    }

    private void assertStage(FootprintResult result, String doc, LifeCycleStage stage, String absolute, String perKwh) {
        StageResult figures = result.stage(stage);
        assertThat(figures.absoluteKgCo2e().toPlainString()).isEqualTo(absolute);
        assertThat(figures.kgCo2ePerKwh().toPlainString()).isEqualTo(perKwh);
        assertThat(doc).contains("| " + stage.batteryPassName() + " | ");
        assertThat(doc).contains("= " + absolute + " | ");
        assertThat(doc).contains("→ " + perKwh + " |");
    }

    private void assertTotals(
            FootprintResult result,
            String doc,
            String absolute,
            String perKwh,
            String credits,
            String creditsPerKwh,
            String performanceClass) {
        assertThat(result.absoluteKgCo2e().toPlainString()).isEqualTo(absolute);
        assertThat(result.totalKgCo2ePerKwh().toPlainString()).isEqualTo(perKwh);
        assertThat(result.recyclingCreditsKgCo2e().toPlainString()).isEqualTo(credits);
        assertThat(result.recyclingCreditsKgCo2ePerKwh().toPlainString()).isEqualTo(creditsPerKwh);
        assertThat(result.primaryDataShare().toPlainString()).isEqualTo("1.0000");
        assertThat(classes.classify(result.totalKgCo2ePerKwh()).performanceClass())
                .isEqualTo(performanceClass);
        assertThat(doc).contains("**" + absolute + "**");
        assertThat(doc).contains("→ **" + perKwh + "**");
        assertThat(doc).contains(credits + " kg CO2e");
        assertThat(doc).contains("→ " + creditsPerKwh + " kg CO2e/kWh");
        assertThat(doc).contains("→ **" + performanceClass + "**");
        assertThat(doc).contains("1.0000");
    }

    private static String document() throws IOException {
        return Files.readString(Path.of("..", "docs", "methodology.md"), StandardCharsets.UTF_8);
    }

    private static String section(String name) throws IOException {
        String doc = document();
        int start = doc.indexOf("<!-- example:" + name + " -->");
        assertThat(start).as("example %s in docs/methodology.md", name).isNotNegative();
        return doc.substring(start, doc.indexOf("<!-- /example -->", start));
    }

    /** The prose right before an example's table (where the lifetime energy is derived). */
    private static String sectionBefore(String name) throws IOException {
        String doc = document();
        int end = doc.indexOf("<!-- example:" + name + " -->");
        return doc.substring(Math.max(0, end - 600), end);
    }
}
