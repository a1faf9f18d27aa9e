package cn.batterycarbon.factor;

import cn.batterycarbon.platform.events.AuditableEvent;
import java.util.Map;
import java.util.UUID;

/**
 * What the factor module publishes: the life of a release (drafted, submitted, sent back,
 * published) and every edit of its factors. Factor edits are recorded against their release
 * (object type {@code FACTOR_RELEASE}), so the release's timeline shows them; the factor's code is
 * among the changes.
 */
public final class FactorEvents {

    private FactorEvents() {}

    /** A state change of a release, or an edit of one of its factors. */
    public record FactorReleaseChanged(
            String action, UUID releaseId, String releaseCode, UUID ownerOrganizationId, Map<String, Change> changes)
            implements AuditableEvent {
        public static final String DRAFTED = "factorRelease.drafted";
        public static final String SUBMITTED = "factorRelease.submitted";
        public static final String SENT_BACK = "factorRelease.sentBack";
        public static final String COMMENTED = "factorRelease.commented";
        public static final String FACTOR_ADDED = "factor.added";
        public static final String FACTOR_CHANGED = "factor.changed";
        public static final String FACTOR_RETIRED = "factor.retired";
        public static final String FACTOR_RESTORED = "factor.restored";
        public static final String FACTORS_IMPORTED = "factor.imported";

        public String objectType() {
            return "FACTOR_RELEASE";
        }

        public UUID objectId() {
            return releaseId;
        }

        public UUID tenantId() {
            return ownerOrganizationId;
        }
    }

    /** A release was approved and is now published: calculations may use it. */
    public record FactorReleasePublished(
            UUID releaseId, String releaseCode, UUID ownerOrganizationId, Map<String, Change> changes)
            implements AuditableEvent {
        public String action() {
            return "factorRelease.published";
        }

        public String objectType() {
            return "FACTOR_RELEASE";
        }

        public UUID objectId() {
            return releaseId;
        }

        public UUID tenantId() {
            return ownerOrganizationId;
        }
    }
}
