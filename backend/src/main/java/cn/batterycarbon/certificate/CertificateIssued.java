package cn.batterycarbon.certificate;

import cn.batterycarbon.platform.events.AuditableEvent;
import java.util.Map;
import java.util.UUID;

/** The platform issued and signed a certificate for an approved declaration. */
public record CertificateIssued(
        UUID certificateId, String serial, UUID declarationId, UUID organizationId, String supersedes)
        implements AuditableEvent {

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
}
