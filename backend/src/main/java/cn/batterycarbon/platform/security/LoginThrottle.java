package cn.batterycarbon.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Slows down password guessing: after {@code maxFailures} failed logins for one user name within
 * {@code window}, further attempts are refused until {@code lockDuration} has passed. Held in
 * memory (one node); a restart clears it.
 */
public class LoginThrottle {

    @ConfigurationProperties("bcf.security.login-throttle")
    public record Settings(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("15m") Duration window,
            @DefaultValue("15m") Duration lockDuration) {}

    private record Failures(int count, Instant firstAt, Instant lockedUntil) {}

    private final Settings settings;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        Failures entry = failures.get(key(username));
        return entry != null && entry.lockedUntil() != null && clock.instant().isBefore(entry.lockedUntil());
    }

    public void recordFailure(String username) {
        Instant now = clock.instant();
        failures.compute(key(username), (k, previous) -> {
            if (previous == null || now.isAfter(previous.firstAt().plus(settings.window()))) {
                previous = new Failures(0, now, null);
            }
            int count = previous.count() + 1;
            Instant lockedUntil = count >= settings.maxFailures() ? now.plus(settings.lockDuration()) : null;
            return new Failures(count, previous.firstAt(), lockedUntil);
        });
    }

    public void recordSuccess(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
