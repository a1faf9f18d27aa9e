package cn.batterycarbon.platform.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the application was killed (kill -9, a crash), its embedded PostgreSQL keeps running and
 * holds the data directory, so a new one cannot start. PostgreSQL records its process id in
 * {@code postmaster.pid}; if that process still runs and is a postgres, it is asked to shut down
 * (SIGTERM: it finishes its work and writes a clean checkpoint) and waited for. Only when it does
 * not stop within the grace period is it killed; with fsync on, the WAL then recovers every
 * committed transaction at the next start.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private OrphanedPostmaster() {}

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> orphan = running(dataDirectory);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = orphan.get();
        log.warn(
                "An embedded PostgreSQL (pid {}) from an earlier run still holds {}: stopping it",
                postmaster.pid(),
                dataDirectory);
        List<ProcessHandle> backends = postmaster.children().toList();
        postmaster.destroy();
        try {
            postmaster.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            log.warn("PostgreSQL pid {} did not stop within {}: killing it", postmaster.pid(), GRACE);
            postmaster.destroyForcibly();
            waitFor(postmaster);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the orphaned PostgreSQL", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("Could not stop the orphaned PostgreSQL", e);
        }
        // Its backends leave with it; wait for them so that the shared memory is free for the new one.
        backends.forEach(OrphanedPostmaster::waitFor);
        log.info("The earlier embedded PostgreSQL has stopped");
    }

    /** The postmaster named in postmaster.pid, if that process is alive and is a postgres. */
    static Optional<ProcessHandle> running(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info()
                        .command()
                        .map(command -> command.endsWith("postgres"))
                        .orElse(false));
    }

    private static void waitFor(ProcessHandle process) {
        try {
            process.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("PostgreSQL process {} did not end: {}", process.pid(), e.toString());
        }
    }
}
