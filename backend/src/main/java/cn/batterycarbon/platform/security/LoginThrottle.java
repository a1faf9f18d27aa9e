package cn.batterycarbon.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Slows down password guessing: after {@code maxFailures} failed password checks for one user name
 * within {@code window}, further attempts are refused until {@code lockDuration} has passed. Used
 * by the sign-in form and by the current-password check of the change-password form. The counts
 * live in a {@link FailureStore}: in the application that is PostgreSQL ({@link JdbcLoginFailures}),
 * so every node of a cluster sees the same lock-outs.
 */
public class LoginThrottle {

    @ConfigurationProperties("bcf.security.login-throttle")
    public record Settings(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("15m") Duration window,
            @DefaultValue("15m") Duration lockDuration) {}

    /** Failed checks of one user name since {@code firstAt}; locked while {@code lockedUntil} is ahead. */
    public record Failures(int count, Instant firstAt, Instant lockedUntil) {}

    /** Where the counts live; {@link #update} must be atomic per user name (several nodes, threads). */
    public interface FailureStore {

        Optional<Failures> find(String key);

        void update(String key, UnaryOperator<Failures> change);

        void remove(String key);
    }

    private final Settings settings;
    private final Clock clock;
    private final FailureStore store;

    /** A throttle with its counts in this JVM's memory (tests, tools). */
    public LoginThrottle(Settings settings, Clock clock) {
        this(settings, clock, new InMemoryFailures());
    }

    public LoginThrottle(Settings settings, Clock clock, FailureStore store) {
        this.settings = settings;
        this.clock = clock;
        this.store = store;
    }

    public boolean isLocked(String username) {
        return store.find(key(username))
                .map(entry -> entry.lockedUntil() != null && clock.instant().isBefore(entry.lockedUntil()))
                .orElse(false);
    }

    public void recordFailure(String username) {
        Instant now = clock.instant();
        store.update(key(username), previous -> {
            if (previous == null || now.isAfter(previous.firstAt().plus(settings.window()))) {
                previous = new Failures(0, now, null);
            }
            int count = previous.count() + 1;
            Instant lockedUntil = count >= settings.maxFailures() ? now.plus(settings.lockDuration()) : null;
            return new Failures(count, previous.firstAt(), lockedUntil);
        });
    }

    public void recordSuccess(String username) {
        store.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static final class InMemoryFailures implements FailureStore {

        private final Map<String, Failures> failures = new ConcurrentHashMap<>();

        @Override
        public Optional<Failures> find(String key) {
            return Optional.ofNullable(failures.get(key));
        }

        @Override
        public void update(String key, UnaryOperator<Failures> change) {
            failures.compute(key, (k, previous) -> change.apply(previous));
        }

        @Override
        public void remove(String key) {
            failures.remove(key);
        }
    }
}
