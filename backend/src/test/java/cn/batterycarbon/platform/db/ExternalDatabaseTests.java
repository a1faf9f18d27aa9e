package cn.batterycarbon.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.batterycarbon.platform.demo.DemoDataSettings;
import cn.batterycarbon.support.IntegrationTest;
import cn.batterycarbon.support.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

/** With spring.datasource.url set (as the tests do), the app uses that database and starts none of its own. */
@IntegrationTest
class ExternalDatabaseTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Environment environment;

    @Test
    void noEmbeddedDatabaseStartsWhenADatabaseIsConfigured() {
        assertThat(context.getBeanProvider(EmbeddedPostgres.class).getIfAvailable())
                .isNull();
        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo(TestDatabase.connection().url());
    }

    @Test
    void demoDataIsOffWithAnExternalDatabaseUnlessAskedFor() {
        MockEnvironment external =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x");
        assertThat(new DemoDataSettings(external).enabled()).isFalse();
        assertThat(new DemoDataSettings(external.withProperty("DEMO_DATA", "true")).enabled())
                .isTrue();
        assertThat(new DemoDataSettings(new MockEnvironment()).enabled()).isTrue();
        assertThat(new DemoDataSettings(new MockEnvironment().withProperty("bcf.demo-data", "false")).enabled())
                .isFalse();
    }
}
