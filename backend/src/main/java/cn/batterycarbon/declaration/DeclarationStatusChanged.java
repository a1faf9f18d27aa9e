package cn.batterycarbon.declaration;

import cn.batterycarbon.platform.events.AuditableEvent;
import java.util.Map;
import java.util.UUID;

/**
 * A declaration moved through the verification workflow (submitted, verification started,
 * returned, approved, certified, revoked, superseded, new revision started). Published inside the
 * transaction making the change.
 */
public record DeclarationStatusChanged(
        UUID declarationId,
        UUID organizationId,
        String action,
        DeclarationStatus before,
        DeclarationStatus after,
        int revision)
        implements AuditableEvent {

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
        return Map.of("status", Change.of(before, after), "revision", Change.of(revision, revision));
    }
}
