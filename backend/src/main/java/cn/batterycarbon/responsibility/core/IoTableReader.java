package cn.batterycarbon.responsibility.core;

import cn.batterycarbon.platform.numbers.NumberRefusedException;
import cn.batterycarbon.platform.numbers.Numbers;
import cn.batterycarbon.platform.numbers.NumericDomain;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an input-output table from a grid of cells (the rows of a CSV file or of a spreadsheet's
 * first sheet). Two layouts are accepted:
 *
 * <ul>
 *   <li>{@link Layout#NBS_COMPETITIVE}: the National Bureau of Statistics competitive-import layout
 *       of {@code china_2020_153.csv} (columns {@code Code, Description, DescriptionInChinese},
 *       sector codes, {@code TIU, FU101 … EX, TFU, IM, GO}; rows sector codes, {@code TII,
 *       VA001 … VA004, TVA, TI}), imports positive in the file and stored negative;
 *   <li>{@link Layout#GENERIC}: one row per sector with columns {@code code, name_zh, name_en}, one
 *       column per sector code (sales to that sector), final-demand columns named after {@link
 *       FinalDemandCategory} (imports negative), value-added columns named after {@link
 *       ValueAddedComponent}, and {@code GROSS_OUTPUT}.
 * </ul>
 *
 * Every problem names its row (1-based, as a spreadsheet shows it) and column.
 */
public final class IoTableReader {

    public enum Layout {
        NBS_COMPETITIVE,
        GENERIC
    }

    /** The table and the layout it was read in. */
    public record ReadTable(IoTable table, Layout layout) {}

    private static final Map<String, FinalDemandCategory> NBS_FINAL_DEMAND = Map.of(
            "FU101", FinalDemandCategory.RURAL_HOUSEHOLDS,
            "FU102", FinalDemandCategory.URBAN_HOUSEHOLDS,
            "FU103", FinalDemandCategory.GOVERNMENT,
            "FU201", FinalDemandCategory.GROSS_FIXED_CAPITAL_FORMATION,
            "FU202", FinalDemandCategory.INVENTORY_CHANGE,
            "EX", FinalDemandCategory.EXPORTS);
    private static final Map<String, ValueAddedComponent> NBS_VALUE_ADDED = Map.of(
            "VA001", ValueAddedComponent.COMPENSATION,
            "VA002", ValueAddedComponent.NET_TAXES,
            "VA003", ValueAddedComponent.DEPRECIATION,
            "VA004", ValueAddedComponent.OPERATING_SURPLUS);
    private static final Set<String> NBS_SUBTOTAL_COLUMNS = Set.of("TIU", "THC", "TC", "GCF", "TFU", "IM", "GO");
    private static final Set<String> NBS_EXTRA_ROWS = Set.of("TII", "VA001", "VA002", "VA003", "VA004", "TVA", "TI");
    private static final String GROSS_OUTPUT = "GROSS_OUTPUT";

    private IoTableReader() {}

    public static ReadTable read(List<List<String>> rows) {
        List<List<String>> grid = withoutBlankRows(rows);
        if (grid.size() < 2) {
            throw new IoTableException("responsibility.io.empty");
        }
        List<String> header = trimmed(grid.get(0));
        if (!header.isEmpty() && header.get(0).equalsIgnoreCase("Code") && header.contains("GO")) {
            return new ReadTable(readNbs(grid, header), Layout.NBS_COMPETITIVE);
        }
        if (!header.isEmpty() && header.get(0).equalsIgnoreCase("code") && header.contains(GROSS_OUTPUT)) {
            return new ReadTable(readGeneric(grid, header), Layout.GENERIC);
        }
        throw new IoTableException("responsibility.io.unknownLayout");
    }

    private static List<List<String>> withoutBlankRows(List<List<String>> rows) {
        List<List<String>> kept = new ArrayList<>();
        for (List<String> row : rows) {
            boolean blank = row.stream().allMatch(c -> c == null || c.isBlank());
            kept.add(blank ? null : row);
        }
        // keep positions for row numbers; trailing blanks removed
        int end = kept.size();
        while (end > 0 && kept.get(end - 1) == null) {
            end--;
        }
        return kept.subList(0, end);
    }

    private static List<String> trimmed(List<String> row) {
        List<String> out = new ArrayList<>(row.size());
        for (String cell : row) {
            out.add(cell == null ? "" : cell.strip().replace("\uFEFF", ""));
        }
        return out;
    }

    private static IoTable readNbs(List<List<String>> grid, List<String> header) {
        Map<String, Integer> column = columnIndex(header);
        int tiu = require(column, "TIU");
        for (String name : List.of("FU101", "FU102", "FU103", "FU201", "FU202", "EX", "TFU", "IM", "GO")) {
            require(column, name);
        }
        List<String> matrixCodes = header.subList(3, tiu);
        int n = matrixCodes.size();
        Map<String, Integer> position = new HashMap<>();
        for (int j = 0; j < n; j++) {
            if (position.put(matrixCodes.get(j), j) != null) {
                throw new IoTableException("responsibility.io.duplicateCode", matrixCodes.get(j));
            }
        }
        Sector[] sectors = new Sector[n];
        int[][] cols = new int[n][];
        double[][] vals = new double[n][];
        double[][] finalDemand = new double[FinalDemandCategory.values().length][n];
        double[][] valueAdded = new double[ValueAddedComponent.values().length][n];
        double[] grossOutput = new double[n];
        Set<String> extraSeen = new HashSet<>();
        for (int r = 1; r < grid.size(); r++) {
            if (grid.get(r) == null) {
                continue;
            }
            List<String> row = trimmed(grid.get(r));
            int rowNumber = r + 1;
            String code = cell(row, 0);
            Integer i = position.get(code);
            if (i != null) {
                if (sectors[i] != null) {
                    throw new IoTableException("responsibility.io.duplicateCode", code);
                }
                sectors[i] = new Sector(code, cell(row, 2), cell(row, 1));
                double[] sales = new double[n];
                for (int j = 0; j < n; j++) {
                    sales[j] = number(row, 3 + j, rowNumber, header);
                    if (sales[j] < 0) {
                        throw new IoTableException(
                                "responsibility.io.negativeSales", rowNumber, header.get(3 + j), cell(row, 3 + j));
                    }
                }
                cols[i] = indices(n);
                vals[i] = sales;
                double named = 0.0;
                for (Map.Entry<String, FinalDemandCategory> e : NBS_FINAL_DEMAND.entrySet()) {
                    double v = number(row, column.get(e.getKey()), rowNumber, header);
                    finalDemand[e.getValue().ordinal()][i] = v;
                    named += v;
                }
                double totalFinalUse = number(row, column.get("TFU"), rowNumber, header);
                double other = totalFinalUse - named;
                // Whatever final use the named columns do not explain (statistical discrepancy).
                finalDemand[FinalDemandCategory.OTHER.ordinal()][i] =
                        Math.abs(other) <= 1e-9 * Math.max(1.0, Math.abs(totalFinalUse)) ? 0.0 : other;
                finalDemand[FinalDemandCategory.IMPORTS.ordinal()][i] =
                        -number(row, column.get("IM"), rowNumber, header);
                grossOutput[i] = number(row, column.get("GO"), rowNumber, header);
            } else if (NBS_EXTRA_ROWS.contains(code)) {
                if (!extraSeen.add(code)) {
                    throw new IoTableException("responsibility.io.duplicateCode", code);
                }
                ValueAddedComponent component = NBS_VALUE_ADDED.get(code);
                if (component != null) {
                    for (int j = 0; j < n; j++) {
                        valueAdded[component.ordinal()][j] = number(row, 3 + j, rowNumber, header);
                    }
                }
            } else {
                throw new IoTableException("responsibility.io.unknownRow", rowNumber, code);
            }
        }
        for (int j = 0; j < n; j++) {
            if (sectors[j] == null) {
                throw new IoTableException("responsibility.io.missingRow", matrixCodes.get(j));
            }
        }
        for (String code : NBS_VALUE_ADDED.keySet()) {
            if (!extraSeen.contains(code)) {
                throw new IoTableException("responsibility.io.missingRow", code);
            }
        }
        return new IoTable(List.of(sectors), SparseMatrix.ofRows(n, cols, vals), finalDemand, valueAdded, grossOutput);
    }

    private static IoTable readGeneric(List<List<String>> grid, List<String> header) {
        Map<String, Integer> column = columnIndex(header);
        require(column, "name_zh");
        require(column, "name_en");
        Set<String> reserved = new HashSet<>(List.of("code", "name_zh", "name_en", GROSS_OUTPUT));
        Map<FinalDemandCategory, Integer> fdColumns = new EnumMap<>(FinalDemandCategory.class);
        for (FinalDemandCategory c : FinalDemandCategory.values()) {
            reserved.add(c.name());
            if (column.containsKey(c.name())) {
                fdColumns.put(c, column.get(c.name()));
            }
        }
        Map<ValueAddedComponent, Integer> vaColumns = new EnumMap<>(ValueAddedComponent.class);
        for (ValueAddedComponent c : ValueAddedComponent.values()) {
            reserved.add(c.name());
            vaColumns.put(c, require(column, c.name()));
        }
        LinkedHashMap<String, Integer> matrixColumns = new LinkedHashMap<>();
        for (int h = 0; h < header.size(); h++) {
            String name = header.get(h);
            if (!reserved.contains(name) && !reserved.contains(name.toLowerCase(Locale.ROOT))) {
                if (name.isEmpty()) {
                    throw new IoTableException("responsibility.io.blankHeader", h + 1);
                }
                matrixColumns.put(name, h);
            }
        }
        List<Sector> sectors = new ArrayList<>();
        List<List<String>> sectorRows = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int r = 1; r < grid.size(); r++) {
            if (grid.get(r) == null) {
                continue;
            }
            List<String> row = trimmed(grid.get(r));
            String code = cell(row, 0);
            if (code.isEmpty()) {
                throw new IoTableException("responsibility.io.blankCode", r + 1);
            }
            if (!codes.add(code)) {
                throw new IoTableException("responsibility.io.duplicateCode", code);
            }
            if (!matrixColumns.containsKey(code)) {
                throw new IoTableException("responsibility.io.missingColumn", code);
            }
            sectors.add(new Sector(code, cell(row, column.get("name_zh")), cell(row, column.get("name_en"))));
            sectorRows.add(row);
            rowNumbers.add(r + 1);
        }
        for (String code : matrixColumns.keySet()) {
            if (!codes.contains(code)) {
                throw new IoTableException("responsibility.io.missingRow", code);
            }
        }
        int n = sectors.size();
        int[][] cols = new int[n][];
        double[][] vals = new double[n][];
        double[][] finalDemand = new double[FinalDemandCategory.values().length][n];
        double[][] valueAdded = new double[ValueAddedComponent.values().length][n];
        double[] grossOutput = new double[n];
        for (int i = 0; i < n; i++) {
            List<String> row = sectorRows.get(i);
            int rowNumber = rowNumbers.get(i);
            cols[i] = indices(n);
            vals[i] = new double[n];
            for (int j = 0; j < n; j++) {
                int h = matrixColumns.get(sectors.get(j).code());
                vals[i][j] = number(row, h, rowNumber, header);
                if (vals[i][j] < 0) {
                    throw new IoTableException(
                            "responsibility.io.negativeSales", rowNumber, header.get(h), cell(row, h));
                }
            }
            for (Map.Entry<FinalDemandCategory, Integer> e : fdColumns.entrySet()) {
                finalDemand[e.getKey().ordinal()][i] = number(row, e.getValue(), rowNumber, header);
            }
            for (Map.Entry<ValueAddedComponent, Integer> e : vaColumns.entrySet()) {
                valueAdded[e.getKey().ordinal()][i] = number(row, e.getValue(), rowNumber, header);
            }
            grossOutput[i] = number(row, column.get(GROSS_OUTPUT), rowNumber, header);
        }
        return new IoTable(sectors, SparseMatrix.ofRows(n, cols, vals), finalDemand, valueAdded, grossOutput);
    }

    private static int[] indices(int n) {
        int[] out = new int[n];
        for (int j = 0; j < n; j++) {
            out[j] = j;
        }
        return out;
    }

    private static Map<String, Integer> columnIndex(List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        for (int h = 0; h < header.size(); h++) {
            String name = header.get(h);
            if (index.containsKey(name) && !name.isEmpty()) {
                throw new IoTableException("responsibility.io.duplicateColumn", name);
            }
            index.put(name, h);
        }
        return index;
    }

    private static int require(Map<String, Integer> column, String name) {
        Integer index = column.get(name);
        if (index == null) {
            throw new IoTableException("responsibility.io.missingColumn", name);
        }
        return index;
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() ? row.get(index) : "";
    }

    private static double number(List<String> row, int index, int rowNumber, List<String> header) {
        String text = cell(row, index);
        if (text.isEmpty()) {
            return 0.0;
        }
        try {
            return Numbers.parse(text, NumericDomain.AMOUNT).doubleValue();
        } catch (NumberRefusedException e) {
            if (e.messageKey().equals("number.format") || e.messageKey().equals("number.notFinite")) {
                throw new IoTableException("responsibility.io.notNumeric", rowNumber, header.get(index), text);
            }
            throw new IoTableException("responsibility.io.number", rowNumber, header.get(index), e);
        }
    }
}
