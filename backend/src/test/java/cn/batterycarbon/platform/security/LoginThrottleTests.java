package cn.batterycarbon.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle =
            new LoginThrottle(new LoginThrottle.Settings(3, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);

    @Test
    void locksAfterTooManyFailuresWithinTheWindowAndUnlocksLater() {
        throttle.recordFailure("Maker");
        throttle.recordFailure("maker");
        assertThat(throttle.isLocked("maker")).isFalse();
        throttle.recordFailure("MAKER ");
        assertThat(throttle.isLocked("maker")).isTrue();
        assertThat(throttle.isLocked("supplier")).isFalse();
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.isLocked("maker")).isFalse();
    }

    @Test
    void failuresOutsideTheWindowStartANewCount() {
        throttle.recordFailure("maker");
        throttle.recordFailure("maker");
        clock.advance(Duration.ofMinutes(20));
        throttle.recordFailure("maker");
        assertThat(throttle.isLocked("maker")).isFalse();
    }

    @Test
    void aSuccessfulLoginClearsTheCount() {
        throttle.recordFailure("maker");
        throttle.recordFailure("maker");
        throttle.recordSuccess("maker");
        throttle.recordFailure("maker");
        assertThat(throttle.isLocked("maker")).isFalse();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
