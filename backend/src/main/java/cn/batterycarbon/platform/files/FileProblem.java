package cn.batterycarbon.platform.files;

/**
 * Why a file, or a place in it, was refused: the sheet ({@code CSV} for a CSV file), the row as a
 * spreadsheet shows it (1-based; 0 for the whole file), the column (a header or a letter; null for
 * the whole row) and a message key ({@code file.*}) with arguments.
 */
public record FileProblem(String sheet, int row, String column, String messageKey, Object... arguments) {

    public static FileProblem ofFile(String messageKey, Object... arguments) {
        return new FileProblem(null, 0, null, messageKey, arguments);
    }
}
