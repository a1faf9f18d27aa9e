package cn.batterycarbon.audit.core;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small canonical JSON writer: object keys sorted by code point, no whitespace, strings escaped
 * the same way every time (in the spirit of RFC 8785 for the value types the trail stores:
 * strings, integers, booleans, null). Other values are written as their string form.
 */
public final class CanonicalJson {

    private CanonicalJson() {}

    /** The changed fields {@code name -> [before, after]} as canonical JSON. */
    public static String changes(Map<String, ? extends Map.Entry<?, ?>> changes) {
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        for (var field : new TreeMap<>(changes).entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, field.getKey());
            out.append(":{\"after\":");
            value(out, field.getValue().getValue());
            out.append(",\"before\":");
            value(out, field.getValue().getKey());
            out.append('}');
        }
        return out.append('}').toString();
    }

    static void value(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            out.append(value);
        } else if (value instanceof BigDecimal d) {
            string(out, d.toPlainString());
        } else {
            string(out, value.toString());
        }
    }

    static void string(StringBuilder out, String s) {
        out.append('"');
        int plain = plainLength(s);
        if (plain == s.length()) {
            // the common case (ids, codes, names): nothing to escape, so the text goes in at once;
            // escaping char by char made the serialization the bulk of a chain verification
            out.append(s).append('"');
            return;
        }
        out.append(s, 0, plain);
        for (int i = plain; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** How many leading characters of {@code s} need no escaping. */
    private static int plainLength(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return i;
            }
        }
        return s.length();
    }
}
