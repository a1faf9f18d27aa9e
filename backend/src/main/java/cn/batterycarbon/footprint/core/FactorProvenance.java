package cn.batterycarbon.footprint.core;

import java.math.BigDecimal;

/**
 * The factor a line was calculated with, and where it came from.
 *
 * @param code background factor code; null for supplier- and company-specific factors
 * @param value the factor exactly as published or given, in {@code unit}
 * @param unit the factor unit as written, e.g. {@code kgCO2e/kWh}
 * @param perUnit the quantity unit the factor is per (canonical), e.g. {@code kWh}
 * @param kgCo2ePerNumerator kg per the factor unit's CO2e mass (1 for kgCO2e, 0.001 for gCO2e)
 * @param kgCo2ePerUnit value × kgCo2ePerNumerator as the double the arithmetic uses
 * @param geography and year, release, citation: for background factors as the release gives them
 * @param category the background factor's category in its release; null for specific factors
 */
public record FactorProvenance(
        FactorSource source,
        String code,
        BigDecimal value,
        String unit,
        String perUnit,
        BigDecimal kgCo2ePerNumerator,
        double kgCo2ePerUnit,
        String geography,
        Integer year,
        String releaseCode,
        String citation,
        BackgroundFactor.Uncertainty uncertainty,
        String category) {

    public FactorProvenance(
            FactorSource source,
            String code,
            BigDecimal value,
            String unit,
            String perUnit,
            BigDecimal kgCo2ePerNumerator,
            double kgCo2ePerUnit,
            String geography,
            Integer year,
            String releaseCode,
            String citation,
            BackgroundFactor.Uncertainty uncertainty) {
        this(
                source,
                code,
                value,
                unit,
                perUnit,
                kgCo2ePerNumerator,
                kgCo2ePerUnit,
                geography,
                year,
                releaseCode,
                citation,
                uncertainty,
                null);
    }
}
