package cn.batterycarbon.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL 17 with a persistent data directory when no
 * {@code spring.datasource.url} is configured, so that the app runs with nothing installed but a
 * JDK. With an external database configured this class contributes nothing.
 *
 * <p>The cluster is durable ({@code fsync}, {@code synchronous_commit}, {@code full_page_writes}
 * on: an acknowledged write survives a power failure) and asks for a password on every connection
 * (scram-sha-256); the password is generated once and kept in the data directory, readable by its
 * owner only ({@link EmbeddedDatabasePassword}). A PostgreSQL left running by a killed application
 * is stopped before the start ({@link OrphanedPostmaster}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedPostgresConfiguration {

    static final String USER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) {
        Path dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDirectory);
            OrphanedPostmaster.stopIfRunning(dataDirectory);
            boolean fresh = !Files.exists(dataDirectory.resolve("PG_VERSION"));
            EmbeddedDatabasePassword password = EmbeddedDatabasePassword.in(dataDirectory);
            boolean legacy = !fresh && !password.exists();
            log.info("Starting embedded PostgreSQL with data directory {}", dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
            Path initialPasswordFile = null;
            if (fresh) {
                // initdb takes the password from a file and writes pg_hba.conf with scram-sha-256 for all
                // connections (zonky's own "-A trust" comes first and is overridden by --auth).
                initialPasswordFile = password.writeInitdbFile();
                builder.setLocaleConfig("auth", "scram-sha-256")
                        .setLocaleConfig("pwfile", initialPasswordFile.toString())
                        .setConnectConfig("password", password.value());
            } else if (!legacy) {
                builder.setConnectConfig("password", password.value());
            }
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            EmbeddedPostgres postgres;
            try {
                postgres = builder.start();
            } finally {
                if (initialPasswordFile != null) {
                    Files.deleteIfExists(initialPasswordFile);
                }
            }
            if (fresh) {
                password.keepInDataDirectory();
            } else if (legacy) {
                requirePassword(postgres, password, dataDirectory);
            }
            log.info("Embedded PostgreSQL listening on 127.0.0.1:{}", postgres.getPort());
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * A data directory made before passwords were required (every local connection trusted): give the
     * user a generated password and switch pg_hba.conf to scram-sha-256, once.
     */
    private static void requirePassword(
            EmbeddedPostgres postgres, EmbeddedDatabasePassword password, Path dataDirectory) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            statement.execute("alter user " + USER + " password '" + password.value() + "'");
            password.keepInDataDirectory();
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), """
                    # Written by the platform: every connection needs the password (see bcf-db-password).
                    local all all scram-sha-256
                    host  all all 127.0.0.1/32 scram-sha-256
                    host  all all ::1/128 scram-sha-256
                    """);
            statement.execute("select pg_reload_conf()");
            log.info("Embedded PostgreSQL now requires the password kept in {}", password.file());
        } catch (SQLException e) {
            throw new IOException("Could not set the embedded database's password", e);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
        EmbeddedDatabasePassword password = EmbeddedDatabasePassword.in(
                properties.dataDirectory().toAbsolutePath().normalize());
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres");
        dataSource.setUsername(USER);
        dataSource.setPassword(password.value());
        dataSource.setPoolName("embedded-postgres");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
