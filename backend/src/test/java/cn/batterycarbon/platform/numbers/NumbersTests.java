package cn.batterycarbon.platform.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one number rule (docs/numbers.md): format first, then the numeric domain. */
class NumbersTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "8.2|8.2",
                "-3|-3",
                "+0.5|0.5",
                ".5|0.5",
                "1.5e-3|0.0015",
                "1,234|1234",
                "1,234,567.25|1234567.25",
                "８．２|8.2",
                "１，２３４|1234",
                "0E-999999999|0",
                "  42  |42"
            })
    void acceptsTheDocumentedFormats(String text, String expected) {
        assertThat(Numbers.parse(text, NumericDomain.AMOUNT)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // a decimal comma was read as a thousands separator: 8,2 became 82
                "8,2|number.decimalComma",
                "1,23|number.decimalComma",
                "8，2|number.decimalComma",
                "12,34,567|number.grouping",
                "1,2345,678|number.grouping",
                "1,234.5,6|number.grouping",
                "1 234|number.format",
                "twelve|number.format",
                "NaN|number.notFinite",
                "Infinity|number.notFinite",
                "#DIV/0!|number.notFinite",
                "1e-999999999|number.tooSmall",
                "1e-100000|number.tooSmall",
                "1e-400|number.tooSmall",
                "1e-13|number.tooSmall",
                "1e999999999|number.tooLarge",
                "1e308|number.tooLarge",
                "9e999|number.tooLarge",
                "1e15|number.tooLarge",
                "1.234567890123456789012|number.tooPrecise"
            })
    void refusesWithTheProblemNamed(String text, String key) {
        assertThatThrownBy(() -> Numbers.parse(text, NumericDomain.AMOUNT))
                .isInstanceOfSatisfying(
                        NumberRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void theBoundsAreInclusiveWhereDocumented() {
        assertThat(Numbers.parse("999999999999999", NumericDomain.QUANTITY)).isEqualByComparingTo("999999999999999");
        assertThat(Numbers.parse("1e-12", NumericDomain.QUANTITY)).isEqualByComparingTo("1e-12");
        assertThat(Numbers.parse("1", NumericDomain.SHARE)).isEqualByComparingTo("1");
    }

    @Test
    void domainsCarryTheirSignAndRange() {
        assertThatThrownBy(() -> Numbers.parse("-1", NumericDomain.QUANTITY))
                .hasFieldOrPropertyWithValue("messageKey", "number.negative");
        assertThat(Numbers.parse("-1", NumericDomain.FACTOR_VALUE)).isEqualByComparingTo("-1");
        assertThatThrownBy(() -> Numbers.parse("1.01", NumericDomain.SHARE))
                .hasFieldOrPropertyWithValue("messageKey", "number.aboveMaximum");
    }

    @Test
    @Timeout(2)
    void typedValuesAreCheckedWithoutExpandingThem() {
        // new BigDecimal is cheap; toPlainString or arithmetic on these would take seconds and memory
        for (String huge : new String[] {"1e-999999999", "1e999999999", "-1e-2147483647"}) {
            BigDecimal value = new BigDecimal(huge);
            assertThatThrownBy(() -> Numbers.check(value, NumericDomain.AMOUNT))
                    .isInstanceOf(NumberRefusedException.class)
                    .hasMessageNotContaining("00000000");
        }
        assertThatThrownBy(() -> Numbers.check(Double.MAX_VALUE, NumericDomain.AMOUNT))
                .hasFieldOrPropertyWithValue("messageKey", "number.tooLarge");
        assertThatThrownBy(() -> Numbers.check(Double.NaN, NumericDomain.AMOUNT))
                .hasFieldOrPropertyWithValue("messageKey", "number.notFinite");
    }

    @Test
    void theRefusalCarriesTheTextAndTheBoundsForTheMessage() {
        assertThatThrownBy(() -> Numbers.parse("1e999999999", NumericDomain.AMOUNT))
                .isInstanceOfSatisfying(
                        NumberRefusedException.class,
                        e -> assertThat(e.getArguments()).containsExactly("1e999999999", "10^15"));
    }
}
