package cn.batterycarbon.certificate;

import cn.batterycarbon.platform.events.AuditableEvent;
import java.util.Map;
import java.util.UUID;

/**
 * A certificate was revoked by its agency or a regulator. The manufacturer is told in the app
 * (the notification module listens to this event after the commit).
 */
public record CertificateRevoked(
        UUID certificateId, String serial, UUID declarationId, UUID organizationId, String reason, String revokedBy)
        implements AuditableEvent {

    @Override
    public String action() {
        return "certificate.revoked";
    }

    @Override
    public String objectType() {
        return "CERTIFICATE";
    }

    @Override
    public UUID objectId() {
        return certificateId;
    }

    @Override
    public UUID tenantId() {
        return organizationId;
    }

    @Override
    public Map<String, Change> changes() {
        return Map.of("status", Change.of("VALID", "REVOKED"), "reason", Change.created(reason));
    }
}
