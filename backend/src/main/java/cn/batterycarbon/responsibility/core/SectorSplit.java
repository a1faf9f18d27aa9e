package cn.batterycarbon.responsibility.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits sector {@code p} into a remaining parent {@code p'} and a new sector {@code n} with the
 * output share {@code s} (the paper's EV battery industry out of "Manufacture of batteries").
 *
 * <p>The own-purchase block {@code T_pp = a} is always split proportionally ({@code (1-s)²a,
 * (1-s)s·a, s(1-s)·a, s²a}); imports are split by {@code s}. The new sector's remaining sales
 * {@code s(x_p - a + IM_p)} go to other sectors and final-demand categories in the parent's
 * proportions unless a sales structure (non-negative weights per sector code or final-demand
 * category) is given; its remaining inputs {@code s(x_p - a)} come from other sectors and
 * value-added components in the parent's proportions unless an input structure is given. The
 * parent keeps the difference, so every other sector's row and column totals, every final-demand
 * column and every value-added row are unchanged and the new table balances by construction. A
 * structure that would leave the parent with a negative sale or purchase is refused, naming it.
 */
public final class SectorSplit {

    /**
     * @param parentCode sector to split
     * @param newCode code of the new sector (must not exist yet)
     * @param share the new sector's share of the parent's output, strictly between 0 and 1
     * @param salesStructure empty for proportional, else weights by sector code or {@link
     *     FinalDemandCategory} name (IMPORTS excluded)
     * @param inputStructure empty for proportional, else weights by sector code or {@link
     *     ValueAddedComponent} name
     */
    public record Request(
            String parentCode,
            String newCode,
            String newNameZh,
            String newNameEn,
            double share,
            Map<String, Double> salesStructure,
            Map<String, Double> inputStructure) {

        public Request {
            salesStructure = salesStructure == null ? Map.of() : Map.copyOf(salesStructure);
            inputStructure = inputStructure == null ? Map.of() : Map.copyOf(inputStructure);
        }
    }

    private SectorSplit() {}

    public static IoTable split(IoTable table, Request request) {
        int p = table.indexOf(request.parentCode());
        if (p < 0) {
            throw new IoTableException("responsibility.split.unknownSector", request.parentCode());
        }
        if (request.newCode() == null || request.newCode().isBlank()) {
            throw new IoTableException("responsibility.split.blankCode");
        }
        if (table.indexOf(request.newCode()) >= 0) {
            throw new IoTableException("responsibility.io.duplicateCode", request.newCode());
        }
        double s = request.share();
        if (!(s > 0.0 && s < 1.0)) {
            throw new IoTableException("responsibility.split.share.invalid", s);
        }
        int n0 = table.size();
        int n = n0 + 1;
        int nw = n0; // index of the new sector
        double[][] dense = table.intermediate().toDense();
        double[][] t = new double[n][n];
        for (int i = 0; i < n0; i++) {
            System.arraycopy(dense[i], 0, t[i], 0, n0);
        }
        double[][] fd = extend(table.finalDemandColumns(), n);
        double[][] va = extend(table.valueAddedRows(), n);
        double[] x = new double[n];
        System.arraycopy(table.grossOutputs(), 0, x, 0, n0);

        double a = dense[p][p];
        double xp = x[p];
        double xn = s * xp;
        t[p][p] = (1 - s) * (1 - s) * a;
        t[p][nw] = (1 - s) * s * a;
        t[nw][p] = s * (1 - s) * a;
        t[nw][nw] = s * s * a;
        int imports = FinalDemandCategory.IMPORTS.ordinal();
        double importsOfParent = fd[imports][p];
        fd[imports][nw] = s * importsOfParent;
        fd[imports][p] = importsOfParent - fd[imports][nw];

        // Sales of the new sector outside the block and imports.
        double salesToDistribute = s * (xp - a - importsOfParent);
        double[] salesWeights = new double[n0 + FinalDemandCategory.values().length];
        if (request.salesStructure().isEmpty()) {
            for (int j = 0; j < n0; j++) {
                salesWeights[j] = j == p ? 0.0 : dense[p][j];
            }
            for (FinalDemandCategory c : FinalDemandCategory.values()) {
                salesWeights[n0 + c.ordinal()] = c == FinalDemandCategory.IMPORTS ? 0.0 : fd[c.ordinal()][p];
            }
        } else {
            for (Map.Entry<String, Double> e : request.salesStructure().entrySet()) {
                int target = salesTarget(table, e.getKey(), p);
                salesWeights[target] = weight(e);
            }
        }
        double salesWeightSum = sum(salesWeights);
        if (salesWeightSum == 0.0 && salesToDistribute != 0.0) {
            throw new IoTableException("responsibility.split.noWeights", "sales");
        }
        List<String> negative = new ArrayList<>();
        for (int j = 0; j < n0; j++) {
            if (salesWeights[j] != 0.0) {
                double sale = salesToDistribute * salesWeights[j] / salesWeightSum;
                t[nw][j] = sale;
                t[p][j] -= sale;
                if (t[p][j] < -IoTable.BALANCE_TOLERANCE * Math.max(1.0, Math.abs(dense[p][j]))) {
                    negative.add(table.sector(j).code());
                }
                t[p][j] = Math.max(t[p][j], 0.0);
            }
        }
        for (FinalDemandCategory c : FinalDemandCategory.values()) {
            double w = salesWeights[n0 + c.ordinal()];
            if (w != 0.0) {
                double sale = salesToDistribute * w / salesWeightSum;
                fd[c.ordinal()][nw] = sale;
                fd[c.ordinal()][p] -= sale;
            }
        }
        if (!negative.isEmpty()) {
            throw new IoTableException("responsibility.split.negativeParent", String.join(", ", negative));
        }

        // Inputs of the new sector outside the block.
        double inputsToDistribute = s * (xp - a);
        double[] inputWeights = new double[n0 + ValueAddedComponent.values().length];
        if (request.inputStructure().isEmpty()) {
            for (int i = 0; i < n0; i++) {
                inputWeights[i] = i == p ? 0.0 : dense[i][p];
            }
            for (ValueAddedComponent c : ValueAddedComponent.values()) {
                inputWeights[n0 + c.ordinal()] = va[c.ordinal()][p];
            }
        } else {
            for (Map.Entry<String, Double> e : request.inputStructure().entrySet()) {
                int source = inputSource(table, e.getKey(), p);
                inputWeights[source] = weight(e);
            }
        }
        double inputWeightSum = sum(inputWeights);
        if (inputWeightSum == 0.0 && inputsToDistribute != 0.0) {
            throw new IoTableException("responsibility.split.noWeights", "inputs");
        }
        for (int i = 0; i < n0; i++) {
            if (inputWeights[i] != 0.0) {
                double purchase = inputsToDistribute * inputWeights[i] / inputWeightSum;
                t[i][nw] = purchase;
                t[i][p] -= purchase;
                if (t[i][p] < -IoTable.BALANCE_TOLERANCE * Math.max(1.0, Math.abs(dense[i][p]))) {
                    negative.add(table.sector(i).code());
                }
                t[i][p] = Math.max(t[i][p], 0.0);
            }
        }
        for (ValueAddedComponent c : ValueAddedComponent.values()) {
            double w = inputWeights[n0 + c.ordinal()];
            if (w != 0.0) {
                double part = inputsToDistribute * w / inputWeightSum;
                va[c.ordinal()][nw] = part;
                va[c.ordinal()][p] -= part;
            }
        }
        if (!negative.isEmpty()) {
            throw new IoTableException("responsibility.split.negativeParent", String.join(", ", negative));
        }
        x[p] = xp - xn;
        x[nw] = xn;

        List<Sector> sectors = new ArrayList<>(table.sectors());
        sectors.add(new Sector(request.newCode().strip(), request.newNameZh(), request.newNameEn()));
        return new IoTable(sectors, SparseMatrix.ofDense(t), fd, va, x);
    }

    private static double weight(Map.Entry<String, Double> e) {
        Double w = e.getValue();
        if (w == null || !Double.isFinite(w) || w < 0) {
            throw new IoTableException("responsibility.split.weight", e.getKey(), w);
        }
        return w;
    }

    private static int salesTarget(IoTable table, String key, int parent) {
        int j = table.indexOf(key.strip());
        if (j >= 0 && j != parent) {
            return j;
        }
        for (FinalDemandCategory c : FinalDemandCategory.values()) {
            if (c != FinalDemandCategory.IMPORTS && c.name().equalsIgnoreCase(key.strip())) {
                return table.size() + c.ordinal();
            }
        }
        throw new IoTableException("responsibility.split.unknownTarget", key);
    }

    private static int inputSource(IoTable table, String key, int parent) {
        int i = table.indexOf(key.strip());
        if (i >= 0 && i != parent) {
            return i;
        }
        for (ValueAddedComponent c : ValueAddedComponent.values()) {
            if (c.name().equalsIgnoreCase(key.strip())) {
                return table.size() + c.ordinal();
            }
        }
        throw new IoTableException("responsibility.split.unknownTarget", key);
    }

    private static double[][] extend(double[][] rows, int n) {
        double[][] out = new double[rows.length][n];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, out[r], 0, rows[r].length);
        }
        return out;
    }

    private static double sum(double[] values) {
        double sum = 0.0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }
}
