package cn.batterycarbon.declaration.imports;

/**
 * Why a row or the whole file was refused.
 *
 * @param sheet sheet name (the stage) of an Excel file, {@code CSV} for a CSV file
 * @param row 1-based row as a spreadsheet shows it; 0 for the whole file
 * @param column the column's bilingual header, or null
 */
public record UploadProblem(String sheet, int row, String column, String messageKey, Object... arguments) {

    public static UploadProblem file(String messageKey, Object... arguments) {
        return new UploadProblem(null, 0, null, messageKey, arguments);
    }
}
