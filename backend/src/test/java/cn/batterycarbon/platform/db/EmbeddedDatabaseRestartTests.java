package cn.batterycarbon.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.batterycarbon.BatteryCarbonApplication;
import cn.batterycarbon.organization.OrganizationDirectory;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.organization.domain.Organization.OrganizationDetails;
import cn.batterycarbon.platform.security.OrganizationType;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The default installation: no database configured, so the app starts its own PostgreSQL in a
 * data directory, and whatever was saved is still there after a restart (migrations and demo data
 * are not applied twice).
 */
class EmbeddedDatabaseRestartTests {

    @TempDir
    Path dataDirectory;

    @Test
    void dataSurvivesARestart() {
        UUID registered;
        try (ConfigurableApplicationContext first = start()) {
            assertThat(first.getEnvironment().getProperty("spring.datasource.url"))
                    .isNull();
            registered = first.getBean(OrganizationAdministration.class)
                    .registerOrganization(
                            OrganizationType.SUPPLIER,
                            "91330100MA2TEN001A",
                            new OrganizationDetails("持久化测试", "Persistence test", "杭州", "测试", null, "p@t.cn"))
                    .getId();
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(OrganizationDirectory.class).find(registered))
                    .hasValueSatisfying(o -> assertThat(o.nameEn()).isEqualTo("Persistence test"));
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from user_account where username = 'maker'", Integer.class))
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject(
                            "select count(*) from flyway_schema_history where version = '1' and success",
                            Integer.class))
                    .isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(BatteryCarbonApplication.class)
                // Arguments, not default properties: those lose against application.yml's own default.
                .run(
                        "--server.port=0",
                        "--bcf.embedded-db.data-directory=" + dataDirectory.resolve("postgres"),
                        "--spring.main.banner-mode=off");
    }
}
