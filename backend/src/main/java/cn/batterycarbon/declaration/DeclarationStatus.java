package cn.batterycarbon.declaration;

import java.util.EnumSet;
import java.util.Set;

/**
 * DRAFT → CALCULATED (a stored result; editing puts it back to DRAFT) → SUBMITTED (locked, at a
 * verification agency) → UNDER_VERIFICATION (verifiers assigned) → RETURNED (an editable new
 * revision) or APPROVED → CERTIFIED → REVOKED or SUPERSEDED (by a newer certified revision).
 */
public enum DeclarationStatus {
    DRAFT,
    CALCULATED,
    SUBMITTED,
    UNDER_VERIFICATION,
    RETURNED,
    APPROVED,
    CERTIFIED,
    REVOKED,
    SUPERSEDED;

    private static final Set<DeclarationStatus> EDITABLE = EnumSet.of(DRAFT, CALCULATED, RETURNED);

    /** Whether the manufacturer may change settings and lines and recalculate. */
    public boolean editable() {
        return EDITABLE.contains(this);
    }

    /** Whether a verification agency has (or had) the declaration. */
    public boolean atAgency() {
        return !editable();
    }

    public String messageKey() {
        return "declaration.status." + name();
    }
}
