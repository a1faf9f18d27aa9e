package cn.batterycarbon.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.batterycarbon.BatteryCarbonApplication;
import cn.batterycarbon.support.TestDatabase;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event whose listener did not complete survives the end of the application and is handed to
 * the listener again on the next start: the first run commits the change with its event, then
 * "crashes" in the listener (as if the process died before it ran); the second run, against the
 * same database, re-publishes the incomplete publication and the listener completes it.
 */
class EventRepublicationTests {

    /** A test event; its listener fails while {@link ProbeListener#crashing} is set. */
    record RestartProbe(UUID id) {}

    static class ProbeListener {

        static volatile boolean crashing;
        static final AtomicInteger attempts = new AtomicInteger();
        static final Set<UUID> handled = ConcurrentHashMap.newKeySet();

        @ApplicationModuleListener
        void on(RestartProbe probe) {
            attempts.incrementAndGet();
            if (crashing) {
                throw new IllegalStateException("simulated crash before the listener completed");
            }
            handled.add(probe.id());
        }
    }

    @Test
    void anIncompletePublicationIsResubmittedOnRestart() {
        UUID probe = UUID.randomUUID();
        ProbeListener.crashing = true;
        try (ConfigurableApplicationContext first = start()) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            first.getBean(TransactionTemplate.class)
                    .executeWithoutResult(tx -> first.publishEvent(new RestartProbe(probe)));
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> ProbeListener.attempts.get() > 0);
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> incomplete(jdbc, probe) == 1);
        }
        assertThat(ProbeListener.handled).doesNotContain(probe);

        ProbeListener.crashing = false;
        try (ConfigurableApplicationContext second = start()) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> ProbeListener.handled.contains(probe));
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> incomplete(jdbc, probe) == 0);
            assertThat(jdbc.queryForObject(
                            "select count(*) from event_publication_archive where serialized_event like ? and completion_date is not null",
                            Integer.class,
                            "%" + probe + "%"))
                    .isEqualTo(1);
        }
    }

    private static int incomplete(JdbcTemplate jdbc, UUID probe) {
        Integer n = jdbc.queryForObject(
                "select count(*) from event_publication where serialized_event like ? and completion_date is null",
                Integer.class,
                "%" + probe + "%");
        return n == null ? 0 : n;
    }

    private static ConfigurableApplicationContext start() {
        TestDatabase.Connection db = TestDatabase.connection();
        return new SpringApplicationBuilder(BatteryCarbonApplication.class, ProbeListener.class)
                .properties(
                        "server.port=0",
                        "spring.main.banner-mode=off",
                        "spring.datasource.url=" + db.url(),
                        "spring.datasource.username=" + db.username(),
                        "spring.datasource.password=" + db.password(),
                        "bcf.demo-data=false",
                        "spring.modulith.events.republish-outstanding-events-on-restart=true")
                .run();
    }
}
