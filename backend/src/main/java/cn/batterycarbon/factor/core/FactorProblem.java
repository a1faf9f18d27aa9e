package cn.batterycarbon.factor.core;

import java.util.Arrays;

/**
 * One problem found in factor input: the file row (1 = the header row, as a spreadsheet numbers it;
 * 0 for a form or API request), the column, and a message key with arguments for the user's
 * language.
 */
public record FactorProblem(int row, FactorColumn column, String messageKey, Object... arguments) {

    /** The problem as the upload-problems fragment shows it (the column by its header). */
    public cn.batterycarbon.platform.files.FileProblem asFileProblem() {
        return new cn.batterycarbon.platform.files.FileProblem(
                null, row, column == null ? null : column.header(), messageKey, arguments);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FactorProblem p
                && p.row == row
                && p.column == column
                && p.messageKey.equals(messageKey)
                && Arrays.equals(p.arguments, arguments);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * row + (column == null ? 0 : column.hashCode())) + messageKey.hashCode();
    }

    @Override
    public String toString() {
        return "row " + row + " " + column + ": " + messageKey + " " + Arrays.toString(arguments);
    }
}
