package cn.batterycarbon.certificate;

import cn.batterycarbon.platform.events.AuditableEvent;
import cn.batterycarbon.platform.events.Notifiable;
import java.util.Map;
import java.util.UUID;

/**
 * The platform issued and signed a certificate for an approved declaration, possibly superseding
 * the certificate of the revision before; the declaring organization is told in the app.
 */
public record CertificateIssued(
        UUID certificateId, String serial, UUID declarationId, UUID organizationId, String supersedes)
        implements AuditableEvent, Notifiable {

    @Override
    public String action() {
        return "certificate.issued";
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
        return supersedes == null
                ? Map.of("serial", Change.created(serial))
                : Map.of("serial", Change.created(serial), "supersedes", Change.created(supersedes));
    }

    @Override
    public UUID recipientOrganizationId() {
        return organizationId;
    }

    @Override
    public String notificationKey() {
        return supersedes == null ? "notification.certificate.issued" : "notification.certificate.superseding";
    }

    @Override
    public Object[] arguments() {
        return supersedes == null ? new Object[] {serial} : new Object[] {serial, supersedes};
    }

    @Override
    public String link() {
        return "/certificates/" + serial;
    }
}
