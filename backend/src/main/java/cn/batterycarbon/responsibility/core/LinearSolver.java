package cn.batterycarbon.responsibility.core;

/**
 * Solves {@code M x = b} for a square operator {@code M} (as olca-modules puts its matrix solvers
 * behind {@code MatrixSolver}). The allocation core only needs {@code M v}, so sparse iterative
 * solvers never build {@code M}; {@link DenseLuSolver} builds it column by column and is kept as
 * the exact cross-check in tests.
 */
public interface LinearSolver {

    /** A square linear operator: {@code out = M v}. */
    interface Operator {
        int size();

        void apply(double[] v, double[] out);
    }

    /** @param iterations how many iterations an iterative solver needed (0 for direct solvers) */
    record Solution(double[] x, int iterations) {}

    /**
     * @throws IoTableException {@code responsibility.solver.notConverged} when no solution within
     *     the solver's tolerance is found
     */
    Solution solve(Operator matrix, double[] b);
}
