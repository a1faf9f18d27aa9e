package cn.batterycarbon.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit trail ({@code bcf.audit.*}, docs/operations.md).
 *
 * @param checkpointInterval how often the chain's head is signed into a checkpoint
 * @param checkpointKey the HMAC key of checkpoints (at least 32 bytes, base64 or text); kept
 *     outside the database. Empty: a random key is created once in {@code keyFile}
 * @param keyFile where the generated key is kept when {@code checkpointKey} is empty
 * @param checkpointFile optional file outside the database to which every checkpoint is also
 *     appended as a JSON line (empty: none)
 * @param partitionMonthsAhead monthly partitions kept created ahead of the current month
 */
@ConfigurationProperties("bcf.audit")
record AuditSettings(
        @DefaultValue("1h") Duration checkpointInterval,
        @DefaultValue("") String checkpointKey,
        @DefaultValue("./data/audit-checkpoint.key") Path keyFile,
        @DefaultValue("") String checkpointFile,
        @DefaultValue("3") int partitionMonthsAhead) {}
