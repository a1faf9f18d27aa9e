package cn.batterycarbon.benchmarks;

import cn.batterycarbon.responsibility.core.FinalDemandCategory;
import cn.batterycarbon.responsibility.core.IoTable;
import cn.batterycarbon.responsibility.core.Sector;
import cn.batterycarbon.responsibility.core.SparseMatrix;
import cn.batterycarbon.responsibility.core.ValueAddedComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic, balanced synthetic input-output table: every row sells to {@code density * n}
 * randomly chosen customers, final demand makes the rows add up, value added makes the columns add
 * up. Same seed, same table, so the JMH benchmark and the numpy comparison solve the same system.
 */
public final class SyntheticIoTables {

    public static final long SEED = 20261122L;

    private SyntheticIoTables() {}

    public static IoTable generate(int n, double density, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int perRow = Math.max(1, (int) Math.round(density * n));
        int[][] columns = new int[n][];
        double[][] values = new double[n][];
        double[] rowSums = new double[n];
        double[] columnSums = new double[n];
        boolean[] taken = new boolean[n];
        for (int i = 0; i < n; i++) {
            int[] cols = new int[perRow];
            double[] vals = new double[perRow];
            int count = 0;
            while (count < perRow) {
                int j = random.nextInt(n);
                if (!taken[j]) {
                    taken[j] = true;
                    cols[count] = j;
                    vals[count] = 1.0 + 99.0 * random.nextDouble();
                    rowSums[i] += vals[count];
                    columnSums[j] += vals[count];
                    count++;
                }
            }
            for (int j : cols) {
                taken[j] = false;
            }
            columns[i] = cols;
            values[i] = vals;
        }
        double[][] finalDemand = new double[FinalDemandCategory.values().length][n];
        double[][] valueAdded = new double[ValueAddedComponent.values().length][n];
        double[] output = new double[n];
        List<Sector> sectors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double y = rowSums[i] * (0.3 + 0.7 * random.nextDouble());
            double x = Math.max(rowSums[i] + y, 1.05 * columnSums[i]);
            y = x - rowSums[i];
            output[i] = x;
            finalDemand[FinalDemandCategory.URBAN_HOUSEHOLDS.ordinal()][i] = 0.4 * y;
            finalDemand[FinalDemandCategory.GROSS_FIXED_CAPITAL_FORMATION.ordinal()][i] = 0.3 * y;
            finalDemand[FinalDemandCategory.EXPORTS.ordinal()][i] = y - 0.4 * y - 0.3 * y;
            double v = x - columnSums[i];
            valueAdded[ValueAddedComponent.COMPENSATION.ordinal()][i] = 0.5 * v;
            valueAdded[ValueAddedComponent.NET_TAXES.ordinal()][i] = 0.1 * v;
            valueAdded[ValueAddedComponent.DEPRECIATION.ordinal()][i] = 0.1 * v;
            valueAdded[ValueAddedComponent.OPERATING_SURPLUS.ordinal()][i] = v - 0.5 * v - 0.1 * v - 0.1 * v;
            sectors.add(new Sector(String.format("S%05d", i), "", ""));
        }
        return new IoTable(sectors, SparseMatrix.ofRows(n, columns, values), finalDemand, valueAdded, output);
    }
}
