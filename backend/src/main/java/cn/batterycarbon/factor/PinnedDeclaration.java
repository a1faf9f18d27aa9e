package cn.batterycarbon.factor;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A declaration as the factor database needs to see it to tell how a new release would change it:
 * the release it is pinned to and its background-factor lines.
 *
 * @param declarationId the declaration module's id, opaque here
 * @param organizationId the organization that owns the declaration, so callers see only what they may
 * @param releaseCode the published release the declaration is pinned to
 */
public record PinnedDeclaration(String declarationId, UUID organizationId, String releaseCode, List<Line> lines) {

    public PinnedDeclaration {
        lines = List.copyOf(lines);
    }

    /**
     * One activity line that uses a background factor.
     *
     * @param geography plant province, grid region or national code; null = national
     * @param year reference year wanted; null = latest available
     * @param quantity activity amount in {@code quantityUnit}
     * @param quantityUnit written unit of the quantity ({@code kWh}, {@code t*km}); null means the
     *     quantity is already in the factor's unit
     */
    public record Line(String factorCode, String geography, Integer year, BigDecimal quantity, String quantityUnit) {}
}
