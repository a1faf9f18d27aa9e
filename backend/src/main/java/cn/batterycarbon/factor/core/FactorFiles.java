package cn.batterycarbon.factor.core;

import cn.batterycarbon.platform.files.TextFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads and writes the factor exchange file: CSV (UTF-8 with or without byte-order mark, or
 * GB18030 as Chinese Excel saves it; parsed by Apache Commons CSV) or XLSX (first sheet; Apache
 * POI). The first row holds the {@link FactorColumn} headers; columns may come in any order.
 */
public final class FactorFiles {

    /** Largest file accepted, in bytes (20 MB, as the upload limit of the web server). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** Most factor rows one file may hold. */
    public static final int MAX_ROWS = 100_000;

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private FactorFiles() {}

    /** A data row of the file with its row number as a spreadsheet shows it (header = 1). */
    public record FileRow(int row, Map<FactorColumn, String> cells) {}

    /** Either the rows or the problems that make the whole file unreadable. */
    public record ReadResult(List<FileRow> rows, List<FactorProblem> problems) {}

    public enum Format {
        CSV,
        XLSX
    }

    public static ReadResult read(byte[] content) {
        List<FactorProblem> problems = new ArrayList<>();
        if (content.length == 0) {
            return failed("factor.file.empty");
        }
        if (content.length > MAX_BYTES) {
            return failed("factor.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (TextFiles.isZip(content)) {
            return readXlsx(content);
        }
        if (TextFiles.isOle2(content)) {
            return failed("factor.file.xls");
        }
        String text;
        try {
            text = TextFiles.decode(content);
        } catch (CharacterCodingException e) {
            return failed("factor.file.encoding");
        }
        List<List<String>> table = new ArrayList<>();
        try (CSVParser parser =
                CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                table.add(record.toList());
                if (table.size() > MAX_ROWS + 1) {
                    return failed("factor.file.tooManyRows", MAX_ROWS);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(new FactorProblem(0, null, "factor.file.csvSyntax", message(e)));
            return new ReadResult(List.of(), problems);
        }
        return rows(table);
    }

    private static ReadResult readXlsx(byte[] content) {
        List<List<String>> table = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return failed("factor.file.empty");
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                return failed("factor.file.tooManyRows", MAX_ROWS);
            }
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(cellText(row.getCell(c), formatter));
                    }
                }
                table.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            return failed("factor.file.xlsxUnreadable");
        }
        return rows(table);
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            // the exact double Excel stored, not the rounded text its number format shows
            case NUMERIC ->
                BigDecimal.valueOf(cell.getNumericCellValue())
                        .stripTrailingZeros()
                        .toPlainString();
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case ERROR -> formatter.formatCellValue(cell);
            default -> "";
        };
    }

    private static ReadResult rows(List<List<String>> table) {
        if (table.isEmpty() || table.get(0).stream().allMatch(String::isBlank)) {
            return failed("factor.file.noHeader");
        }
        List<String> header = table.get(0);
        Map<Integer, FactorColumn> positions = new java.util.HashMap<>();
        List<FactorProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name == null || name.isBlank()) {
                continue;
            }
            FactorColumn column =
                    FactorColumn.ofHeader(name.replace("\uFEFF", "")).orElse(null);
            if (column == null) {
                problems.add(new FactorProblem(1, null, "factor.file.unknownColumn", name.strip()));
            } else if (positions.containsValue(column)) {
                problems.add(new FactorProblem(1, column, "factor.file.duplicateColumn", column.header()));
            } else {
                positions.put(i, column);
            }
        }
        for (FactorColumn column : FactorColumn.values()) {
            if (column.required() && !positions.containsValue(column)) {
                problems.add(new FactorProblem(1, column, "factor.file.missingColumn", column.header()));
            }
        }
        if (!problems.isEmpty()) {
            return new ReadResult(List.of(), problems);
        }
        List<FileRow> rows = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> values = table.get(r);
            if (values.stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            Map<FactorColumn, String> cells = new EnumMap<>(FactorColumn.class);
            for (Map.Entry<Integer, FactorColumn> position : positions.entrySet()) {
                int index = position.getKey();
                cells.put(position.getValue(), index < values.size() ? values.get(index) : "");
            }
            rows.add(new FileRow(r + 1, cells));
        }
        if (rows.isEmpty()) {
            return failed("factor.file.noRows");
        }
        return new ReadResult(rows, List.of());
    }

    /** Writes factor rows as a CSV in UTF-8 with a byte-order mark, which Excel opens correctly. */
    public static byte[] writeCsv(List<Map<FactorColumn, String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            out.write(UTF8_BOM);
            try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
                for (FactorColumn column : FactorColumn.values()) {
                    printer.print(column.header());
                }
                printer.println();
                for (Map<FactorColumn, String> row : rows) {
                    for (FactorColumn column : FactorColumn.values()) {
                        printer.print(row.getOrDefault(column, ""));
                    }
                    printer.println();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes factor rows as an XLSX workbook with one sheet; the value column holds numbers. */
    public static byte[] writeXlsx(List<Map<FactorColumn, String>> rows, String sheetName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            Row header = sheet.createRow(0);
            FactorColumn[] columns = FactorColumn.values();
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c].header());
            }
            int r = 1;
            for (Map<FactorColumn, String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < columns.length; c++) {
                    String text = values.getOrDefault(columns[c], "");
                    Cell cell = row.createCell(c);
                    if (columns[c] == FactorColumn.VALUE && !text.isEmpty()) {
                        // a double is what a spreadsheet holds; the CSV export carries the exact decimal
                        cell.setCellValue(new BigDecimal(text).doubleValue());
                    } else {
                        cell.setCellValue(text);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells of an entry as the exchange file writes them. */
    public static Map<FactorColumn, String> cells(FactorEntry entry) {
        Map<FactorColumn, String> cells = new EnumMap<>(FactorColumn.class);
        cells.put(FactorColumn.CODE, entry.code());
        cells.put(FactorColumn.CATEGORY, entry.category().name());
        cells.put(FactorColumn.NAME_ZH, entry.nameZh());
        cells.put(FactorColumn.NAME_EN, entry.nameEn());
        cells.put(FactorColumn.VALUE, entry.value().toPlainString());
        cells.put(FactorColumn.UNIT, entry.unit());
        cells.put(FactorColumn.GEOGRAPHY, entry.geography());
        cells.put(FactorColumn.YEAR, Integer.toString(entry.year()));
        cells.put(FactorColumn.SOURCE, entry.sourceCitation());
        cells.put(FactorColumn.SOURCE_URL, nullToEmpty(entry.sourceUrl()));
        FactorEntry.Pedigree p = entry.pedigree();
        cells.put(FactorColumn.PEDIGREE_RELIABILITY, number(p.reliability()));
        cells.put(FactorColumn.PEDIGREE_COMPLETENESS, number(p.completeness()));
        cells.put(FactorColumn.PEDIGREE_TEMPORAL, number(p.temporal()));
        cells.put(FactorColumn.PEDIGREE_GEOGRAPHICAL, number(p.geographical()));
        cells.put(FactorColumn.PEDIGREE_TECHNOLOGICAL, number(p.technological()));
        FactorEntry.Uncertainty u = entry.uncertainty();
        cells.put(FactorColumn.UNCERTAINTY_DISTRIBUTION, u == null ? "" : u.distribution());
        cells.put(FactorColumn.UNCERTAINTY_A, u == null || u.a() == null ? "" : u.a().toPlainString());
        cells.put(FactorColumn.UNCERTAINTY_B, u == null || u.b() == null ? "" : u.b().toPlainString());
        cells.put(FactorColumn.NOTE, nullToEmpty(entry.note()));
        cells.put(
                FactorColumn.FAMILY,
                cn.batterycarbon.factor.FactorFamily.of(entry.code()).name());
        return cells;
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static ReadResult failed(String key, Object... arguments) {
        return new ReadResult(List.of(), List.of(new FactorProblem(0, null, key, arguments)));
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
