package cn.batterycarbon.declaration;

import cn.batterycarbon.platform.events.AuditableEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A declaration was calculated and the calculation stored as an immutable record. Published inside
 * the transaction that stores the record.
 */
public record DeclarationCalculated(
        UUID declarationId, UUID organizationId, UUID calculationId, int sequence, String fingerprint)
        implements AuditableEvent {

    @Override
    public String action() {
        return "declaration.calculated";
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
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("calculationId", Change.created(calculationId));
        changes.put("sequence", Change.created(sequence));
        changes.put("fingerprint", Change.created(fingerprint));
        return changes;
    }
}
