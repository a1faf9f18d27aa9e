package cn.batterycarbon.audit;

import cn.batterycarbon.audit.core.AuditRecord;
import cn.batterycarbon.audit.core.CanonicalJson;
import cn.batterycarbon.audit.core.ChainHash;
import cn.batterycarbon.platform.events.AuditableEvent;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the chain. The head row is locked ({@code SELECT ... FOR UPDATE}) in the
 * caller's transaction: that is the one serialization point of all writers, so every entry chains
 * to the entry committed before it and sequence numbers have no gaps. A rolled-back change takes
 * its entry (and the head's advance) with it.
 */
@Component
class AuditLog {

    /** Field names whose values are never written, whatever an event carries. */
    private static final Set<String> SECRET_FIELDS =
            Set.of("password", "passwordhash", "secret", "token", "tokenhash", "credentials");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public AuditRecord append(AuditableEvent event, AuditContext context) {
        return append(event.action(), event.objectType(), event.objectId(), event.tenantId(), event.changes(), context);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public AuditRecord append(
            String action,
            String objectType,
            UUID objectId,
            UUID tenantId,
            Map<String, AuditableEvent.Change> changes,
            AuditContext context) {
        Map<String, Map.Entry<Object, Object>> fields = new LinkedHashMap<>();
        changes.forEach((name, change) -> {
            if (!SECRET_FIELDS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                fields.put(name, new AbstractMap.SimpleImmutableEntry<>(change.before(), change.after()));
            }
        });
        String changesJson = CanonicalJson.changes(fields);
        var head = jdbc.queryForMap("select last_seq, last_hash from audit_head where id for update");
        long seq = ((Number) head.get("last_seq")).longValue() + 1;
        String prevHash = (String) head.get("last_hash");
        Instant at = ChainHash.stored(clock.instant());
        AuditRecord unsigned = new AuditRecord(
                seq,
                at,
                context.actorType(),
                context.actorId(),
                context.actorName(),
                context.actorOrganizationId(),
                context.actorRoles(),
                action,
                objectType,
                objectId,
                tenantId,
                changesJson,
                context.requestId(),
                context.clientAddress(),
                prevHash,
                null);
        String hash = new ChainHash().hash(unsigned);
        // the entry and the head's advance in one statement: one round trip less while the head is locked
        jdbc.update(
                """
                with entry as (
                    insert into audit_entry (seq, occurred_at, actor_type, actor_id, actor_name, actor_org_id,
                        actor_roles, action, object_type, object_id, tenant_id, changes, request_id, client_address,
                        prev_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))
                update audit_head set last_seq = ?, last_hash = ? where id""",
                seq,
                Timestamp.from(at),
                context.actorType(),
                context.actorId(),
                context.actorName(),
                context.actorOrganizationId(),
                context.actorRoles(),
                action,
                objectType,
                objectId,
                tenantId,
                changesJson,
                context.requestId(),
                context.clientAddress(),
                prevHash,
                hash,
                seq,
                hash);
        return unsigned.withHash(hash);
    }
}
