package cn.batterycarbon.audit.core;

import java.time.Instant;
import java.util.UUID;

/**
 * One audit entry as stored. {@code changes} is the canonical JSON text of the changed fields
 * (see {@link CanonicalJson#changes}); {@code hash} = SHA-256 over {@code prevHash} and the
 * canonical serialization of every other field ({@link ChainHash}).
 */
public record AuditRecord(
        long seq,
        Instant occurredAt,
        String actorType,
        UUID actorId,
        String actorName,
        UUID actorOrganizationId,
        String actorRoles,
        String action,
        String objectType,
        UUID objectId,
        UUID tenantId,
        String changes,
        String requestId,
        String clientAddress,
        String prevHash,
        String hash) {

    /** The same entry with its chain hash (computed over the entry without one). */
    public AuditRecord withHash(String chainHash) {
        return new AuditRecord(
                seq,
                occurredAt,
                actorType,
                actorId,
                actorName,
                actorOrganizationId,
                actorRoles,
                action,
                objectType,
                objectId,
                tenantId,
                changes,
                requestId,
                clientAddress,
                prevHash,
                chainHash);
    }
}
