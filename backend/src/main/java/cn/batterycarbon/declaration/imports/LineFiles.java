package cn.batterycarbon.declaration.imports;

import cn.batterycarbon.footprint.core.LifeCycleStage;
import cn.batterycarbon.platform.files.FileLimits;
import cn.batterycarbon.platform.files.FileProblem;
import cn.batterycarbon.platform.files.FileRefusedException;
import cn.batterycarbon.platform.files.SpreadsheetReader;
import cn.batterycarbon.platform.files.SpreadsheetWriter;
import cn.batterycarbon.platform.files.Table;
import cn.batterycarbon.platform.files.TextFiles;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads activity-data files (an .xlsx workbook with one sheet per stage, or a CSV file with a stage
 * column) into rows, and writes the downloadable templates. Validation of the values is {@link
 * LineValidator}'s job; this class only finds sheets, headers and cells.
 */
public final class LineFiles {

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
        return read(content, FileLimits.DEFAULT);
    }

    /** Reads every sheet through the platform's one reader; a refused file is one problem. */
    public static ReadResult read(byte[] content, FileLimits limits) {
        List<Table> tables;
        try {
            tables = SpreadsheetReader.read(content, limits, (name, index) -> true);
        } catch (FileRefusedException e) {
            return new ReadResult(List.of(), List.of(problem(e.problem())));
        }
        List<UploadProblem> problems = new ArrayList<>();
        List<FileRow> rows = new ArrayList<>();
        if (tables.size() == 1 && tables.get(0).sheet().equals(Table.CSV) && !TextFiles.isZip(content)) {
            Table csv = tables.get(0);
            csv.formulasWithoutValue().forEach(p -> problems.add(problem(p)));
            table(CSV_SHEET, null, csv.rows(), rows, problems);
            return new ReadResult(rows, problems);
        }
        int stageSheets = 0;
        for (Table sheet : tables) {
            LifeCycleStage stage = stageOf(sheet.sheet());
            if (stage == null) {
                if (blank(sheet)
                        || sheet.sheet().startsWith(INSTRUCTIONS)
                        || sheet.sheet().startsWith("_")) {
                    continue;
                }
                problems.add(
                        new UploadProblem(sheet.sheet(), 0, null, "declaration.upload.unknownSheet", sheet.sheet()));
                continue;
            }
            stageSheets++;
            sheet.formulasWithoutValue().forEach(p -> problems.add(problem(p)));
            table(sheet.sheet(), stage, sheet.rows(), rows, problems);
        }
        if (stageSheets == 0 && problems.isEmpty()) {
            problems.add(UploadProblem.file("declaration.upload.noStageSheet"));
        }
        return new ReadResult(rows, problems);
    }

    private static UploadProblem problem(FileProblem p) {
        return new UploadProblem(p.sheet(), p.row(), p.column(), p.messageKey(), p.arguments());
    }

    private static final String INSTRUCTIONS = "说明";

    private static boolean blank(Table sheet) {
        for (List<String> row : sheet.rows()) {
            if (!blank(row)) {
                return false;
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
                problems.add(UploadProblem.file("file.empty"));
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

    /** Header row (and column order) of a stage's sheet. */
    public static List<LineColumn> columns(boolean withStage) {
        List<LineColumn> columns = new ArrayList<>(List.of(LineColumn.values()));
        if (!withStage) {
            columns.remove(LineColumn.STAGE);
        }
        return columns;
    }

    /**
     * A workbook with one sheet per stage (rows of {@code rowsByStage} go to their stage's sheet; the
     * quantity and factor value as numbers), drop-down lists for the coded columns, and an
     * instructions sheet.
     */
    public static byte[] writeXlsx(
            Map<LifeCycleStage, List<Map<LineColumn, String>>> rowsByStage, List<String> instructions) {
        List<LineColumn> columns = columns(false);
        List<SpreadsheetWriter.DropDown> dropDowns = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            List<String> choices = choices(columns.get(c));
            if (!choices.isEmpty()) {
                dropDowns.add(new SpreadsheetWriter.DropDown(c, choices));
            }
        }
        List<SpreadsheetWriter.SheetData> sheets = new ArrayList<>();
        for (LifeCycleStage stage : LifeCycleStage.values()) {
            List<List<Object>> rows = new ArrayList<>();
            rows.add(new ArrayList<>(columns.stream().map(LineColumn::header).toList()));
            for (Map<LineColumn, String> values : rowsByStage.getOrDefault(stage, List.of())) {
                List<Object> row = new ArrayList<>(columns.size());
                for (LineColumn column : columns) {
                    String value = values.get(column);
                    boolean numeric = column == LineColumn.QUANTITY
                            || column == LineColumn.FACTOR_VALUE
                            || column == LineColumn.DISTANCE_KM
                            || column == LineColumn.MASS_KG;
                    row.add(
                            value != null && numeric && value.matches("-?\\d+(\\.\\d+)?")
                                    ? new BigDecimal(value)
                                    : value);
                }
                rows.add(row);
            }
            sheets.add(new SpreadsheetWriter.SheetData(
                    sheetName(stage), rows, true, java.util.Collections.nCopies(columns.size(), 22), dropDowns));
        }
        List<List<Object>> help = new ArrayList<>();
        instructions.forEach(line -> help.add(List.of(line)));
        sheets.add(
                new SpreadsheetWriter.SheetData(INSTRUCTIONS + " Instructions", help, false, List.of(120), List.of()));
        return SpreadsheetWriter.xlsx(sheets);
    }

    /** The values a coded column accepts, offered as a drop-down list in the template. */
    static List<String> choices(LineColumn column) {
        return switch (column) {
            case CATEGORY -> names(cn.batterycarbon.declaration.LineCategory.values());
            case UNIT ->
                List.copyOf(new java.util.TreeSet<>(cn.batterycarbon.platform.units.ActivityUnits.quantityUnits()));
            case ELECTRICITY_SUPPLY -> names(cn.batterycarbon.footprint.core.ElectricitySupply.values());
            case TRANSPORT_MODE -> names(cn.batterycarbon.declaration.TransportMode.values());
            case RECYCLING_ROUTE -> names(cn.batterycarbon.declaration.RecyclingRoute.values());
            case FACTOR_SOURCE -> List.of("COMPANY", "SUPPLIER");
            default -> List.of();
        };
    }

    private static List<String> names(Enum<?>[] values) {
        List<String> names = new ArrayList<>(values.length);
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }

    /** A UTF-8 CSV file (with byte-order mark, so that Excel opens it correctly) with a stage column. */
    public static byte[] writeCsv(List<Map<LineColumn, String>> rows) {
        List<LineColumn> columns = columns(true);
        List<List<Object>> table = new ArrayList<>(rows.size() + 1);
        table.add(new ArrayList<>(columns.stream().map(LineColumn::header).toList()));
        for (Map<LineColumn, String> row : rows) {
            List<Object> values = new ArrayList<>(columns.size());
            for (LineColumn column : columns) {
                values.add(row.getOrDefault(column, ""));
            }
            table.add(values);
        }
        return SpreadsheetWriter.csv(table);
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
