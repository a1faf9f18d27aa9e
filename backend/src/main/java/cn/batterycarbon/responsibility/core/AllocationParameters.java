package cn.batterycarbon.responsibility.core;

import java.util.Map;

/**
 * What to allocate and how: the focus sector, its direct emissions {@code E_k}, upstream
 * raw-material emissions and the share {@code gamma} of them the focus sector takes on (Eq. 1),
 * the rule for the ratios, and the depth.
 *
 * @param customRatios per sector code, only for {@link AllocationRule#CUSTOM}; sectors not listed
 *     pass nothing on (ratio 0)
 */
public record AllocationParameters(
        String focusSector,
        double directEmissions,
        double upstreamEmissions,
        double gamma,
        AllocationRule rule,
        Map<String, Double> customRatios,
        Depth depth) {

    public static final double DEFAULT_GAMMA = 0.5;

    public AllocationParameters {
        customRatios = customRatios == null ? Map.of() : Map.copyOf(customRatios);
        if (!Double.isFinite(directEmissions)) {
            throw new IoTableException("responsibility.param.directEmissions");
        }
        if (!Double.isFinite(upstreamEmissions)) {
            throw new IoTableException("responsibility.param.upstreamEmissions");
        }
        if (!(gamma >= 0.0 && gamma <= 1.0)) {
            throw new IoTableException("responsibility.param.gamma", gamma);
        }
        if (rule == null || depth == null) {
            throw new IllegalArgumentException("rule and depth are required");
        }
    }

    /** {@code E = E_k + gamma * E_upstream}, the responsibility to allocate. */
    public double responsibility() {
        return directEmissions + gamma * upstreamEmissions;
    }
}
