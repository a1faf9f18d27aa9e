package cn.batterycarbon.platform.files;

import java.util.List;

/**
 * One sheet of an uploaded file as text cells: rows in file order with their row number as a
 * spreadsheet shows it; blank rows are kept as empty lists so row numbers stay true. Numbers from
 * spreadsheet cells are written as the exact double the file holds (not as displayed); a formula
 * cell without a computed value is {@link #FORMULA_WITHOUT_VALUE} so importers can name it.
 */
public record Table(String sheet, List<List<String>> rows) {

    /** The CSV file's single sheet. */
    public static final String CSV = "CSV";

    /** Marks a formula cell whose file carries no computed value (never read as 0). */
    public static final String FORMULA_WITHOUT_VALUE = "\u0000formula";

    /** Row number (1-based, as shown) of the row at {@code index}. */
    public static int rowNumber(int index) {
        return index + 1;
    }

    /** A spreadsheet column letter (1 → A, 27 → AA). */
    public static String columnLetter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    /** Every formula cell without a computed value, named by row and column letter. */
    public List<FileProblem> formulasWithoutValue() {
        List<FileProblem> problems = new java.util.ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                if (FORMULA_WITHOUT_VALUE.equals(cells.get(c))) {
                    problems.add(new FileProblem(sheet, rowNumber(r), columnLetter(c + 1), "file.formulaWithoutValue"));
                }
            }
        }
        return problems;
    }
}
