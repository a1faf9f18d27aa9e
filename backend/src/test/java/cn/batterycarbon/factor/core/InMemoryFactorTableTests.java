package cn.batterycarbon.factor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.batterycarbon.factor.FactorTable;
import cn.batterycarbon.factor.GridRegion;
import cn.batterycarbon.factor.Province;
import cn.batterycarbon.factor.ResolvedFactor;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lookup rule calculations rely on: province → grid → national → global; exact or latest earlier year. */
class InMemoryFactorTableTests {

    static ResolvedFactor factor(String code, String geography, int year, String value) {
        return new ResolvedFactor(
                code, code, code, new BigDecimal(value), "kgCO2e/kWh", geography, year, "T-1", "test source", null);
    }

    final FactorTable table = InMemoryFactorTable.of(
            "T-1",
            List.of(
                    factor("ELEC-GRID", "CN", 2022, "0.5366"),
                    factor("ELEC-GRID", "CN", 2023, "0.5306"),
                    factor("ELEC-GRID", "CN-GRID-EAST", 2022, "0.5617"),
                    factor("ELEC-GRID", "CN-GRID-EAST", 2023, "0.5500"),
                    factor("ELEC-GRID", "CN-GRID-SOUTHWEST", 2022, "0.2268"),
                    factor("ELEC-GRID", "CN-SC", 2022, "0.1404"),
                    factor("ELEC-GRID", "CN-AH", 2022, "0.6782"),
                    factor("ELEC-GRID-RESIDUAL", "CN", 2022, "0.5856"),
                    factor("NG-COMBUSTION", "GLO", 2006, "56.1"),
                    factor("SC-ONLY", "CN-SC", 2022, "0.2"),
                    factor("FUTURE-ONLY", "CN", 2030, "1")));

    @Test
    void aProvinceWithItsOwnValueUsesIt() {
        ResolvedFactor sichuan = table.find("ELEC-GRID", "CN-SC", 2022).orElseThrow();
        assertThat(sichuan.value()).isEqualByComparingTo("0.1404");
        assertThat(sichuan.geography()).isEqualTo("CN-SC");
        assertThat(sichuan.year()).isEqualTo(2022);
        assertThat(sichuan.releaseCode()).isEqualTo("T-1");
    }

    @Test
    void aProvinceWithoutAValueFallsBackToItsGridRegion() {
        String jiangsu = Province.JIANGSU.geographyCode();
        assertThat(Province.JIANGSU.gridRegion()).isEqualTo(GridRegion.EAST);
        ResolvedFactor found = table.find("ELEC-GRID", jiangsu, 2023).orElseThrow();
        assertThat(found.geography()).isEqualTo("CN-GRID-EAST");
        assertThat(found.value()).isEqualByComparingTo("0.5500");
    }

    @Test
    void aGridWithoutAValueFallsBackToNational() {
        ResolvedFactor north = table.find("ELEC-GRID", "CN-GRID-NORTH", 2023).orElseThrow();
        assertThat(north.geography()).isEqualTo("CN");
        assertThat(north.value()).isEqualByComparingTo("0.5306");
        ResolvedFactor hebei = table.find("ELEC-GRID", "CN-HE", 2023).orElseThrow();
        assertThat(hebei.geography()).isEqualTo("CN");
    }

    @Test
    void theMostSpecificGeographyWinsOverAMoreRecentYearElsewhere() {
        // Anhui has 2022 only; the East grid has 2023: the province's latest earlier year is used.
        ResolvedFactor anhui = table.find("ELEC-GRID", "CN-AH", 2023).orElseThrow();
        assertThat(anhui.geography()).isEqualTo("CN-AH");
        assertThat(anhui.year()).isEqualTo(2022);
    }

    @Test
    void aMissingYearTakesTheLatestEarlierYearNeverALaterOne() {
        assertThat(table.find("ELEC-GRID", "CN", 2025).orElseThrow().year()).isEqualTo(2023);
        // Southwest has 2022 only; for 2021 nothing at or before exists anywhere in the chain
        assertThat(table.find("ELEC-GRID", "CN-GRID-SOUTHWEST", 2021)).isEmpty();
        assertThat(table.find("FUTURE-ONLY", "CN", 2024)).isEmpty();
    }

    @Test
    void withoutAYearTheLatestAtTheMostSpecificGeographyIsUsed() {
        assertThat(table.find("ELEC-GRID", "CN-SC", null).orElseThrow().year()).isEqualTo(2022);
        assertThat(table.find("ELEC-GRID", "CN-GRID-EAST", null).orElseThrow().year())
                .isEqualTo(2023);
    }

    @Test
    void nationalIsTheDefaultGeographyAndGlobalValuesAreTheLastFallback() {
        assertThat(table.find("ELEC-GRID-RESIDUAL").orElseThrow().value()).isEqualByComparingTo("0.5856");
        ResolvedFactor gas = table.find("NG-COMBUSTION", "CN-JS", 2023).orElseThrow();
        assertThat(gas.geography()).isEqualTo("GLO");
        assertThat(gas.year()).isEqualTo(2006);
    }

    @Test
    void unknownCodesAndGeographiesFindNothing() {
        assertThat(table.find("NO-SUCH-CODE", "CN", 2023)).isEmpty();
        // a typo in a geography code must not silently fall back to the national value
        assertThat(table.find("ELEC-GRID", "CN-XX", 2023)).isEmpty();
    }

    @Test
    void twoValuesForTheSameCodeGeographyAndYearAreRefused() {
        assertThatThrownBy(() -> InMemoryFactorTable.of(
                        "T-2", List.of(factor("A", "CN", 2022, "1"), factor("A", "CN", 2022, "2"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyProvinceChainsToItsOwnGrid() {
        for (Province province : Province.values()) {
            assertThat(Geographies.fallbackChain(province.geographyCode()))
                    .containsExactly(
                            province.geographyCode(), province.gridRegion().geographyCode(), "CN", "GLO");
        }
    }

    @Test
    void aMissTellsWhyNotInTheReleaseNotForThisGeographyOrOnlyLaterYears() {
        assertThat(table.find("SC-ONLY", "CN-JS", 2022)).isEmpty();
        assertThat(table.absence("SC-ONLY", "CN-JS", 2022)).isEqualTo(FactorTable.Absence.NOT_FOR_GEOGRAPHY);
        assertThat(table.absence("NO-SUCH-CODE", "CN-JS", 2022)).isEqualTo(FactorTable.Absence.NOT_IN_RELEASE);
        assertThat(table.find("FUTURE-ONLY", "CN", 2023)).isEmpty();
        assertThat(table.absence("FUTURE-ONLY", "CN", 2023)).isEqualTo(FactorTable.Absence.ONLY_LATER_YEARS);
    }
}
