package cn.batterycarbon.organization;

import cn.batterycarbon.platform.events.AuditableEvent;
import java.util.Map;
import java.util.UUID;

/**
 * What the organization module publishes when organizations, users, roles and API tokens change
 * (published inside the changing transaction; see {@link AuditableEvent}). Secrets, token values
 * and password hashes are never part of an event.
 */
public final class OrganizationEvents {

    private OrganizationEvents() {}

    public record OrganizationRegistered(UUID organizationId, Map<String, Change> changes) implements AuditableEvent {
        public String action() {
            return "organization.registered";
        }

        public String objectType() {
            return "ORGANIZATION";
        }

        public UUID objectId() {
            return organizationId;
        }

        public UUID tenantId() {
            return organizationId;
        }
    }

    public record OrganizationChanged(UUID organizationId, Map<String, Change> changes) implements AuditableEvent {
        public String action() {
            return "organization.changed";
        }

        public String objectType() {
            return "ORGANIZATION";
        }

        public UUID objectId() {
            return organizationId;
        }

        public UUID tenantId() {
            return organizationId;
        }
    }

    /** A user account changed: created, deactivated, activated, roles or password changed. */
    public record UserChanged(String action, UUID userId, UUID organizationId, Map<String, Change> changes)
            implements AuditableEvent {
        public static final String CREATED = "user.created";
        public static final String DEACTIVATED = "user.deactivated";
        public static final String ACTIVATED = "user.activated";
        public static final String ROLES_CHANGED = "user.rolesChanged";
        public static final String PASSWORD_RESET = "user.passwordReset";
        public static final String PASSWORD_CHANGED = "user.passwordChanged";

        public String objectType() {
            return "USER";
        }

        public UUID objectId() {
            return userId;
        }

        public UUID tenantId() {
            return organizationId;
        }
    }

    /** A personal API token was issued or revoked (its name and expiry, never its value). */
    public record ApiTokenChanged(String action, UUID tokenId, UUID organizationId, Map<String, Change> changes)
            implements AuditableEvent {
        public static final String ISSUED = "token.issued";
        public static final String REVOKED = "token.revoked";

        public String objectType() {
            return "API_TOKEN";
        }

        public UUID objectId() {
            return tokenId;
        }

        public UUID tenantId() {
            return organizationId;
        }
    }
}
