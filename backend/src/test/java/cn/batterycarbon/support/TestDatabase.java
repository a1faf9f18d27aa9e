package cn.batterycarbon.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one real PostgreSQL all tests of a JVM share: a Testcontainers PostgreSQL 17 when a Docker
 * engine answers, otherwise an embedded PostgreSQL 17 in a throw-away directory. Started on first
 * use, stopped when the JVM exits.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

    public record Connection(String url, String username, String password) {}

    private static Connection connection;

    private TestDatabase() {}

    public static synchronized Connection connection() {
        if (connection == null) {
            connection = dockerAvailable() ? startContainer() : startEmbedded();
        }
        return connection;
    }

    private static boolean dockerAvailable() {
        if ("false".equals(System.getProperty("bcf.test.docker"))) {
            return false;
        }
        if (System.getenv("DOCKER_HOST") == null
                && !java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource")
    private static Connection startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        log.info("Tests use a Testcontainers PostgreSQL at {}", container.getJdbcUrl());
        return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static Connection startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    log.warn("Could not stop the embedded test PostgreSQL", e);
                }
            }));
            String url = postgres.getJdbcUrl("postgres", "postgres");
            log.info("No Docker engine: tests use an embedded PostgreSQL at {}", url);
            return new Connection(url, "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded test PostgreSQL", e);
        }
    }
}
