package cn.batterycarbon.audit;

import cn.batterycarbon.audit.core.AuditRecord;
import cn.batterycarbon.audit.core.ChainVerifier;
import cn.batterycarbon.platform.events.AuditedObjects;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.web.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail's API: an object's timeline for someone who may see the object, the filtered
 * log for administrators and regulators (page or export), and the chain verification.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    /** The request attribute holding the request id recorded with each entry. */
    public static final String REQUEST_ID_ATTRIBUTE = "cn.batterycarbon.audit.requestId";

    /** What the log browser filters by; null fields do not filter. */
    public record Filter(String actor, UUID tenant, String objectType, String action, Instant from, Instant to) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    /** The outcome of a chain verification and how long it took. */
    public record Verification(ChainVerifier.Result result, Duration took, Instant at) {}

    private final JdbcTemplate jdbc;
    private final Checkpoints checkpoints;
    private final Map<String, AuditedObjects> visibility;

    AuditTrail(JdbcTemplate jdbc, Checkpoints checkpoints, List<AuditedObjects> objects) {
        this.jdbc = jdbc;
        this.checkpoints = checkpoints;
        this.visibility = objects.stream().collect(Collectors.toMap(AuditedObjects::objectType, Function.identity()));
    }

    /**
     * The entries about one object, oldest first, if the user may see the object (its module
     * decides; without a rule, its organization, administrators and regulators); otherwise 404.
     */
    public List<AuditRecord> timeline(String objectType, UUID objectId, PlatformUser user) {
        List<AuditRecord> entries = jdbc.query(
                "select * from audit_entry where object_type = ? and object_id = ? order by seq",
                (rs, n) -> record(rs),
                objectType,
                objectId);
        if (!mayAlwaysSee(user)) {
            AuditedObjects rule = visibility.get(objectType);
            boolean visible = rule != null
                    ? rule.visible(objectId, user)
                    : !entries.isEmpty() && entries.stream().allMatch(e -> user.belongsTo(e.tenantId()));
            if (!visible) {
                throw new NotFoundException();
            }
        }
        return entries;
    }

    /** One page of the log, newest first (administrators and regulators). */
    public List<AuditRecord> search(Filter filter, int page, int size) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        args.add(size);
        args.add((long) page * size);
        return jdbc.query(
                "select * from audit_entry" + where + " order by seq desc limit ? offset ?",
                (rs, n) -> record(rs),
                args.toArray());
    }

    /** Every entry matching the filter, oldest first, streamed to {@code sink} (exports). */
    public void export(Filter filter, Consumer<AuditRecord> sink) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        jdbc.query(
                con -> {
                    var statement = con.prepareStatement("select * from audit_entry" + where + " order by seq");
                    statement.setFetchSize(1000);
                    for (int i = 0; i < args.size(); i++) {
                        statement.setObject(i + 1, args.get(i));
                    }
                    return statement;
                },
                (RowCallbackHandler) rs -> sink.accept(record(rs)));
    }

    /** Checks the whole chain against itself, the head and every signed checkpoint. */
    public Verification verify() {
        long start = System.nanoTime();
        ChainVerifier verifier = new ChainVerifier(checkpoints.all(), checkpoints.signer());
        jdbc.query(
                con -> {
                    var statement = con.prepareStatement(
                            "select * from audit_entry order by seq",
                            ResultSet.TYPE_FORWARD_ONLY,
                            ResultSet.CONCUR_READ_ONLY);
                    statement.setFetchSize(5000);
                    return statement;
                },
                (ResultSet rs) -> {
                    while (rs.next()) {
                        if (!verifier.accept(record(rs))) {
                            break;
                        }
                    }
                    return null;
                });
        Long head = jdbc.queryForObject("select last_seq from audit_head where id", Long.class);
        ChainVerifier.Result result = verifier.finish(head == null ? 0 : head);
        return new Verification(result, Duration.ofNanos(System.nanoTime() - start), Instant.now());
    }

    private static boolean mayAlwaysSee(PlatformUser user) {
        return user.hasRole(Role.ADMIN) || user.hasRole(Role.REGULATOR);
    }

    private static String where(Filter f, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (f.actor() != null && !f.actor().isBlank()) {
            conditions.add("actor_name = ?");
            args.add(f.actor().trim());
        }
        if (f.tenant() != null) {
            conditions.add("tenant_id = ?");
            args.add(f.tenant());
        }
        if (f.objectType() != null && !f.objectType().isBlank()) {
            conditions.add("object_type = ?");
            args.add(f.objectType().trim());
        }
        if (f.action() != null && !f.action().isBlank()) {
            conditions.add("action = ?");
            args.add(f.action().trim());
        }
        if (f.from() != null) {
            conditions.add("occurred_at >= ?");
            args.add(Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            conditions.add("occurred_at < ?");
            args.add(Timestamp.from(f.to()));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    static AuditRecord record(ResultSet rs) throws SQLException {
        return new AuditRecord(
                rs.getLong("seq"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor_type"),
                rs.getObject("actor_id", UUID.class),
                rs.getString("actor_name"),
                rs.getObject("actor_org_id", UUID.class),
                rs.getString("actor_roles"),
                rs.getString("action"),
                rs.getString("object_type"),
                rs.getObject("object_id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getString("changes"),
                rs.getString("request_id"),
                rs.getString("client_address"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
