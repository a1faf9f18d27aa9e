package cn.batterycarbon.responsibility.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An input-output table: sectors, intermediate sales {@code T} (row sells to column), final demand
 * per category (imports negative), value added per component, and gross output. Immutable; the
 * constructor checks the two accounting identities (row: sales + net final demand = output;
 * column: purchases + value added = output) and names every sector that fails.
 */
public final class IoTable {

    /** Relative tolerance of the accounting identities; published tables are rounded. */
    public static final double BALANCE_TOLERANCE = 1e-6;

    private final List<Sector> sectors;
    private final Map<String, Integer> indexByCode;
    private final SparseMatrix intermediate;
    private final double[][] finalDemand;
    private final double[][] valueAdded;
    private final double[] grossOutput;

    /**
     * @param finalDemand {@code [category ordinal][sector]}
     * @param valueAdded {@code [component ordinal][sector]}
     */
    public IoTable(
            List<Sector> sectors,
            SparseMatrix intermediate,
            double[][] finalDemand,
            double[][] valueAdded,
            double[] grossOutput) {
        int n = sectors.size();
        if (n == 0) {
            throw new IoTableException("responsibility.io.empty");
        }
        if (intermediate.size() != n
                || grossOutput.length != n
                || finalDemand.length != FinalDemandCategory.values().length
                || valueAdded.length != ValueAddedComponent.values().length) {
            throw new IllegalArgumentException("inconsistent dimensions");
        }
        this.sectors = List.copyOf(sectors);
        this.indexByCode = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (indexByCode.put(sectors.get(i).code(), i) != null) {
                throw new IoTableException(
                        "responsibility.io.duplicateCode", sectors.get(i).code());
            }
        }
        this.intermediate = intermediate;
        this.finalDemand = copy(finalDemand, n);
        this.valueAdded = copy(valueAdded, n);
        this.grossOutput = grossOutput.clone();
        checkBalance();
    }

    private static double[][] copy(double[][] rows, int n) {
        double[][] out = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != n) {
                throw new IllegalArgumentException("inconsistent dimensions");
            }
            out[r] = rows[r].clone();
        }
        return out;
    }

    private void checkBalance() {
        double[] columnSums = intermediate.columnSums();
        List<String> failing = new ArrayList<>();
        for (int i = 0; i < sectors.size(); i++) {
            double x = grossOutput[i];
            double rowTotal = intermediate.rowSum(i) + netFinalDemand(i);
            double columnTotal = columnSums[i] + totalValueAdded(i);
            double tolerance = BALANCE_TOLERANCE * Math.max(1.0, Math.abs(x));
            boolean rowFails = !(Math.abs(rowTotal - x) <= tolerance);
            boolean columnFails = !(Math.abs(columnTotal - x) <= tolerance);
            if (rowFails || columnFails || x < 0) {
                failing.add(sectors.get(i).code()
                        + " (" + (rowFails ? "row " + format(rowTotal) : "")
                        + (rowFails && columnFails ? ", " : "")
                        + (columnFails ? "column " + format(columnTotal) : "")
                        + (x < 0 && !rowFails && !columnFails ? "negative" : "")
                        + " ≠ " + format(x) + ")");
            }
        }
        if (!failing.isEmpty()) {
            String shown = failing.size() > 20
                    ? String.join("; ", failing.subList(0, 20)) + "; … (+" + (failing.size() - 20) + ")"
                    : String.join("; ", failing);
            throw new IoTableException("responsibility.io.unbalanced", failing.size(), shown);
        }
    }

    private static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%.6g", value);
    }

    public int size() {
        return sectors.size();
    }

    public List<Sector> sectors() {
        return sectors;
    }

    public Sector sector(int index) {
        return sectors.get(index);
    }

    /** The index of a sector code, or -1. */
    public int indexOf(String code) {
        Integer index = indexByCode.get(code);
        return index == null ? -1 : index;
    }

    public SparseMatrix intermediate() {
        return intermediate;
    }

    public double finalDemand(int sector, FinalDemandCategory category) {
        return finalDemand[category.ordinal()][sector];
    }

    /** Net final demand {@code y_j}: all categories, imports included as negative. */
    public double netFinalDemand(int sector) {
        double sum = 0.0;
        for (double[] column : finalDemand) {
            sum += column[sector];
        }
        return sum;
    }

    public double valueAdded(int sector, ValueAddedComponent component) {
        return valueAdded[component.ordinal()][sector];
    }

    public double totalValueAdded(int sector) {
        double sum = 0.0;
        for (double[] row : valueAdded) {
            sum += row[sector];
        }
        return sum;
    }

    public double grossOutput(int sector) {
        return grossOutput[sector];
    }

    /** A copy of the final-demand columns, {@code [category][sector]}. */
    public double[][] finalDemandColumns() {
        return copy(finalDemand, size());
    }

    /** A copy of the value-added rows, {@code [component][sector]}. */
    public double[][] valueAddedRows() {
        return copy(valueAdded, size());
    }

    public double[] grossOutputs() {
        return grossOutput.clone();
    }
}
