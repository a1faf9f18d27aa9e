package cn.batterycarbon.declaration.imports;

import cn.batterycarbon.footprint.core.LifeCycleStage;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads activity-data files (an .xlsx workbook with one sheet per stage, or a CSV file with a stage
 * column) into rows, and writes the downloadable templates. Validation of the values is {@link
 * LineValidator}'s job; this class only finds sheets, headers and cells.
 */
public final class LineFiles {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final int MAX_ROWS = 200_000;
    public static final String CSV_SHEET = "CSV";

    /** One non-blank data row. */
    public record FileRow(String sheet, int row, LifeCycleStage stage, Map<LineColumn, String> cells) {}

    public record ReadResult(List<FileRow> rows, List<UploadProblem> problems) {}

    private static final Map<LifeCycleStage, String> SHEET_ZH = Map.of(
            LifeCycleStage.RAW_MATERIAL_EXTRACTION, "材料获取",
            LifeCycleStage.MAIN_PRODUCTION, "电池制造",
            LifeCycleStage.DISTRIBUTION, "分销运输",
            LifeCycleStage.RECYCLING, "回收利用");

    private LineFiles() {}

    /** The sheet name of a stage in the template, e.g. {@code 材料获取 RawMaterialExtraction}. */
    public static String sheetName(LifeCycleStage stage) {
        return SHEET_ZH.get(stage) + " " + stage.batteryPassName();
    }

    static LifeCycleStage stageOf(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        for (LifeCycleStage stage : LifeCycleStage.values()) {
            if (value.equalsIgnoreCase(sheetName(stage))
                    || value.equals(SHEET_ZH.get(stage))
                    || value.startsWith(SHEET_ZH.get(stage) + " ")) {
                return stage;
            }
        }
        return LifeCycleStage.parse(value).orElse(null);
    }

    public static ReadResult read(byte[] content) {
        if (content.length == 0) {
            return failed("declaration.upload.empty");
        }
        if (content.length > MAX_BYTES) {
            return failed("declaration.upload.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (TextFiles.isZip(content)) {
            return readXlsx(content);
        }
        if (TextFiles.isOle2(content)) {
            return failed("declaration.upload.xls");
        }
        String text;
        try {
            text = TextFiles.decode(content);
        } catch (CharacterCodingException e) {
            return failed("declaration.upload.encoding");
        }
        List<List<String>> table = new ArrayList<>();
        try (CSVParser parser =
                CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                table.add(record.toList());
                if (table.size() > MAX_ROWS + 1) {
                    return failed("declaration.upload.tooManyRows", MAX_ROWS);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return failed("declaration.upload.csvSyntax", String.valueOf(e.getMessage()));
        }
        List<UploadProblem> problems = new ArrayList<>();
        List<FileRow> rows = new ArrayList<>(Math.max(0, table.size() - 1));
        table(CSV_SHEET, null, table, rows, problems);
        return new ReadResult(rows, problems);
    }

    private static ReadResult readXlsx(byte[] content) {
        List<UploadProblem> problems = new ArrayList<>();
        List<FileRow> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            int stageSheets = 0;
            for (Sheet sheet : workbook) {
                LifeCycleStage stage = stageOf(sheet.getSheetName());
                if (stage == null) {
                    if (isBlank(sheet, formatter) || sheet.getSheetName().startsWith(INSTRUCTIONS)) {
                        continue;
                    }
                    problems.add(new UploadProblem(
                            sheet.getSheetName(), 0, null, "declaration.upload.unknownSheet", sheet.getSheetName()));
                    continue;
                }
                stageSheets++;
                if (sheet.getLastRowNum() > MAX_ROWS) {
                    return failed("declaration.upload.tooManyRows", MAX_ROWS);
                }
                List<List<String>> table = new ArrayList<>();
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
                table(sheet.getSheetName(), stage, table, rows, problems);
            }
            if (stageSheets == 0 && problems.isEmpty()) {
                problems.add(UploadProblem.file("declaration.upload.noStageSheet"));
            }
        } catch (IOException | RuntimeException e) {
            return failed("declaration.upload.xlsxUnreadable");
        }
        return new ReadResult(rows, problems);
    }

    private static final String INSTRUCTIONS = "说明";

    private static boolean isBlank(Sheet sheet, DataFormatter formatter) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (!formatter.formatCellValue(cell).isBlank()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void table(
            String sheet,
            LifeCycleStage sheetStage,
            List<List<String>> table,
            List<FileRow> rows,
            List<UploadProblem> problems) {
        int headerIndex = 0;
        while (headerIndex < table.size() && blank(table.get(headerIndex))) {
            headerIndex++;
        }
        if (headerIndex >= table.size()) {
            if (sheetStage == null) {
                problems.add(UploadProblem.file("declaration.upload.empty"));
            }
            return;
        }
        List<String> header = table.get(headerIndex);
        LineColumn[] columns = new LineColumn[header.size()];
        Map<LineColumn, Integer> seen = new EnumMap<>(LineColumn.class);
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (name == null || name.isBlank()) {
                continue;
            }
            LineColumn column = LineColumn.parse(name).orElse(null);
            if (column == null) {
                problems.add(new UploadProblem(
                        sheet, headerIndex + 1, name.strip(), "declaration.upload.unknownColumn", name.strip()));
            } else if (seen.containsKey(column)) {
                problems.add(new UploadProblem(
                        sheet, headerIndex + 1, column.header(), "declaration.upload.duplicateColumn"));
            } else {
                seen.put(column, c);
                columns[c] = column;
            }
        }
        for (LineColumn required : List.of(LineColumn.CATEGORY, LineColumn.DESCRIPTION)) {
            if (!seen.containsKey(required)) {
                problems.add(new UploadProblem(
                        sheet, headerIndex + 1, required.header(), "declaration.upload.missingColumn"));
            }
        }
        if (sheetStage == null && !seen.containsKey(LineColumn.STAGE)) {
            problems.add(new UploadProblem(
                    sheet, headerIndex + 1, LineColumn.STAGE.header(), "declaration.upload.missingColumn"));
        }
        if (!problems.isEmpty()) {
            return;
        }
        for (int r = headerIndex + 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (blank(cells)) {
                continue;
            }
            Map<LineColumn, String> values = new EnumMap<>(LineColumn.class);
            for (int c = 0; c < cells.size(); c++) {
                if (c < columns.length && columns[c] != null) {
                    String value = cells.get(c);
                    if (value != null && !value.isBlank()) {
                        values.put(columns[c], value);
                    }
                } else if (cells.get(c) != null && !cells.get(c).isBlank()) {
                    problems.add(new UploadProblem(sheet, r + 1, null, "declaration.upload.cellOutsideColumns", c + 1));
                }
            }
            LifeCycleStage stage = sheetStage;
            if (stage == null) {
                String stageText = values.get(LineColumn.STAGE);
                stage = stageOf(stageText);
                if (stage == null) {
                    problems.add(new UploadProblem(
                            sheet,
                            r + 1,
                            LineColumn.STAGE.header(),
                            stageText == null ? "declaration.line.required" : "declaration.upload.unknownStage",
                            String.valueOf(stageText)));
                    continue;
                }
            } else if (values.containsKey(LineColumn.STAGE) && stageOf(values.get(LineColumn.STAGE)) != sheetStage) {
                problems.add(new UploadProblem(
                        sheet,
                        r + 1,
                        LineColumn.STAGE.header(),
                        "declaration.upload.stageMismatch",
                        values.get(LineColumn.STAGE)));
                continue;
            }
            rows.add(new FileRow(sheet, r + 1, stage, values));
        }
    }

    private static boolean blank(List<String> cells) {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
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

    private static ReadResult failed(String key, Object... arguments) {
        return new ReadResult(List.of(), List.of(UploadProblem.file(key, arguments)));
    }

    /** Header row (and column order) of a stage's sheet. */
    public static List<LineColumn> columns(boolean withStage) {
        List<LineColumn> columns = new ArrayList<>(List.of(LineColumn.values()));
        if (!withStage) {
            columns.remove(LineColumn.STAGE);
        }
        return columns;
    }

    /**
     * A workbook with one sheet per stage (rows of {@code examples} go to their stage's sheet) and
     * an instructions sheet.
     */
    public static byte[] writeXlsx(
            Map<LifeCycleStage, List<Map<LineColumn, String>>> rowsByStage, List<String> instructions) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<LineColumn> columns = columns(false);
            for (LifeCycleStage stage : LifeCycleStage.values()) {
                Sheet sheet = workbook.createSheet(sheetName(stage));
                Row header = sheet.createRow(0);
                for (int c = 0; c < columns.size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(columns.get(c).header());
                    cell.setCellStyle(bold);
                    sheet.setColumnWidth(c, 22 * 256);
                }
                int r = 1;
                for (Map<LineColumn, String> values : rowsByStage.getOrDefault(stage, List.of())) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < columns.size(); c++) {
                        String value = values.get(columns.get(c));
                        if (value == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if ((columns.get(c) == LineColumn.QUANTITY || columns.get(c) == LineColumn.FACTOR_VALUE)
                                && value.matches("-?\\d+(\\.\\d+)?")) {
                            cell.setCellValue(Double.parseDouble(value));
                        } else {
                            cell.setCellValue(value);
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
            }
            Sheet help = workbook.createSheet(INSTRUCTIONS + " Instructions");
            for (int i = 0; i < instructions.size(); i++) {
                help.createRow(i).createCell(0).setCellValue(instructions.get(i));
            }
            help.setColumnWidth(0, 120 * 256);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A UTF-8 CSV file (with byte-order mark, so that Excel opens it correctly) with a stage column. */
    public static byte[] writeCsv(List<Map<LineColumn, String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write('\uFEFF');
            List<LineColumn> columns = columns(true);
            printer.printRecord(columns.stream().map(LineColumn::header).toList());
            for (Map<LineColumn, String> row : rows) {
                List<String> values = new ArrayList<>();
                for (LineColumn column : columns) {
                    values.add(row.getOrDefault(column, ""));
                }
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The cells of a template example row. */
    public static Map<LineColumn, String> row(Object... columnValuePairs) {
        Map<LineColumn, String> row = new LinkedHashMap<>();
        for (int i = 0; i < columnValuePairs.length; i += 2) {
            row.put((LineColumn) columnValuePairs[i], String.valueOf(columnValuePairs[i + 1]));
        }
        return row;
    }
}
