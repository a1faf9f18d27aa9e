package cn.batterycarbon.platform.numbers;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The one number rule of the platform, for every importer, form and JSON body (docs/numbers.md).
 *
 * <p>Accepted text: an optional sign, digits with a decimal POINT, an optional exponent ({@code
 * 1.5e-3}); full-width digits and signs as a Chinese input method types them are read as their
 * ASCII forms. A comma is only a thousands separator and only in groups of three before the decimal
 * point ({@code 1,234,567.5}); anything else with a comma ({@code 8,2}, {@code 1,23}, {@code
 * 12,34,567}) is refused rather than guessed, because {@code 8,2} means 8.2 in much of the world and
 * 82 in the rest. Spaces inside a number, {@code NaN} and infinities are refused.
 *
 * <p>Then the {@link NumericDomain} check: magnitude, precision, sign and range, before any
 * arithmetic.
 */
public final class Numbers {

    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    private static final Pattern HUGE_EXPONENT = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)[eE]([+-]?)\\d{5,}");
    private static final Pattern ANY_COMMA_NUMBER = Pattern.compile("[+-]?[\\d,.]*,[\\d,.]*([eE][+-]?\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");
    private static final int MAX_TEXT = 100;

    private Numbers() {}

    /**
     * Reads a number written by a person or a file, and checks it against its domain.
     *
     * @throws NumberRefusedException naming the problem, with the text and the bounds as arguments
     */
    public static BigDecimal parse(String text, NumericDomain domain) {
        BigDecimal value = read(text);
        return check(value, domain, text);
    }

    /** Reads a number without a domain check (only the format rule); callers check the domain next. */
    public static BigDecimal read(String text) {
        String given = text == null ? "" : text.strip();
        if (given.isEmpty()) {
            throw new NumberRefusedException("number.format", String.valueOf(text));
        }
        if (given.length() > MAX_TEXT) {
            throw new NumberRefusedException("number.tooLong", given.substring(0, 20) + "…", MAX_TEXT);
        }
        String ascii = ascii(given);
        if (PLAIN.matcher(ascii).matches()) {
            return new BigDecimal(ascii);
        }
        if (GROUPED.matcher(ascii).matches()) {
            return new BigDecimal(ascii.replace(",", ""));
        }
        java.util.regex.Matcher huge = HUGE_EXPONENT.matcher(ascii);
        if (huge.matches()) {
            if (huge.group(1).replace(".", "").chars().allMatch(c -> c == '0')) {
                return BigDecimal.ZERO;
            }
            // 1e-999999999 or 1e999999999: outside every domain, refused without expanding it
            boolean negative = "-".equals(huge.group(3));
            throw negative
                    ? new NumberRefusedException("number.tooSmall", given, NumericDomain.MIN_TEXT)
                    : new NumberRefusedException("number.tooLarge", given, NumericDomain.MAX_TEXT);
        }
        String lower = ascii.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("nan") || lower.contains("inf") || lower.contains("∞") || lower.startsWith("#")) {
            throw new NumberRefusedException("number.notFinite", given);
        }
        if (DECIMAL_COMMA.matcher(ascii).matches()) {
            throw new NumberRefusedException("number.decimalComma", given, ascii.replace(',', '.'));
        }
        if (ANY_COMMA_NUMBER.matcher(ascii).matches()) {
            throw new NumberRefusedException("number.grouping", given);
        }
        throw new NumberRefusedException("number.format", given);
    }

    /**
     * Checks a number that arrived already typed (a JSON number, a spreadsheet cell, a bound form
     * field) against its domain; returns it unchanged.
     */
    public static BigDecimal check(BigDecimal value, NumericDomain domain) {
        return check(value, domain, null);
    }

    /** The same check for a double (an input-output table, an allocation parameter). */
    public static double check(double value, NumericDomain domain) {
        if (!Double.isFinite(value)) {
            throw new NumberRefusedException("number.notFinite", Double.toString(value));
        }
        return check(BigDecimal.valueOf(value), domain, Double.toString(value)).doubleValue();
    }

    private static BigDecimal check(BigDecimal value, NumericDomain domain, String text) {
        String shown = text != null ? text.strip() : shown(value);
        if (value.signum() != 0) {
            // precision() - scale() - 1 is the decimal exponent of the leading digit: no expansion needed
            long exponent = (long) value.precision() - value.scale() - 1;
            if (exponent >= 15) {
                throw new NumberRefusedException("number.tooLarge", shown, NumericDomain.MAX_TEXT);
            }
            if (exponent < -12) {
                throw new NumberRefusedException("number.tooSmall", shown, NumericDomain.MIN_TEXT);
            }
            if (value.stripTrailingZeros().precision() > NumericDomain.MAX_DIGITS) {
                throw new NumberRefusedException("number.tooPrecise", shown, NumericDomain.MAX_DIGITS);
            }
        } else {
            // zero with an absurd scale (0E-999999999) is still zero
            value = BigDecimal.ZERO;
        }
        if (value.signum() < 0 && !domain.negativeAllowed()) {
            throw new NumberRefusedException("number.negative", shown);
        }
        if (domain.maximum() != null && value.compareTo(domain.maximum()) > 0) {
            throw new NumberRefusedException(
                    "number.aboveMaximum", shown, domain.maximum().toPlainString());
        }
        return value;
    }

    /** A number as a message shows it: plain for ordinary magnitudes, scientific otherwise (never expanded). */
    public static String shown(BigDecimal value) {
        long exponent = (long) value.precision() - value.scale() - 1;
        if (exponent > 20 || exponent < -20) {
            return value.toString();
        }
        return value.stripTrailingZeros().toPlainString();
    }

    private static String ascii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == '．' || c == '。') {
                out.append('.');
            } else if (c == '，') {
                out.append(',');
            } else if (c == '－' || c == '−') {
                out.append('-');
            } else if (c == '＋') {
                out.append('+');
            } else if (c == 'Ｅ' || c == 'ｅ') {
                out.append('e');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
