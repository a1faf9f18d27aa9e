package cn.batterycarbon.platform.web;

/**
 * The one rule for text received from callers (issue 18 point 2): every text has a maximum length
 * and no control character (a NUL byte, which PostgreSQL cannot store, or any other C0 character
 * except tab, line feed and carriage return). A JSON property's maximum is its Bean Validation
 * {@code @Size(max = ...)}, or {@link #DEFAULT_MAX} when it has none; the refusal is a 400 naming
 * the property and its maximum, before any code or the database sees the text. The maxima are
 * listed in docs/operations.md ("Text limits").
 */
public final class TextLimits {

    /** The maximum of a text property that declares none (no database text column is shorter unchecked). */
    public static final int DEFAULT_MAX = 2_000;

    private TextLimits() {}

    /** Whether the text contains a character no field accepts (C0 controls other than tab, LF, CR; DEL). */
    public static boolean hasControlCharacter(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
