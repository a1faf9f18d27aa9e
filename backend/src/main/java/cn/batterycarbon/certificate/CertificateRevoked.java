package cn.batterycarbon.certificate;

import cn.batterycarbon.platform.events.AuditableEvent;
import cn.batterycarbon.platform.events.Notifiable;
import java.util.Map;
import java.util.UUID;

/**
 * A certificate was revoked by its agency or a regulator. The declaring organization is told in
 * the app, with the serial and the reason (the notification module listens after the commit).
 */
public record CertificateRevoked(
        UUID certificateId, String serial, UUID declarationId, UUID organizationId, String reason, String revokedBy)
        implements AuditableEvent, Notifiable {

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

    @Override
    public UUID recipientOrganizationId() {
        return organizationId;
    }

    @Override
    public String notificationKey() {
        return "notification." + action();
    }

    @Override
    public Object[] arguments() {
        return new Object[] {serial, reason};
    }

    @Override
    public String link() {
        return "/certificates/" + serial;
    }
}
