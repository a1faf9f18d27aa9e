package cn.batterycarbon.declaration;

import cn.batterycarbon.platform.events.AuditableEvent;
import java.util.Map;
import java.util.UUID;

/**
 * What the declaration module publishes when a declaration is created, changed, deleted, pinned to
 * a release, its activity lines change (form, API or upload) or it is submitted. The calculation
 * has its own event.
 */
public final class DeclarationEvents {

    private DeclarationEvents() {}

    public record DeclarationChanged(
            String action, UUID declarationId, UUID organizationId, Map<String, Change> changes)
            implements AuditableEvent {
        public static final String CREATED = "declaration.created";
        public static final String CHANGED = "declaration.changed";
        public static final String DELETED = "declaration.deleted";
        public static final String RELEASE_PINNED = "declaration.releasePinned";

        public String objectType() {
            return "DECLARATION";
        }

        public UUID objectId() {
            return declarationId;
        }

        public UUID tenantId() {
            return organizationId;
        }
    }

    /** Activity lines were added, changed, deleted or uploaded. */
    public record DeclarationLinesChanged(
            String action, UUID declarationId, UUID organizationId, Map<String, Change> changes)
            implements AuditableEvent {
        public static final String LINE_ADDED = "declaration.lineAdded";
        public static final String LINE_CHANGED = "declaration.lineChanged";
        public static final String LINE_DELETED = "declaration.lineDeleted";
        public static final String UPLOADED = "declaration.linesUploaded";

        public String objectType() {
            return "DECLARATION";
        }

        public UUID objectId() {
            return declarationId;
        }

        public UUID tenantId() {
            return organizationId;
        }
    }

    public record DeclarationSubmitted(UUID declarationId, UUID organizationId, Map<String, Change> changes)
            implements AuditableEvent {
        public String action() {
            return "declaration.submitted";
        }

        public String objectType() {
            return "DECLARATION";
        }

        public UUID objectId() {
            return declarationId;
        }

        public UUID tenantId() {
            return organizationId;
        }
    }
}
