package cn.batterycarbon.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The embedded database's password: 128 random bits, generated on first start and kept in
 * {@code bcf-db-password} inside the data directory with owner-only permissions (like the data
 * directory itself, which PostgreSQL requires to be 0700).
 */
final class EmbeddedDatabasePassword {

    static final String FILE_NAME = "bcf-db-password";

    private final Path dataDirectory;
    private String value;

    private EmbeddedDatabasePassword(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    static EmbeddedDatabasePassword in(Path dataDirectory) {
        return new EmbeddedDatabasePassword(dataDirectory);
    }

    Path file() {
        return dataDirectory.resolve(FILE_NAME);
    }

    boolean exists() {
        return Files.exists(file());
    }

    synchronized String value() {
        if (value == null) {
            try {
                value = exists()
                        ? Files.readString(file(), StandardCharsets.UTF_8).trim()
                        : generate();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + file(), e);
            }
        }
        return value;
    }

    /** initdb needs an empty data directory, so its password file sits beside it until initdb ran. */
    Path writeInitdbFile() throws IOException {
        Path file = Files.createTempFile(
                dataDirectory.getParent(),
                ".bcf-initdb-",
                ".pw",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, value() + "\n", StandardCharsets.UTF_8);
        return file;
    }

    void keepInDataDirectory() throws IOException {
        Path file = file();
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, value() + "\n", StandardCharsets.UTF_8);
    }

    private static String generate() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
