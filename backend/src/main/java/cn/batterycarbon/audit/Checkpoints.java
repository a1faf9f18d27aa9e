package cn.batterycarbon.audit;

import cn.batterycarbon.audit.core.ChainHash;
import cn.batterycarbon.audit.core.Checkpoint;
import cn.batterycarbon.audit.core.CheckpointSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anchors the chain: at {@code bcf.audit.checkpoint-interval} the head (last sequence number and
 * hash) is signed with the checkpoint key into an {@code audit_checkpoint} row and, when
 * configured, appended to a file outside the database. Also keeps the monthly partitions created
 * ahead.
 */
@Component
class Checkpoints {

    private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

    private final JdbcTemplate jdbc;
    private final AuditSettings settings;
    private final CheckpointSigner signer;
    private final Clock clock = Clock.systemUTC();

    Checkpoints(JdbcTemplate jdbc, AuditSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.signer = new CheckpointSigner(key(settings));
    }

    CheckpointSigner signer() {
        return signer;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createPartitionsAhead() {
        LocalDate month = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
        try {
            Integer created = jdbc.queryForObject(
                    "select audit_create_partitions(?, ?)", Integer.class, month, settings.partitionMonthsAhead() + 1);
            if (created != null && created > 0) {
                log.info("Audit trail: {} monthly partitions created", created);
            }
        } catch (org.springframework.dao.DataAccessException e) {
            // with separate database roles the owner creates partitions (docs/operations.md); the
            // default partition takes the entries meanwhile
            log.warn(
                    "Audit trail: monthly partitions not created ({})",
                    e.getMostSpecificCause().getMessage());
        }
    }

    @Scheduled(
            fixedDelayString = "${bcf.audit.checkpoint-interval:1h}",
            initialDelayString = "${bcf.audit.checkpoint-interval:1h}")
    void scheduled() {
        checkpoint();
    }

    /** Signs the current head; none when nothing was written since the last checkpoint. */
    @Transactional
    public Optional<Checkpoint> checkpoint() {
        var head = jdbc.queryForMap("select last_seq, last_hash from audit_head where id for share");
        long lastSeq = ((Number) head.get("last_seq")).longValue();
        String headHash = (String) head.get("last_hash");
        Long latest = jdbc.queryForObject("select max(last_seq) from audit_checkpoint", Long.class);
        if (lastSeq == 0 || (latest != null && latest == lastSeq)) {
            return Optional.empty();
        }
        Instant at = ChainHash.stored(clock.instant());
        String signature = signer.sign(lastSeq, headHash, at);
        Long id = jdbc.queryForObject(
                "insert into audit_checkpoint (created_at, last_seq, head_hash, key_id, signature) values (?, ?, ?, ?, ?) returning id",
                Long.class,
                Timestamp.from(at),
                lastSeq,
                headHash,
                signer.keyId(),
                signature);
        Checkpoint checkpoint = new Checkpoint(id, at, lastSeq, headHash, signer.keyId(), signature);
        writeFile(checkpoint);
        return Optional.of(checkpoint);
    }

    List<Checkpoint> all() {
        return jdbc.query(
                "select id, created_at, last_seq, head_hash, key_id, signature from audit_checkpoint order by last_seq",
                (rs, n) -> new Checkpoint(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)));
    }

    private void writeFile(Checkpoint c) {
        if (settings.checkpointFile().isBlank()) {
            return;
        }
        String line =
                "{\"createdAt\":\"%s\",\"lastSeq\":%d,\"headHash\":\"%s\",\"keyId\":\"%s\",\"signature\":\"%s\"}%n"
                        .formatted(c.createdAt(), c.lastSeq(), c.headHash(), c.keyId(), c.signature());
        try {
            Path file = Path.of(settings.checkpointFile());
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the row in the database is the checkpoint; the file is an extra copy
            log.warn("Audit checkpoint {} not written to {}: {}", c.lastSeq(), settings.checkpointFile(), e.toString());
        }
    }

    private static byte[] key(AuditSettings settings) {
        if (!settings.checkpointKey().isBlank()) {
            String configured = settings.checkpointKey().trim();
            try {
                byte[] decoded = Base64.getDecoder().decode(configured);
                if (decoded.length >= 32) {
                    return decoded;
                }
            } catch (IllegalArgumentException notBase64) {
                // used as text below
            }
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        Path file = settings.keyFile();
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            log.info(
                    "Audit trail: new checkpoint key created in {} (keep it outside the database)",
                    file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
