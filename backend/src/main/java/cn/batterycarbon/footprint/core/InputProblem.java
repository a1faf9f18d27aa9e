package cn.batterycarbon.footprint.core;

/**
 * One reason the core refused a declaration, naming the line and field ({@code unit},
 * {@code factor.unit}, {@code factorCode} ...) with a message key and its arguments.
 *
 * @param lineIndex the 0-based line, or -1 for the declaration as a whole
 */
public record InputProblem(int lineIndex, String field, String messageKey, Object... arguments) {

    /** JSON path of the field, e.g. {@code lines[2].unit}. */
    public String path() {
        return lineIndex < 0 ? field : "lines[" + lineIndex + "]." + field;
    }
}
