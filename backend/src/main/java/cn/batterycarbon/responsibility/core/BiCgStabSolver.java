package cn.batterycarbon.responsibility.core;

/**
 * BiCGSTAB (van der Vorst 1992) for nonsymmetric sparse systems: only operator applications, so
 * no matrix is ever inverted or densified. The production solver of the allocation core.
 */
public final class BiCgStabSolver implements LinearSolver {

    /** Relative residual at which the solve stops. */
    static final double TOLERANCE = 1e-14;

    private static final int MAX_ITERATIONS = 5_000;

    @Override
    public Solution solve(Operator matrix, double[] b) {
        int n = matrix.size();
        double[] x = b.clone();
        double[] r = new double[n];
        matrix.apply(x, r);
        for (int j = 0; j < n; j++) {
            r[j] = b[j] - r[j];
        }
        double bNorm = norm(b);
        if (bNorm == 0.0) {
            return new Solution(new double[n], 0);
        }
        double[] rHat = r.clone();
        double[] p = new double[n];
        double[] v = new double[n];
        double[] s = new double[n];
        double[] t = new double[n];
        double rho = 1.0;
        double alpha = 1.0;
        double omega = 1.0;
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            if (norm(r) <= TOLERANCE * bNorm) {
                return new Solution(x, iteration - 1);
            }
            double rhoNew = dot(rHat, r);
            if (rhoNew == 0.0 || omega == 0.0) {
                break;
            }
            double beta = (rhoNew / rho) * (alpha / omega);
            for (int j = 0; j < n; j++) {
                p[j] = r[j] + beta * (p[j] - omega * v[j]);
            }
            matrix.apply(p, v);
            alpha = rhoNew / dot(rHat, v);
            for (int j = 0; j < n; j++) {
                s[j] = r[j] - alpha * v[j];
            }
            if (norm(s) <= TOLERANCE * bNorm) {
                for (int j = 0; j < n; j++) {
                    x[j] += alpha * p[j];
                }
                return new Solution(x, iteration);
            }
            matrix.apply(s, t);
            omega = dot(t, s) / dot(t, t);
            for (int j = 0; j < n; j++) {
                x[j] += alpha * p[j] + omega * s[j];
                r[j] = s[j] - omega * t[j];
            }
            rho = rhoNew;
        }
        // Residual stagnated: accept if the conservation target is still met, else refuse.
        matrix.apply(x, r);
        double residual = 0.0;
        for (int j = 0; j < n; j++) {
            residual = Math.max(residual, Math.abs(b[j] - r[j]));
        }
        if (residual <= 1e-11 * bNorm) {
            return new Solution(x, MAX_ITERATIONS);
        }
        throw new IoTableException("responsibility.solver.notConverged", residual / bNorm);
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0.0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
