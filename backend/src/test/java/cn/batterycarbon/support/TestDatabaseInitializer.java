package cn.batterycarbon.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application at the shared {@link TestDatabase} through the standard
 * {@code spring.datasource.*} settings, before any condition is evaluated, so the app's own
 * embedded-database start-up stays off exactly as in production. Demo data is on: tests sign in
 * with the demo accounts.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Supplier evidence files of the test JVM, outside the work tree. */
    public static final String EVIDENCE_DIRECTORY = System.getProperty("java.io.tmpdir") + "/bcf-test-evidence-"
            + ProcessHandle.current().pid();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Connection db = TestDatabase.connection();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "testDatabase",
                        Map.of(
                                "spring.datasource.url", db.url(),
                                "spring.datasource.username", db.username(),
                                "spring.datasource.password", db.password(),
                                "bcf.demo-data", "true",
                                "bcf.evidence.directory", EVIDENCE_DIRECTORY)));
    }
}
