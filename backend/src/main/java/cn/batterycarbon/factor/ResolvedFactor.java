package cn.batterycarbon.factor;

import java.math.BigDecimal;

/**
 * One emission factor as a calculation uses it, with everything needed to trace a result back to
 * it: the release it came from, the geography and year actually used (after fallback) and the
 * source citation.
 *
 * @param code factor code, stable across releases (e.g. {@code ELEC-GRID})
 * @param value kg CO2e per {@code unit}, exactly as published
 * @param unit the declared unit as the platform writes it, e.g. {@code kgCO2e/kWh},
 *     {@code kgCO2e/kg}, {@code kgCO2e/(t*km)}
 * @param geography geography code the value is for: {@code CN}, {@code CN-GRID-EAST}, {@code CN-JS}
 * @param year reference year of the value
 * @param uncertainty null when the source gives none
 * @param category the factor's category name ({@code RAW_MATERIAL}, {@code PROCESS_EMISSION} ...);
 *     null when unknown
 */
public record ResolvedFactor(
        String code,
        String nameZh,
        String nameEn,
        BigDecimal value,
        String unit,
        String geography,
        int year,
        String releaseCode,
        String source,
        Uncertainty uncertainty,
        String category) {

    /** A factor whose category is not known (tests, benchmarks). */
    public ResolvedFactor(
            String code,
            String nameZh,
            String nameEn,
            BigDecimal value,
            String unit,
            String geography,
            int year,
            String releaseCode,
            String source,
            Uncertainty uncertainty) {
        this(code, nameZh, nameEn, value, unit, geography, year, releaseCode, source, uncertainty, null);
    }

    /**
     * The factor's uncertainty: {@code LOGNORMAL} with geometric standard deviation {@code a},
     * {@code NORMAL} with standard deviation {@code a}, {@code UNIFORM} or {@code TRIANGULAR} with
     * minimum {@code a} and maximum {@code b} (triangular mode = the value).
     */
    public record Uncertainty(String distribution, BigDecimal a, BigDecimal b) {}

    /** The named factor set (electricity CO2 family, electricity footprint family, or general). */
    @com.fasterxml.jackson.annotation.JsonProperty
    public FactorFamily family() {
        return FactorFamily.of(code);
    }
}
