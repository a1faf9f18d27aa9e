package cn.batterycarbon.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.batterycarbon.BatteryCarbonApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded database a trial user runs: durable, protected by a generated password, and able to
 * start again after the application was killed with kill -9 (issue 18 points 15 and 16).
 */
class EmbeddedDatabaseDurabilityTests {

    @TempDir
    Path directory;

    @Test
    void runsDurableWithAGeneratedPasswordKeptOwnerOnly() throws Exception {
        Path data = directory.resolve("postgres");
        try (ConfigurableApplicationContext app = start(data)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class))
                    .isEqualTo("on");
            assertThat(jdbc.queryForObject("show full_page_writes", String.class))
                    .isEqualTo("on");

            Path passwordFile = data.resolve(EmbeddedDatabasePassword.FILE_NAME);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(passwordFile).trim()).hasSizeGreaterThanOrEqualTo(32);

            int port = app.getBean(EmbeddedPostgres.class).getPort();
            String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", ""))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres"))
                    .isInstanceOf(SQLException.class);
            try (var connection = DriverManager.getConnection(
                    url, "postgres", Files.readString(passwordFile).trim())) {
                assertThat(connection.isValid(2)).isTrue();
            }
        }
    }

    @Test
    void theNextStartRecoversAfterTheApplicationWasKilled() throws Exception {
        Path data = directory.resolve("postgres");
        Path log = directory.resolve("child.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                BatteryCarbonApplication.class.getName(),
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--bcf.embedded-db.data-directory=" + data));
        Process child = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            awaitStarted(child, log);
        } finally {
            // kill -9: no shutdown hook runs, the embedded PostgreSQL is left behind.
            child.destroyForcibly();
            child.waitFor();
        }
        var orphan = OrphanedPostmaster.running(data);
        assertThat(orphan)
                .as("the killed application's PostgreSQL is still running")
                .isPresent();

        try (ConfigurableApplicationContext app = start(data)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from user_account where username = 'maker'", Integer.class))
                    .isEqualTo(1);
            assertThat(orphan.get().isAlive()).isFalse();
        }
    }

    private static void awaitStarted(Process child, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(deadline)) {
            String output = Files.exists(log) ? Files.readString(log) : "";
            if (output.contains("Started BatteryCarbonApplication")) {
                return;
            }
            if (!child.isAlive()) {
                throw new AssertionError("The application did not start:\n" + output);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The application did not start in time:\n" + Files.readString(log));
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(BatteryCarbonApplication.class)
                // Arguments, not default properties: those lose against application.yml's own default.
                .run("--server.port=0", "--bcf.embedded-db.data-directory=" + data, "--spring.main.banner-mode=off");
    }
}
