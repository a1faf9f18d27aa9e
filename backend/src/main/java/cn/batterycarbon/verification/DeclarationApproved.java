package cn.batterycarbon.verification;

import cn.batterycarbon.platform.events.AuditableEvent;
import java.util.Map;
import java.util.UUID;

/**
 * An agency approved a declaration with a verification statement. Published inside the approving
 * transaction; the certificate module issues the certificate in the same transaction, so an
 * approval without its certificate never commits.
 */
public record DeclarationApproved(
        UUID declarationId, UUID organizationId, UUID agencyId, int revision, UUID statementId, String verifierName)
        implements AuditableEvent {

    @Override
    public String action() {
        return "verification.approved";
    }

    @Override
    public String objectType() {
        return "DECLARATION";
    }

    @Override
    public UUID objectId() {
        return declarationId;
    }

    @Override
    public UUID tenantId() {
        return organizationId;
    }

    @Override
    public Map<String, Change> changes() {
        return Map.of("statement", Change.created(statementId));
    }
}
