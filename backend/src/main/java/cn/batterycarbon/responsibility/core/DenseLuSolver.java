package cn.batterycarbon.responsibility.core;

/**
 * Direct solver: builds {@code M} densely ({@code n} operator applications) and solves by LU
 * decomposition with partial pivoting. O(n³) time and O(n²) memory: for small tables and as the
 * reference the sparse solver is checked against, not for production runs.
 */
public final class DenseLuSolver implements LinearSolver {

    @Override
    public Solution solve(Operator matrix, double[] b) {
        int n = matrix.size();
        double[][] a = new double[n][n];
        double[] unit = new double[n];
        double[] column = new double[n];
        for (int j = 0; j < n; j++) {
            unit[j] = 1.0;
            matrix.apply(unit, column);
            unit[j] = 0.0;
            for (int i = 0; i < n; i++) {
                a[i][j] = column[i];
            }
        }
        int[] pivot = new int[n];
        for (int i = 0; i < n; i++) {
            pivot[i] = i;
        }
        for (int k = 0; k < n; k++) {
            int max = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(a[i][k]) > Math.abs(a[max][k])) {
                    max = i;
                }
            }
            if (a[max][k] == 0.0) {
                throw new IoTableException("responsibility.solver.notConverged", Double.POSITIVE_INFINITY);
            }
            double[] row = a[k];
            a[k] = a[max];
            a[max] = row;
            int p = pivot[k];
            pivot[k] = pivot[max];
            pivot[max] = p;
            for (int i = k + 1; i < n; i++) {
                double factor = a[i][k] / a[k][k];
                a[i][k] = factor;
                for (int j = k + 1; j < n; j++) {
                    a[i][j] -= factor * a[k][j];
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[pivot[i]];
            for (int j = 0; j < i; j++) {
                sum -= a[i][j] * x[j];
            }
            x[i] = sum;
        }
        for (int i = n - 1; i >= 0; i--) {
            double sum = x[i];
            for (int j = i + 1; j < n; j++) {
                sum -= a[i][j] * x[j];
            }
            x[i] = sum / a[i][i];
        }
        return new Solution(x, 0);
    }
}
