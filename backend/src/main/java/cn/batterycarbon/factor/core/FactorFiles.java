package cn.batterycarbon.factor.core;

import cn.batterycarbon.platform.files.FileLimits;
import cn.batterycarbon.platform.files.FileProblem;
import cn.batterycarbon.platform.files.FileRefusedException;
import cn.batterycarbon.platform.files.SpreadsheetReader;
import cn.batterycarbon.platform.files.SpreadsheetWriter;
import cn.batterycarbon.platform.files.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the factor exchange file through the platform's one reader and writer
 * ({@link SpreadsheetReader}: CSV in UTF-8 or GB18030, XLSX streamed, first sheet; {@link
 * SpreadsheetWriter}). The first row holds the {@link FactorColumn} headers; columns may come in
 * any order.
 */
public final class FactorFiles {

    /** Largest file accepted by default, in bytes (the platform's file limit, 20 MB). */
    public static final long MAX_BYTES = FileLimits.DEFAULT.maxBytes();

    /** Most factor rows one file may hold. */
    public static final int MAX_ROWS = 100_000;

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
        return read(content, FileLimits.DEFAULT);
    }

    /** The first sheet (or the CSV file) through the platform's one reader, at most {@value #MAX_ROWS} rows. */
    public static ReadResult read(byte[] content, FileLimits limits) {
        Table table;
        try {
            table = SpreadsheetReader.readFirst(content, limits.withMaxRows(Math.min(MAX_ROWS, limits.maxRows())));
        } catch (FileRefusedException e) {
            return failed(
                    e.problem().row(), e.problem().messageKey(), e.problem().arguments());
        }
        List<FileProblem> formulas = table.formulasWithoutValue();
        if (!formulas.isEmpty()) {
            List<FactorProblem> problems = new ArrayList<>();
            for (FileProblem p : formulas) {
                problems.add(new FactorProblem(p.row(), null, p.messageKey(), p.arguments()));
            }
            return new ReadResult(List.of(), problems);
        }
        return rows(table.rows());
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
        return SpreadsheetWriter.csv(table(rows, false));
    }

    /** Writes factor rows as an XLSX workbook with one sheet; the value column holds numbers. */
    public static byte[] writeXlsx(List<Map<FactorColumn, String>> rows, String sheetName) {
        return SpreadsheetWriter.xlsx(List.of(SpreadsheetWriter.SheetData.of(sheetName, table(rows, true))));
    }

    private static List<List<Object>> table(List<Map<FactorColumn, String>> rows, boolean numericValues) {
        FactorColumn[] columns = FactorColumn.values();
        List<List<Object>> table = new ArrayList<>(rows.size() + 1);
        List<Object> header = new ArrayList<>(columns.length);
        for (FactorColumn column : columns) {
            header.add(column.header());
        }
        table.add(header);
        for (Map<FactorColumn, String> values : rows) {
            List<Object> row = new ArrayList<>(columns.length);
            for (FactorColumn column : columns) {
                String text = values.getOrDefault(column, "");
                // a double is what a spreadsheet holds; the CSV export carries the exact decimal
                row.add(numericValues && column == FactorColumn.VALUE && !text.isEmpty() ? new BigDecimal(text) : text);
            }
            table.add(row);
        }
        return table;
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
        return failed(0, key, arguments);
    }

    private static ReadResult failed(int row, String key, Object... arguments) {
        return new ReadResult(List.of(), List.of(new FactorProblem(row, null, key, arguments)));
    }
}
