package cn.batterycarbon.responsibility.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Shares the responsibility {@code E = E_k + gamma E_upstream} of focus sector {@code k} among
 * sectors and final demand (methodology section 2, the paper's Eq. 1-7 read as a flow).
 *
 * <p>Flow {@code q_j} arriving at sector {@code j} goes to final-demand category {@code c} as
 * {@code beta_j q_j Y_jc / x_j}, stays with {@code j} as {@code q_j [(1-beta_j) y_j + (1-alpha_j)
 * (x_j - y_j)] / x_j}, and moves on to customer {@code l} as {@code alpha_j q_j T_jl / x_j}. With
 * {@code x_j} taken as {@code sum_l T_jl + y_j} the three parts add up to {@code q_j} exactly, so
 * every run conserves the total. A depth-limited run is {@code D - 1} sparse transposed
 * matrix-vector steps; in the last layer the part that would move on stays with the sector. An
 * infinite depth solves {@code (I - G^T) q = E e_k}, {@code G_jl = alpha_j T_jl / x_j}, with a
 * {@link LinearSolver}: BiCGSTAB on the same sparse rows by default (no matrix is ever inverted or
 * densified); {@link DenseLuSolver} gives the same answer directly and is the cross-check in tests.
 */
public final class ResponsibilityAllocator {

    private static final int CATEGORIES = FinalDemandCategory.values().length;

    private final IoTable table;
    private final int n;
    private final double[] output;
    private final double[] netFinalDemand;
    private final double[][] finalDemand;
    private final LinearSolver solver;

    /** With the sparse iterative solver ({@link BiCgStabSolver}). */
    public ResponsibilityAllocator(IoTable table) {
        this(table, new BiCgStabSolver());
    }

    public ResponsibilityAllocator(IoTable table, LinearSolver solver) {
        this.table = table;
        this.solver = solver;
        this.n = table.size();
        this.output = new double[n];
        this.netFinalDemand = new double[n];
        this.finalDemand = table.finalDemandColumns();
        for (int j = 0; j < n; j++) {
            netFinalDemand[j] = table.netFinalDemand(j);
            output[j] = table.intermediate().rowSum(j) + netFinalDemand[j];
        }
    }

    public AllocationResult allocate(AllocationParameters parameters) {
        int k = table.indexOf(parameters.focusSector());
        if (k < 0) {
            throw new IoTableException("responsibility.param.focusSector", parameters.focusSector());
        }
        double total = parameters.responsibility();
        List<String> clamped = new ArrayList<>();
        double[] ratios = ratios(parameters, clamped);
        List<AllocationWarning> warnings = new ArrayList<>();
        if (!clamped.isEmpty()) {
            warnings.add(new AllocationWarning(AllocationWarning.Type.RATIO_CLAMPED, clamped));
        }
        AllocationResult result;
        if (parameters.depth().layers() == 1) {
            double[] kept = new double[n];
            kept[k] = total;
            List<AllocationResult.Layer> layers =
                    List.of(new AllocationResult.Layer(1, total, total, new double[CATEGORIES], 0.0));
            return new AllocationResult(total, k, kept, new double[CATEGORIES], ratios, layers, warnings, 1);
        } else if (parameters.depth().isInfinite()) {
            result = converged(k, total, ratios, warnings);
        } else {
            result = layered(k, total, ratios, parameters.depth().layers(), warnings);
        }
        return result;
    }

    private double[] ratios(AllocationParameters parameters, List<String> clamped) {
        double[] alpha = new double[n];
        SparseMatrix t = table.intermediate();
        for (int i = 0; i < n; i++) {
            double x = output[i];
            double raw;
            switch (parameters.rule()) {
                case VALUE_ADDED -> {
                    double net = x - t.get(i, i);
                    raw = net > 0 ? 1.0 - table.totalValueAdded(i) / net : 0.0;
                }
                case PROFIT -> raw = x > 0 ? 1.0 - table.valueAdded(i, ValueAddedComponent.OPERATING_SURPLUS) / x : 0.0;
                default -> {
                    Double given = parameters.customRatios().get(table.sector(i).code());
                    raw = given == null ? 0.0 : given;
                    if (!Double.isFinite(raw)) {
                        throw new IoTableException(
                                "responsibility.param.customRatio",
                                table.sector(i).code(),
                                given);
                    }
                }
            }
            if (x <= 0) {
                raw = 0.0;
            }
            if (raw < 0.0 || raw > 1.0) {
                clamped.add(table.sector(i).code());
                raw = Math.min(1.0, Math.max(0.0, raw));
            }
            alpha[i] = raw;
        }
        if (parameters.rule() == AllocationRule.CUSTOM) {
            for (Map.Entry<String, Double> e : parameters.customRatios().entrySet()) {
                if (table.indexOf(e.getKey()) < 0) {
                    throw new IoTableException("responsibility.param.customRatioSector", e.getKey());
                }
            }
        }
        return alpha;
    }

    private AllocationResult layered(int k, double total, double[] alpha, int depth, List<AllocationWarning> warnings) {
        double[] kept = new double[n];
        double[] toFinalDemand = new double[CATEGORIES];
        double[] q = new double[n];
        double[] weights = new double[n];
        boolean[] reached = new boolean[n];
        q[k] = total;
        List<AllocationResult.Layer> layers = new ArrayList<>(depth);
        for (int layer = 1; layer <= depth; layer++) {
            boolean last = layer == depth;
            double arrived = 0.0;
            double keptInLayer = 0.0;
            double[] fdInLayer = new double[CATEGORIES];
            for (int j = 0; j < n; j++) {
                double flow = q[j];
                weights[j] = 0.0;
                if (flow == 0.0) {
                    continue;
                }
                reached[j] = true;
                arrived += flow;
                double x = output[j];
                if (x <= 0) {
                    kept[j] += flow;
                    keptInLayer += flow;
                    continue;
                }
                double share = alpha[j] * flow / x;
                for (int c = 0; c < CATEGORIES; c++) {
                    double part = share * finalDemand[c][j];
                    fdInLayer[c] += part;
                }
                // [(1 - beta) y + (1 - alpha)(x - y)] / x is (1 - alpha) because alpha = beta; in the
                // last layer the part that would move on, alpha (x - y) / x, stays as well.
                double keep = last ? flow * (1.0 - alpha[j] * netFinalDemand[j] / x) : flow * (1.0 - alpha[j]);
                kept[j] += keep;
                keptInLayer += keep;
                weights[j] = last ? 0.0 : share;
            }
            double[] next = new double[n];
            if (!last) {
                table.intermediate().addTransposeTimes(weights, next);
            }
            double passed = 0.0;
            for (double v : next) {
                passed += v;
            }
            for (int c = 0; c < CATEGORIES; c++) {
                toFinalDemand[c] += fdInLayer[c];
            }
            layers.add(new AllocationResult.Layer(layer, arrived, keptInLayer, fdInLayer, passed));
            q = next;
        }
        addNegativeDemandWarning(reached, warnings);
        return new AllocationResult(total, k, kept, toFinalDemand, alpha, layers, warnings, depth);
    }

    private AllocationResult converged(int k, double total, double[] alpha, List<AllocationWarning> warnings) {
        double[] passScale = new double[n];
        for (int j = 0; j < n; j++) {
            passScale[j] = output[j] > 0 ? alpha[j] / output[j] : 0.0;
        }
        double[] b = new double[n];
        b[k] = total;
        LinearSolver.Solution solution = solver.solve(system(passScale), b);
        double[] q = solution.x();
        double[] kept = new double[n];
        double[] toFinalDemand = new double[CATEGORIES];
        boolean[] reached = new boolean[n];
        double arrived = 0.0;
        for (int j = 0; j < n; j++) {
            double flow = q[j];
            if (flow == 0.0) {
                continue;
            }
            reached[j] = Math.abs(flow) > 1e-15 * Math.abs(total);
            arrived += flow;
            double x = output[j];
            if (x <= 0) {
                kept[j] += flow;
                continue;
            }
            double share = alpha[j] * flow / x;
            for (int c = 0; c < CATEGORIES; c++) {
                toFinalDemand[c] += share * finalDemand[c][j];
            }
            kept[j] += flow * (1.0 - alpha[j]);
        }
        double keptTotal = 0.0;
        for (double v : kept) {
            keptTotal += v;
        }
        addNegativeDemandWarning(reached, warnings);
        List<AllocationResult.Layer> layers =
                List.of(new AllocationResult.Layer(0, arrived, keptTotal, toFinalDemand.clone(), arrived - total));
        return new AllocationResult(total, k, kept, toFinalDemand, alpha, layers, warnings, solution.iterations());
    }

    /** {@code (I - G^T)} with {@code G_jl = passScale_j T_jl}, applied without building it. */
    private LinearSolver.Operator system(double[] passScale) {
        return new LinearSolver.Operator() {
            @Override
            public int size() {
                return n;
            }

            @Override
            public void apply(double[] v, double[] out) {
                double[] scratch = new double[n];
                for (int j = 0; j < n; j++) {
                    scratch[j] = passScale[j] * v[j];
                    out[j] = v[j];
                }
                double[] gtv = new double[n];
                table.intermediate().addTransposeTimes(scratch, gtv);
                for (int j = 0; j < n; j++) {
                    out[j] -= gtv[j];
                }
            }
        };
    }

    private void addNegativeDemandWarning(boolean[] reached, List<AllocationWarning> warnings) {
        List<String> negative = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (reached[j] && netFinalDemand[j] < 0) {
                negative.add(table.sector(j).code());
            }
        }
        if (!negative.isEmpty()) {
            warnings.add(new AllocationWarning(AllocationWarning.Type.NEGATIVE_FINAL_DEMAND, negative));
        }
    }
}
