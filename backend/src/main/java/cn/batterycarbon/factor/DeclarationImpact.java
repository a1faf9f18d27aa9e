package cn.batterycarbon.factor;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * How one declaration's footprint (kg CO2e per pack, all stages, recycling credits reported
 * separately) would change if it were recalculated with another release, with the lines whose
 * background factor differs. Computed by the footprint core (see {@link PinnedDeclarations}).
 *
 * @param organizationId the organization that owns the declaration
 * @param relativeChange (after − before) / |before|; null when before is zero or not complete
 * @param complete false when the declaration cannot be calculated with one of the releases (a
 *     factor missing, a unit that does not fit): the lines name the problem and the change is 0
 */
public record DeclarationImpact(
        String declarationId,
        UUID organizationId,
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
     * @param index 0-based line index in calculation order
     * @param problem null, or the message key of why the line cannot be calculated with one of the
     *     releases (e.g. {@code footprint.error.factor.unknown-code})
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
