package cn.batterycarbon.factor.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FactorRowValidatorTests {

    static Map<FactorColumn, String> row() {
        Map<FactorColumn, String> cells = new EnumMap<>(FactorColumn.class);
        cells.put(FactorColumn.CODE, "elec-grid");
        cells.put(FactorColumn.CATEGORY, "grid_electricity");
        cells.put(FactorColumn.NAME_ZH, "电网平均电力");
        cells.put(FactorColumn.NAME_EN, "Grid electricity");
        cells.put(FactorColumn.VALUE, "0.5306");
        cells.put(FactorColumn.UNIT, "kgCO2e/kWh");
        cells.put(FactorColumn.GEOGRAPHY, "江苏");
        cells.put(FactorColumn.YEAR, "2023");
        cells.put(FactorColumn.SOURCE, "MEE/NBS 2023");
        return cells;
    }

    @Test
    void aGoodRowIsNormalized() {
        FactorRowValidator.Result result = FactorRowValidator.validate(2, row());
        assertThat(result.problems()).isEmpty();
        FactorEntry entry = result.entry();
        assertThat(entry.code()).isEqualTo("ELEC-GRID");
        assertThat(entry.category()).isEqualTo(FactorCategory.GRID_ELECTRICITY);
        assertThat(entry.geography()).isEqualTo("CN-JS");
        assertThat(entry.unit()).isEqualTo("kgCO2e/kWh");
        assertThat(entry.uncertainty()).isNull();
        assertThat(entry.pedigree().isRated()).isFalse();
    }

    @Test
    void aValuePerTonneOfCo2eIsConvertedToKilograms() {
        Map<FactorColumn, String> cells = row();
        cells.put(FactorColumn.CATEGORY, "TRANSPORT");
        cells.put(FactorColumn.VALUE, "0.000107");
        cells.put(FactorColumn.UNIT, "tCO2e/tkm");
        FactorEntry entry = FactorRowValidator.validate(2, cells).entry();
        assertThat(entry.unit()).isEqualTo("kgCO2e/(t*km)");
        assertThat(entry.value()).isEqualByComparingTo("0.107");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "inf"})
    void nonFiniteValuesAreRefused(String value) {
        Map<FactorColumn, String> cells = row();
        cells.put(FactorColumn.VALUE, value);
        assertThat(FactorRowValidator.validate(3, cells).problems())
                .containsExactly(new FactorProblem(3, FactorColumn.VALUE, "number.notFinite", value));
    }

    /** 1e999999999 was stored as 0, 1e-400 accepted, "8,2" read as 82 (issues 17.1, 18.1). */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "1e999999999,number.tooLarge",
        "1e-400,number.tooSmall",
        "'8,2',number.decimalComma",
        "'12,34,5',number.grouping"
    })
    void valuesOutsideTheNumberRuleAreRefused(String value, String key) {
        Map<FactorColumn, String> cells = row();
        cells.put(FactorColumn.VALUE, value);
        assertThat(FactorRowValidator.validate(3, cells).problems())
                .extracting(FactorProblem::column, FactorProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FactorColumn.VALUE, key));
    }

    @org.junit.jupiter.api.Test
    void aValuePerTonneThatLeavesTheDomainInKilogramsIsRefused() {
        Map<FactorColumn, String> cells = row();
        cells.put(FactorColumn.VALUE, "9e14");
        cells.put(FactorColumn.UNIT, "tCO2e/kg");
        assertThat(FactorRowValidator.validate(3, cells).problems())
                .extracting(FactorProblem::messageKey)
                .containsExactly("number.tooLarge");
    }

    @Test
    void negativeValuesOnlyForRecyclingCredits() {
        Map<FactorColumn, String> cells = row();
        cells.put(FactorColumn.VALUE, "-0.2");
        assertThat(FactorRowValidator.validate(4, cells).problems())
                .extracting(FactorProblem::messageKey)
                .containsExactly("factor.problem.negative");
        cells.put(FactorColumn.CATEGORY, "RECYCLING");
        cells.put(FactorColumn.UNIT, "kgCO2e/kg");
        assertThat(FactorRowValidator.validate(4, cells).valid()).isTrue();
    }

    @Test
    void everyProblemOfARowIsReportedWithItsColumn() {
        Map<FactorColumn, String> cells = row();
        cells.put(FactorColumn.UNIT, "kgCO2e/furlong");
        cells.put(FactorColumn.GEOGRAPHY, "Atlantis");
        cells.put(FactorColumn.YEAR, "1850");
        cells.put(FactorColumn.SOURCE, " ");
        cells.put(FactorColumn.SOURCE_URL, "javascript:alert(1)");
        cells.put(FactorColumn.PEDIGREE_TEMPORAL, "7");
        cells.put(FactorColumn.UNCERTAINTY_DISTRIBUTION, "uniform");
        cells.put(FactorColumn.UNCERTAINTY_A, "0.6");
        cells.put(FactorColumn.UNCERTAINTY_B, "0.5");
        assertThat(FactorRowValidator.validate(5, cells).problems())
                .extracting(FactorProblem::column)
                .containsExactlyInAnyOrder(
                        FactorColumn.UNIT,
                        FactorColumn.GEOGRAPHY,
                        FactorColumn.YEAR,
                        FactorColumn.SOURCE,
                        FactorColumn.SOURCE_URL,
                        FactorColumn.PEDIGREE_TEMPORAL,
                        FactorColumn.UNCERTAINTY_B);
        assertThat(FactorRowValidator.validate(5, cells).problems())
                .filteredOn(p -> p.column() == FactorColumn.UNIT)
                .extracting(FactorProblem::messageKey)
                .containsExactly("unit.factor.unknown");
    }

    @Test
    void aRangeIsConvertedWithTheValueAndMustContainIt() {
        Map<FactorColumn, String> cells = row();
        cells.put(FactorColumn.CATEGORY, "RAW_MATERIAL");
        cells.put(FactorColumn.VALUE, "6.1");
        cells.put(FactorColumn.UNIT, "tCO2e/t");
        cells.put(FactorColumn.UNCERTAINTY_DISTRIBUTION, "UNIFORM");
        cells.put(FactorColumn.UNCERTAINTY_A, "5.5");
        cells.put(FactorColumn.UNCERTAINTY_B, "6.8");
        FactorEntry entry = FactorRowValidator.validate(2, cells).entry();
        assertThat(entry.value()).isEqualByComparingTo("6100");
        assertThat(entry.uncertainty().a()).isEqualByComparingTo("5500");
        assertThat(entry.uncertainty().b()).isEqualByComparingTo("6800");
        cells.put(FactorColumn.VALUE, "7");
        assertThat(FactorRowValidator.validate(2, cells).problems())
                .extracting(FactorProblem::messageKey)
                .containsExactly("factor.problem.uncertainty.outside");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsRefused() {
        Map<FactorColumn, String> cells = row();
        cells.put(FactorColumn.NAME_EN, "=HYPERLINK(\"http://evil\")");
        assertThat(FactorRowValidator.validate(2, cells).problems())
                .containsExactly(new FactorProblem(2, FactorColumn.NAME_EN, "factor.problem.formula", '='));
    }

    @Test
    void uncertaintyIsParsedPerDistribution() {
        Map<FactorColumn, String> cells = row();
        cells.put(FactorColumn.UNCERTAINTY_DISTRIBUTION, "lognormal");
        cells.put(FactorColumn.UNCERTAINTY_A, "1.05");
        FactorEntry entry = FactorRowValidator.validate(2, cells).entry();
        assertThat(entry.uncertainty().distribution()).isEqualTo("LOGNORMAL");
        assertThat(entry.uncertainty().a()).isEqualByComparingTo("1.05");
        cells.put(FactorColumn.UNCERTAINTY_A, "0.5");
        assertThat(FactorRowValidator.validate(2, cells).problems())
                .extracting(FactorProblem::messageKey)
                .containsExactly("factor.problem.uncertainty.gsd");
    }
}
