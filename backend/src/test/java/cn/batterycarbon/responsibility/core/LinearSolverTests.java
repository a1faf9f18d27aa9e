package cn.batterycarbon.responsibility.core;

import static org.assertj.core.api.Assertions.assertThat;

import cn.batterycarbon.benchmarks.SyntheticIoTables;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The allocation core's solver sits behind {@link LinearSolver}: the sparse iterative solver used
 * in production ({@link BiCgStabSolver}) agrees with the dense LU decomposition ({@link
 * DenseLuSolver}) on every sector's responsibility and on final demand.
 */
class LinearSolverTests {

    @Test
    void sparseSolverAgreesWithDenseLuOnTheTextbookTable() {
        crossCheck(MillerBlairExample.table(), "1");
    }

    @Test
    void sparseSolverAgreesWithDenseLuOnA300SectorTable() {
        IoTable table = SyntheticIoTables.generate(300, 0.05, SyntheticIoTables.SEED);
        crossCheck(table, table.sector(17).code());
    }

    @Test
    void denseLuSolvesASmallSystemExactly() {
        // [[4, 1], [2, 3]] x = [1, 2] → x = [0.1, 0.6]
        double[][] m = {{4, 1}, {2, 3}};
        LinearSolver.Operator operator = new LinearSolver.Operator() {
            @Override
            public int size() {
                return 2;
            }

            @Override
            public void apply(double[] v, double[] out) {
                for (int i = 0; i < 2; i++) {
                    out[i] = m[i][0] * v[0] + m[i][1] * v[1];
                }
            }
        };
        for (LinearSolver solver : new LinearSolver[] {new DenseLuSolver(), new BiCgStabSolver()}) {
            double[] x = solver.solve(operator, new double[] {1, 2}).x();
            assertThat(x[0]).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(x[1]).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    private static void crossCheck(IoTable table, String focus) {
        AllocationParameters parameters =
                new AllocationParameters(focus, 1000.0, 0.0, 0.5, AllocationRule.VALUE_ADDED, Map.of(), Depth.INFINITE);
        AllocationResult sparse = new ResponsibilityAllocator(table, new BiCgStabSolver()).allocate(parameters);
        AllocationResult dense = new ResponsibilityAllocator(table, new DenseLuSolver()).allocate(parameters);
        for (int j = 0; j < table.size(); j++) {
            assertThat(sparse.sectorResponsibility()[j])
                    .as("sector %s", table.sector(j).code())
                    .isCloseTo(dense.sectorResponsibility()[j], org.assertj.core.data.Offset.offset(1e-9));
        }
        for (int c = 0; c < sparse.finalDemandResponsibility().length; c++) {
            assertThat(sparse.finalDemandResponsibility()[c])
                    .isCloseTo(dense.finalDemandResponsibility()[c], org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(sparse.iterations()).isPositive();
        assertThat(dense.iterations()).isZero();
    }
}
