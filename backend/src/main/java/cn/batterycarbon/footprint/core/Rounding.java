package cn.batterycarbon.footprint.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How figures are reported: absolute kg CO2e to 3 decimals (grams), kg CO2e/kWh to 6 decimals,
 * shares to 4 decimals, always half-up. The double sum is first turned into its shortest exact
 * decimal ({@link BigDecimal#valueOf(double)}), so a value the arithmetic produced exactly (1140.0)
 * is reported exactly (1140.000).
 */
public final class Rounding {

    public static final int KG_SCALE = 3;
    public static final int PER_KWH_SCALE = 6;
    public static final int SHARE_SCALE = 4;

    private Rounding() {}

    public static BigDecimal kg(double kg) {
        return BigDecimal.valueOf(kg).setScale(KG_SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal perKwh(double kg, BigDecimal lifetimeEnergyKwh) {
        return BigDecimal.valueOf(kg)
                .divide(lifetimeEnergyKwh, MathContext.DECIMAL128)
                .setScale(PER_KWH_SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal perKwh(double kgPerKwh) {
        return BigDecimal.valueOf(kgPerKwh).setScale(PER_KWH_SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal share(double part, double whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(SHARE_SCALE);
        }
        return BigDecimal.valueOf(part)
                .divide(BigDecimal.valueOf(whole), MathContext.DECIMAL128)
                .setScale(SHARE_SCALE, RoundingMode.HALF_UP);
    }
}
