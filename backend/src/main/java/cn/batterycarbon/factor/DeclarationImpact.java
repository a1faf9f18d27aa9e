package cn.batterycarbon.factor;

import java.math.BigDecimal;
import java.util.List;

/**
 * How one declaration's background emissions (kg CO2e) would change if it were recalculated with
 * another release, line by line.
 *
 * @param relativeChange (after − before) / |before|; null when before is zero
 * @param complete false when some line has no factor in one of the releases or cannot be
 *     converted: such lines are left out of both totals and name their problem
 */
public record DeclarationImpact(
        String declarationId,
        String fromRelease,
        String toRelease,
        BigDecimal emissionsBefore,
        BigDecimal emissionsAfter,
        BigDecimal change,
        BigDecimal relativeChange,
        boolean complete,
        List<LineImpact> lines) {

    /** Whether recalculating would change the result or could not be done for every line. */
    public boolean changes() {
        return change.signum() != 0 || !complete;
    }

    /**
     * @param problem null, or a message key: {@code factor.impact.missingBefore},
     *     {@code factor.impact.missingAfter}, {@code unit.incompatible}, {@code unit.unknown}
     */
    public record LineImpact(
            int index,
            String factorCode,
            ResolvedFactor before,
            ResolvedFactor after,
            BigDecimal emissionsBefore,
            BigDecimal emissionsAfter,
            String problem) {}
}
