package cn.batterycarbon.platform.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ActivityUnitsTests {

    @Test
    void convertsBetweenUnitsOfTheSameQuantityExactly() {
        assertThat(ActivityUnits.conversion("MWh", "kWh")).isEqualByComparingTo("1000");
        assertThat(ActivityUnits.conversion("kWh", "MJ")).isEqualByComparingTo("3.6");
        // 1 GJ = 1000/3.6 kWh, a repeating decimal: 34 significant digits (DECIMAL128).
        assertThat(ActivityUnits.conversion("GJ", "kWh"))
                .isEqualByComparingTo(new BigDecimal("277.7777777777777777777777777777778"));
        assertThat(ActivityUnits.conversion("g", "kg")).isEqualByComparingTo("0.001");
        assertThat(ActivityUnits.conversion("t", "kg")).isEqualByComparingTo("1000");
        assertThat(ActivityUnits.conversion("kg*km", "t*km")).isEqualByComparingTo("0.001");
        assertThat(ActivityUnits.conversion("L", "m3")).isEqualByComparingTo("0.001");
        assertThat(ActivityUnits.conversion("piece", "pcs")).isEqualByComparingTo("1");
    }

    @Test
    void refusesUnitsThatMeasureDifferentThings() {
        assertThatThrownBy(() -> ActivityUnits.conversion("kg", "kWh"))
                .isInstanceOf(UnitException.class)
                .satisfies(e -> assertThat(((UnitException) e).messageKey()).isEqualTo("unit.incompatible"));
        assertThatThrownBy(() -> ActivityUnits.conversion("kg", "t*km")).isInstanceOf(UnitException.class);
    }

    @Test
    void readsAliasesAndRejectsUnknownUnits() {
        assertThat(ActivityUnits.canonical("tkm")).isEqualTo("t*km");
        assertThat(ActivityUnits.canonical("KWH")).isEqualTo("kWh");
        assertThat(ActivityUnits.canonical("度")).isEqualTo("kWh");
        assertThatThrownBy(() -> ActivityUnits.canonical("furlong"))
                .isInstanceOf(UnitException.class)
                .satisfies(e -> assertThat(((UnitException) e).arguments()).containsExactly("furlong"));
    }

    @Test
    void readsFactorUnits() {
        assertThat(ActivityUnits.factorUnit("kgCO2e/(t*km)").perUnit()).isEqualTo("t*km");
        assertThat(ActivityUnits.factorUnit("tCO2e/t").kgCo2ePerNumerator()).isEqualByComparingTo("1000");
        assertThat(ActivityUnits.factorUnit("gCO2e/kWh").kgCo2ePerNumerator()).isEqualByComparingTo("0.001");
        assertThat(ActivityUnits.factorUnit("kgCO2/kWh").perUnit()).isEqualTo("kWh");
        assertThat(ActivityUnits.factorUnit("kgCO2e/tkm").normalized()).isEqualTo("kgCO2e/(t*km)");
        assertThatThrownBy(() -> ActivityUnits.factorUnit("kg/kWh")).isInstanceOf(UnitException.class);
        assertThatThrownBy(() -> ActivityUnits.factorUnit("kgCO2e/parsec")).isInstanceOf(UnitException.class);
    }
}
