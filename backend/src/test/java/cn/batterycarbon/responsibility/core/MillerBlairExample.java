package cn.batterycarbon.responsibility.core;

import java.util.List;

/** The two-sector example of Miller & Blair, Table 2.3, worked by hand in docs/methodology-responsibility.md. */
final class MillerBlairExample {

    private MillerBlairExample() {}

    /**
     * T = [[150, 500], [200, 100]], y = (350, 1700) (all urban households), x = (1000, 2000),
     * v = (650, 1400), of which operating surplus (200, 500).
     */
    static IoTable table() {
        double[][] fd = new double[FinalDemandCategory.values().length][2];
        fd[FinalDemandCategory.URBAN_HOUSEHOLDS.ordinal()] = new double[] {350, 1700};
        double[][] va = new double[ValueAddedComponent.values().length][2];
        va[ValueAddedComponent.COMPENSATION.ordinal()] = new double[] {450, 900};
        va[ValueAddedComponent.OPERATING_SURPLUS.ordinal()] = new double[] {200, 500};
        return new IoTable(
                List.of(new Sector("1", "部门一", "Sector 1"), new Sector("2", "部门二", "Sector 2")),
                SparseMatrix.ofDense(new double[][] {{150, 500}, {200, 100}}),
                fd,
                va,
                new double[] {1000, 2000});
    }
}
