package cn.batterycarbon.responsibility.core;

import java.util.Arrays;

/**
 * A square matrix in compressed sparse row form (row i's entries are {@code values[rowStart[i] ..
 * rowStart[i+1])} at columns {@code columns[...]}, columns ascending). Input-output tables are
 * mostly zeros once they have hundreds of sectors, and the allocation only ever walks a sector's
 * sales row, so rows are what is stored.
 */
public final class SparseMatrix {

    private final int size;
    private final int[] rowStart;
    private final int[] columns;
    private final double[] values;

    private SparseMatrix(int size, int[] rowStart, int[] columns, double[] values) {
        this.size = size;
        this.rowStart = rowStart;
        this.columns = columns;
        this.values = values;
    }

    /** Builds the matrix from per-row column indices and values (zeros are dropped). */
    public static SparseMatrix ofRows(int size, int[][] rowColumns, double[][] rowValues) {
        int[] start = new int[size + 1];
        int count = 0;
        for (int i = 0; i < size; i++) {
            start[i] = count;
            for (double v : rowValues[i]) {
                if (v != 0.0) {
                    count++;
                }
            }
        }
        start[size] = count;
        int[] cols = new int[count];
        double[] vals = new double[count];
        int at = 0;
        for (int i = 0; i < size; i++) {
            int[] c = rowColumns[i];
            double[] v = rowValues[i];
            Integer[] order = new Integer[c.length];
            for (int e = 0; e < c.length; e++) {
                order[e] = e;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(c[a], c[b]));
            int previous = -1;
            for (int e : order) {
                if (c[e] < 0 || c[e] >= size) {
                    throw new IllegalArgumentException("column " + c[e] + " outside 0.." + (size - 1));
                }
                if (c[e] == previous) {
                    throw new IllegalArgumentException("duplicate column " + c[e] + " in row " + i);
                }
                previous = c[e];
                if (v[e] != 0.0) {
                    cols[at] = c[e];
                    vals[at] = v[e];
                    at++;
                }
            }
        }
        return new SparseMatrix(size, start, cols, vals);
    }

    /** Builds the matrix from a dense array, keeping the non-zero entries. */
    public static SparseMatrix ofDense(double[][] dense) {
        int n = dense.length;
        int[][] cols = new int[n][];
        double[][] vals = new double[n][];
        for (int i = 0; i < n; i++) {
            int nz = 0;
            for (double v : dense[i]) {
                if (v != 0.0) {
                    nz++;
                }
            }
            cols[i] = new int[nz];
            vals[i] = new double[nz];
            int at = 0;
            for (int j = 0; j < n; j++) {
                if (dense[i][j] != 0.0) {
                    cols[i][at] = j;
                    vals[i][at] = dense[i][j];
                    at++;
                }
            }
        }
        return ofRows(n, cols, vals);
    }

    public int size() {
        return size;
    }

    public int nonZeros() {
        return values.length;
    }

    public double get(int row, int column) {
        int at = Arrays.binarySearch(columns, rowStart[row], rowStart[row + 1], column);
        return at >= 0 ? values[at] : 0.0;
    }

    public double rowSum(int row) {
        double sum = 0.0;
        for (int e = rowStart[row]; e < rowStart[row + 1]; e++) {
            sum += values[e];
        }
        return sum;
    }

    public double[] columnSums() {
        double[] sums = new double[size];
        for (int e = 0; e < values.length; e++) {
            sums[columns[e]] += values[e];
        }
        return sums;
    }

    /** The column indices of row {@code row}'s non-zero entries (a copy). */
    public int[] rowColumns(int row) {
        return Arrays.copyOfRange(columns, rowStart[row], rowStart[row + 1]);
    }

    /** The values of row {@code row}'s non-zero entries (a copy), matching {@link #rowColumns}. */
    public double[] rowValues(int row) {
        return Arrays.copyOfRange(values, rowStart[row], rowStart[row + 1]);
    }

    /**
     * {@code out[l] += sum_j weights[j] * M[j][l]}: the transposed matrix times a vector, done as a
     * scatter over the stored rows so that no transpose is ever built. Rows with a zero weight are
     * skipped, which makes the first layers of an allocation touch only a handful of rows.
     */
    public void addTransposeTimes(double[] weights, double[] out) {
        for (int j = 0; j < size; j++) {
            double w = weights[j];
            if (w != 0.0) {
                for (int e = rowStart[j], end = rowStart[j + 1]; e < end; e++) {
                    out[columns[e]] += w * values[e];
                }
            }
        }
    }

    /** Dense copy, for tests and small tables only. */
    public double[][] toDense() {
        double[][] dense = new double[size][size];
        for (int i = 0; i < size; i++) {
            for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                dense[i][columns[e]] = values[e];
            }
        }
        return dense;
    }
}
