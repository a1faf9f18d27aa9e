package cn.batterycarbon.platform.numbers;

import java.math.BigDecimal;

/**
 * What a number measures, and the values that make physical sense for it. Every number from a
 * file, a form or a JSON body is checked against its domain before any arithmetic or {@code
 * toPlainString}: a magnitude below 10^15 (no battery, factor or economy needs more), a non-zero
 * magnitude of at least 10^-12 (smaller is below any measuring precision, and an exponent such as
 * 1e-999999999 would otherwise cost seconds and memory to expand), at most 20 significant digits
 * (a spreadsheet's double has 17), and the sign and range of the kind. See docs/numbers.md.
 */
public enum NumericDomain {
    /** An activity quantity (kg, kWh, km, ...): zero or positive. */
    QUANTITY(false, null),
    /** An emission factor value (kg CO2e per unit): negative only where the category allows credits. */
    FACTOR_VALUE(true, null),
    /** A share or fraction: 0 to 1. */
    SHARE(false, BigDecimal.ONE),
    /** An energy (kWh), a mass or another property of a product: zero or positive. */
    ENERGY(false, null),
    /** Monetary or emission totals of an input-output table or an allocation: any sign. */
    AMOUNT(true, null);

    /** Largest accepted magnitude (exclusive): 10^15. */
    public static final BigDecimal MAX_MAGNITUDE = BigDecimal.ONE.scaleByPowerOfTen(15);

    /** Smallest accepted non-zero magnitude (inclusive): 10^-12. */
    public static final BigDecimal MIN_MAGNITUDE = BigDecimal.ONE.scaleByPowerOfTen(-12);

    /** Most significant digits a number may carry. */
    public static final int MAX_DIGITS = 20;

    /** As the bounds appear in messages. */
    static final String MAX_TEXT = "10^15";

    static final String MIN_TEXT = "10^-12";

    private final boolean negativeAllowed;
    private final BigDecimal maximum;

    NumericDomain(boolean negativeAllowed, BigDecimal maximum) {
        this.negativeAllowed = negativeAllowed;
        this.maximum = maximum;
    }

    public boolean negativeAllowed() {
        return negativeAllowed;
    }

    /** The upper bound of the kind itself (1 for a share), or null when only the magnitude bound holds. */
    public BigDecimal maximum() {
        return maximum;
    }
}
