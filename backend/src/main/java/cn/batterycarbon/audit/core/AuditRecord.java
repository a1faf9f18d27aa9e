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
        String hash) {}
