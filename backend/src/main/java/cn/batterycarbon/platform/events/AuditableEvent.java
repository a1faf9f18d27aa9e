package cn.batterycarbon.platform.events;

import java.util.Map;
import java.util.UUID;

/**
 * A domain event that the audit trail records. Every module publishes its state changes as
 * events implementing this interface, from inside the transaction that makes the change (through
 * Spring's {@code ApplicationEventPublisher}); the audit module listens synchronously, so the
 * change and its audit entry commit or roll back together. Other modules react to the same events
 * with {@code @ApplicationModuleListener} after the commit.
 *
 * <p>The actor, request id and client address are taken by the audit module from the current
 * request and security context ("system" when there is none), so events carry only the facts of
 * the change.
 */
public interface AuditableEvent {

    /** What happened, as a stable dotted code, e.g. {@code declaration.submitted}. */
    String action();

    /** The kind of object changed, e.g. {@code DECLARATION}, {@code FACTOR_RELEASE}. */
    String objectType();

    /** The id of the object changed. */
    UUID objectId();

    /** The organization that owns the object, or {@code null} for platform-wide objects. */
    UUID tenantId();

    /**
     * The changed fields as name to {@link Change}; empty when the action says it all. Secrets
     * and password hashes are never included.
     */
    default Map<String, Change> changes() {
        return Map.of();
    }

    /** A field's value before and after the change ({@code null} where it did not exist). */
    record Change(Object before, Object after) {

        public static Change of(Object before, Object after) {
            return new Change(before, after);
        }

        public static Change created(Object after) {
            return new Change(null, after);
        }
    }
}
