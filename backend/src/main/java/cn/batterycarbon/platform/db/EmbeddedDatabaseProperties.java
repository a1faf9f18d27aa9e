package cn.batterycarbon.platform.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that starts when no external database is configured.
 *
 * @param dataDirectory where the cluster lives; kept between runs so that data persists
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 */
@ConfigurationProperties("bcf.embedded-db")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("0") int port) {}
