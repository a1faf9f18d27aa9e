package cn.batterycarbon.footprint.core;

import java.math.BigDecimal;

/**
 * The result of one activity line with everything that produced it: the line (quantity, unit),
 * the unit conversion to the factor's unit and the factor with its provenance.
 *
 * @param index 0-based position of the line in the declaration
 * @param conversion how many of the factor's quantity unit one of the line's unit is (exact)
 * @param electricitySupply the supply the electricity rule applied, null for other lines
 * @param kgCo2e quantity × conversion × factor (for a recycling credit: the avoided emissions)
 */
public record LineResult(
        int index,
        ActivityLine line,
        BigDecimal conversion,
        FactorProvenance factor,
        ElectricitySupply electricitySupply,
        double kgCo2e) {

    public LifeCycleStage stage() {
        return line.stage();
    }

    public boolean recyclingCredit() {
        return line.recyclingCredit();
    }

    /** The quantity expressed in the factor's unit (exact). */
    public BigDecimal quantityInFactorUnit() {
        return line.quantity().multiply(conversion);
    }

    /** kg CO2e as reported: {@value Rounding#KG_SCALE} decimals. */
    public BigDecimal reportedKgCo2e() {
        return Rounding.kg(kgCo2e);
    }
}
