package cn.batterycarbon.platform.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sign-in throttle's counts in PostgreSQL (table {@code login_failure}), shared by every node.
 * Each change runs in its own transaction with the row locked, so parallel failures on several
 * nodes all count, and a failure is kept even when the caller's transaction rolls back (a refused
 * password change).
 */
class JdbcLoginFailures implements LoginThrottle.FailureStore {

    private static final int MAX_KEY_LENGTH = 200;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    JdbcLoginFailures(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Optional<LoginThrottle.Failures> find(String key) {
        return jdbc
                .query(
                        "select failures, first_at, locked_until from login_failure where username = ?",
                        (rs, n) -> new LoginThrottle.Failures(
                                rs.getInt(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3))),
                        bounded(key))
                .stream()
                .findFirst();
    }

    @Override
    public void update(String key, UnaryOperator<LoginThrottle.Failures> change) {
        String name = bounded(key);
        ownTransaction.executeWithoutResult(status -> {
            // Make sure a row exists to lock, then change it under the lock.
            jdbc.update(
                    "insert into login_failure (username, failures, first_at) values (?, 0, now())"
                            + " on conflict (username) do nothing",
                    name);
            LoginThrottle.Failures current = jdbc.queryForObject(
                    "select failures, first_at, locked_until from login_failure where username = ? for update",
                    (rs, n) -> rs.getInt(1) == 0
                            ? null
                            : new LoginThrottle.Failures(
                                    rs.getInt(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3))),
                    name);
            LoginThrottle.Failures next = change.apply(current);
            jdbc.update(
                    "update login_failure set failures = ?, first_at = ?, locked_until = ? where username = ?",
                    next.count(),
                    Timestamp.from(next.firstAt()),
                    next.lockedUntil() == null ? null : Timestamp.from(next.lockedUntil()),
                    name);
        });
    }

    @Override
    public void remove(String key) {
        ownTransaction.executeWithoutResult(
                status -> jdbc.update("delete from login_failure where username = ?", bounded(key)));
    }

    private static String bounded(String key) {
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
