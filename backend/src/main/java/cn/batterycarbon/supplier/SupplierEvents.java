package cn.batterycarbon.supplier;

import cn.batterycarbon.platform.events.AuditableEvent;
import cn.batterycarbon.platform.events.Notifiable;
import java.util.Map;
import java.util.UUID;

/**
 * The state changes of the supplier module, published inside the transaction that makes them.
 * Each names the two organizations concerned, so that notifications reach both sides.
 */
public final class SupplierEvents {

    private SupplierEvents() {}

    /** What every supplier-module event carries for notifications. */
    public interface SupplyChainEvent extends AuditableEvent, Notifiable {

        /** The notification text: {@code notification.<action>} with {@link #arguments()}. */
        @Override
        default String notificationKey() {
            return "notification." + action();
        }
    }

    /**
     * An event about one data request: the request is the audited object and the notification's
     * link; by default the requester acted and the supplier is told (answers go the other way).
     */
    public interface RequestEvent extends SupplyChainEvent {

        UUID requestId();

        UUID requesterId();

        UUID supplierId();

        String material();

        @Override
        default String objectType() {
            return "SUPPLIER_REQUEST";
        }

        @Override
        default UUID objectId() {
            return requestId();
        }

        @Override
        default UUID tenantId() {
            return requesterId();
        }

        @Override
        default UUID recipientOrganizationId() {
            return supplierId();
        }

        @Override
        default Object[] arguments() {
            return new Object[] {material()};
        }

        @Override
        default String link() {
            return "/supply-chain/requests/" + requestId();
        }
    }

    public record RequestSent(UUID requestId, UUID requesterId, UUID supplierId, String material)
            implements RequestEvent {
        public String action() {
            return "supplier.request.sent";
        }

        public Map<String, Change> changes() {
            return Map.of("status", Change.created("OPEN"));
        }
    }

    public record RequestReminded(UUID requestId, UUID requesterId, UUID supplierId, String material, int count)
            implements RequestEvent {
        public String action() {
            return "supplier.request.reminded";
        }

        public Map<String, Change> changes() {
            return Map.of("reminderCount", Change.of(count - 1, count));
        }
    }

    /** Withdrawn or re-opened by the requester. */
    public record RequestStatusChanged(
            UUID requestId,
            UUID requesterId,
            UUID supplierId,
            String material,
            RequestStatus before,
            RequestStatus after)
            implements RequestEvent {
        public String action() {
            return after == RequestStatus.WITHDRAWN ? "supplier.request.withdrawn" : "supplier.request.reopened";
        }

        public Map<String, Change> changes() {
            return Map.of("status", Change.of(before.name(), after.name()));
        }
    }

    /** The supplier answered with a record, or declined. */
    public record RequestAnswered(
            UUID requestId, UUID requesterId, UUID supplierId, String material, UUID recordId, String declineReason)
            implements RequestEvent {
        public String action() {
            return recordId == null ? "supplier.request.declined" : "supplier.request.answered";
        }

        /** The supplier acted; the requester is told. */
        @Override
        public UUID tenantId() {
            return supplierId;
        }

        @Override
        public UUID recipientOrganizationId() {
            return requesterId;
        }

        public Map<String, Change> changes() {
            return Map.of("status", Change.of("OPEN", recordId == null ? "DECLINED" : "ANSWERED"));
        }
    }

    /** The requester accepted or rejected the answer. */
    public record ResponseDecided(
            UUID requestId,
            UUID requesterId,
            UUID supplierId,
            String material,
            UUID recordId,
            boolean accepted,
            String reason)
            implements RequestEvent {
        public String action() {
            return accepted ? "supplier.response.accepted" : "supplier.response.rejected";
        }

        public Map<String, Change> changes() {
            return Map.of("status", Change.of("ANSWERED", accepted ? "ACCEPTED" : "REJECTED"));
        }
    }

    /** A supplier published a correction of a record some requester uses: one event per requester. */
    public record RecordCorrected(
            UUID recordId, UUID correctionId, UUID supplierId, UUID requesterId, String productName, int revision)
            implements SupplyChainEvent {
        public String action() {
            return "supplier.record.corrected";
        }

        public String objectType() {
            return "UPSTREAM_RECORD";
        }

        public UUID objectId() {
            return correctionId;
        }

        public UUID tenantId() {
            return supplierId;
        }

        public UUID recipientOrganizationId() {
            return requesterId;
        }

        public Object[] arguments() {
            return new Object[] {productName, revision};
        }

        public String link() {
            return "/supply-chain/records/" + correctionId;
        }

        public Map<String, Change> changes() {
            return Map.of("revision", Change.of(revision - 1, revision));
        }
    }

    /**
     * A supplier's own change of a record (created, corrected into a new version, disclosure
     * changed, evidence added, upstream record linked), for the audit trail only: nobody else is
     * notified. The changes name no figures, since requesters may see the record's timeline but
     * not every field of it.
     */
    public record RecordChanged(UUID recordId, UUID supplierId, String action, Map<String, Change> changes)
            implements AuditableEvent {

        public static RecordChanged created(UUID recordId, UUID supplierId, int revision) {
            return new RecordChanged(
                    recordId, supplierId, "supplier.record.created", Map.of("revision", Change.created(revision)));
        }

        public static RecordChanged corrected(UUID recordId, UUID supplierId, UUID previousId, int revision) {
            return new RecordChanged(
                    recordId,
                    supplierId,
                    "supplier.record.revised",
                    Map.of(
                            "revision",
                            Change.of(revision - 1, revision),
                            "previousVersion",
                            Change.created(previousId)));
        }

        public static RecordChanged disclosed(UUID recordId, UUID supplierId, Disclosure before, Disclosure after) {
            Map<String, Change> changed = new java.util.LinkedHashMap<>();
            flag(changed, "breakdown", before.breakdown(), after.breakdown());
            flag(changed, "stages", before.stages(), after.stages());
            flag(changed, "upstreamNames", before.upstreamNames(), after.upstreamNames());
            flag(changed, "site", before.site(), after.site());
            flag(changed, "evidence", before.evidence(), after.evidence());
            flag(changed, "verifierFullAccess", before.verifierFullAccess(), after.verifierFullAccess());
            return new RecordChanged(recordId, supplierId, "supplier.record.disclosureChanged", Map.copyOf(changed));
        }

        private static void flag(Map<String, Change> changed, String name, boolean before, boolean after) {
            if (before != after) {
                changed.put("disclose." + name, Change.of(before, after));
            }
        }

        public static RecordChanged evidenceAdded(UUID recordId, UUID supplierId, int files) {
            return new RecordChanged(
                    recordId, supplierId, "supplier.record.evidenceAdded", Map.of("files", Change.created(files)));
        }

        public static RecordChanged linked(UUID recordId, UUID supplierId, UUID upstreamId) {
            return new RecordChanged(
                    recordId,
                    supplierId,
                    "supplier.record.upstreamLinked",
                    Map.of("upstreamRecord", Change.created(upstreamId)));
        }

        public String objectType() {
            return "UPSTREAM_RECORD";
        }

        public UUID objectId() {
            return recordId;
        }

        public UUID tenantId() {
            return supplierId;
        }
    }
}
