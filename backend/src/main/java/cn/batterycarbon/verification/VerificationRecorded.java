package cn.batterycarbon.verification;

import cn.batterycarbon.platform.events.AuditableEvent;
import java.util.Map;
import java.util.UUID;

/**
 * Something was recorded in a declaration's verification: a verifier assigned, a finding raised,
 * a finding answered, data-quality measures revised.
 *
 * @param action {@code verification.assigned}, {@code verification.findingRaised},
 *     {@code verification.findingAnswered} or {@code verification.measuresRevised}
 */
public record VerificationRecorded(
        String action, String objectType, UUID objectId, UUID tenantId, Map<String, Change> changes)
        implements AuditableEvent {}
