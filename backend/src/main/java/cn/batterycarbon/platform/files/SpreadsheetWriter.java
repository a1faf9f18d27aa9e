package cn.batterycarbon.platform.files;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The one writer of downloadable tables, used by every exporter and template:
 *
 * <ul>
 *   <li>CSV in UTF-8 with a byte-order mark (so Excel opens Chinese text correctly); a text cell
 *       that a spreadsheet would run as a formula ({@code = + - @}, tab, carriage return at the start
 *       and not simply a number) is written with a leading apostrophe (CSV/formula injection);
 *   <li>XLSX with numeric cells for numbers ({@link Number}s), text cells for everything else
 *       (never a formula), a bold header row, frozen below the header, optional drop-down lists.
 * </ul>
 */
public final class SpreadsheetWriter {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final String FORMULA_START = "=+-@\t\r";

    private SpreadsheetWriter() {}

    /** A drop-down list on a column of a sheet (data rows 2..{@code lastRow}). */
    public record DropDown(int column, List<String> choices) {}

    /**
     * One sheet: its rows (the first is the header when {@code header} is true), column widths in
     * characters (may be empty) and drop-down lists.
     */
    public record SheetData(
            String name, List<? extends List<?>> rows, boolean header, List<Integer> widths, List<DropDown> dropDowns) {

        public static SheetData of(String name, List<? extends List<?>> rows) {
            return new SheetData(name, rows, true, List.of(), List.of());
        }
    }

    /** A text as a spreadsheet will not run it: formula starts get an apostrophe, numbers stay. */
    public static String neutralized(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        if (FORMULA_START.indexOf(text.charAt(0)) >= 0
                && !PLAIN_NUMBER.matcher(text).matches()) {
            return "'" + text;
        }
        return text;
    }

    private static final String LISTS_SHEET = "_lists";

    private static String listRange(org.apache.poi.ss.usermodel.Workbook workbook, List<String> choices) {
        Sheet lists = workbook.getSheet(LISTS_SHEET);
        if (lists == null) {
            lists = workbook.createSheet(LISTS_SHEET);
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
        }
        int column = lists.getRow(0) == null ? 0 : lists.getRow(0).getLastCellNum();
        for (int r = 0; r < choices.size(); r++) {
            Row row = lists.getRow(r) == null ? lists.createRow(r) : lists.getRow(r);
            row.createCell(column).setCellValue(choices.get(r));
        }
        String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(column);
        return "'" + LISTS_SHEET + "'!$" + letter + "$1:$" + letter + "$" + choices.size();
    }

    public static byte[] csv(List<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvStream csv = csv(out)) {
            for (List<?> row : rows) {
                csv.row(row);
            }
        }
        return out.toByteArray();
    }

    /**
     * A CSV written row by row to {@code out} (exports too large to hold in memory): the same byte
     * order mark, quoting and neutralized cells as {@link #csv(List)}. Closing it flushes the text
     * but leaves {@code out} open.
     */
    public static CsvStream csv(OutputStream out) {
        return new CsvStream(out);
    }

    /** Rows of a streamed CSV; see {@link #csv(OutputStream)}. */
    public static final class CsvStream implements Closeable {

        private final Writer writer;
        private final CSVPrinter printer;

        private CsvStream(OutputStream out) {
            this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            try {
                writer.write('\uFEFF');
                this.printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void row(List<?> row) {
            List<String> cells = new ArrayList<>(row.size());
            for (Object cell : row) {
                cells.add(csvText(cell));
            }
            try {
                printer.printRecord(cells);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                printer.flush();
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String csvText(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (cell instanceof Double || cell instanceof Float) {
            return String.format(Locale.ROOT, "%.10g", ((Number) cell).doubleValue());
        }
        if (cell instanceof Number number) {
            return number.toString();
        }
        return neutralized(cell.toString());
    }

    public static byte[] xlsx(List<SheetData> sheets) {
        boolean validations = sheets.stream().anyMatch(s -> !s.dropDowns().isEmpty());
        // large exports stream row by row (SXSSF); drop-down lists need the full model (small templates)
        try (org.apache.poi.ss.usermodel.Workbook workbook = validations ? new XSSFWorkbook() : new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (SheetData data : sheets) {
                Sheet sheet = workbook.createSheet(data.name());
                for (int c = 0; c < data.widths().size(); c++) {
                    sheet.setColumnWidth(c, Math.min(255, data.widths().get(c)) * 256);
                }
                int r = 0;
                for (List<?> values : data.rows()) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        } else {
                            cell.setCellValue(value.toString());
                        }
                        if (data.header() && r == 0) {
                            cell.setCellStyle(bold);
                        }
                    }
                    r++;
                }
                if (data.header()) {
                    sheet.createFreezePane(0, 1);
                }
                for (DropDown dropDown : data.dropDowns()) {
                    DataValidationHelper helper = sheet.getDataValidationHelper();
                    DataValidationConstraint constraint =
                            String.join(",", dropDown.choices()).length() <= 250
                                    ? helper.createExplicitListConstraint(
                                            dropDown.choices().toArray(String[]::new))
                                    // Excel limits a written-out list to 255 characters: longer ones live on a hidden
                                    // sheet
                                    : helper.createFormulaListConstraint(listRange(workbook, dropDown.choices()));
                    DataValidation validation = helper.createValidation(
                            constraint, new CellRangeAddressList(1, 5000, dropDown.column(), dropDown.column()));
                    validation.setShowErrorBox(true);
                    validation.setSuppressDropDownArrow(true);
                    sheet.addValidationData(validation);
                }
            }
            workbook.write(out);
            if (workbook instanceof SXSSFWorkbook streaming) {
                streaming.close();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
