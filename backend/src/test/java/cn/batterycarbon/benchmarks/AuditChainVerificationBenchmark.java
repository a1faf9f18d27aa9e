package cn.batterycarbon.benchmarks;

import cn.batterycarbon.audit.core.AuditRecord;
import cn.batterycarbon.audit.core.ChainHash;
import cn.batterycarbon.audit.core.ChainVerifier;
import cn.batterycarbon.audit.core.Checkpoint;
import cn.batterycarbon.audit.core.CheckpointSigner;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Audit chain verification on one core: {@value #ENTRIES} chained entries of realistic size (actor,
 * object, request id, a few changed fields) and one checkpoint every 10,000 entries, verified by
 * {@link ChainVerifier} (canonical serialization, SHA-256, sequence, previous hash, checkpoint
 * signature and head). The score is seconds per verification of the whole chain. Target: under
 * 10 s. Reading the rows from PostgreSQL comes on top (streamed with a fetch size of 5,000).
 *
 * <p>Run with {@code backend/bench/audit-verify.sh} from the project root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx3g"})
public class AuditChainVerificationBenchmark {

    static final int ENTRIES = 1_000_000;

    private final CheckpointSigner signer =
            new CheckpointSigner("benchmark-checkpoint-key-of-32-bytes!".getBytes(StandardCharsets.UTF_8));
    private List<AuditRecord> chain;
    private List<Checkpoint> checkpoints;

    @Setup
    public void build() {
        chain = new ArrayList<>(ENTRIES);
        checkpoints = new ArrayList<>();
        ChainHash hashes = new ChainHash();
        String previous = ChainHash.GENESIS;
        Instant time = Instant.parse("2026-01-01T00:00:00Z");
        UUID organization = UUID.randomUUID();
        for (int i = 1; i <= ENTRIES; i++) {
            AuditRecord entry = new AuditRecord(
                    i,
                    time.plusMillis(i * 37L),
                    "USER",
                    UUID.randomUUID(),
                    "maker" + (i % 50),
                    organization,
                    "MANUFACTURER",
                    "declaration.lineChanged",
                    "DECLARATION",
                    UUID.randomUUID(),
                    organization,
                    "{\"quantity\":{\"after\":\"" + (i % 997)
                            + ".5\",\"before\":\"12.25\"},\"unit\":{\"after\":\"kg\",\"before\":\"t\"}}",
                    UUID.randomUUID().toString(),
                    "10.0." + (i % 256) + "." + (i % 200),
                    previous,
                    null);
            String hash = hashes.hash(entry);
            chain.add(new AuditRecord(
                    entry.seq(),
                    entry.occurredAt(),
                    entry.actorType(),
                    entry.actorId(),
                    entry.actorName(),
                    entry.actorOrganizationId(),
                    entry.actorRoles(),
                    entry.action(),
                    entry.objectType(),
                    entry.objectId(),
                    entry.tenantId(),
                    entry.changes(),
                    entry.requestId(),
                    entry.clientAddress(),
                    previous,
                    hash));
            previous = hash;
            if (i % 10_000 == 0) {
                Instant at = entry.occurredAt();
                checkpoints.add(new Checkpoint(i / 10_000, at, i, hash, signer.keyId(), signer.sign(i, hash, at)));
            }
        }
    }

    @Benchmark
    public ChainVerifier.Result verifyMillionEntries() {
        ChainVerifier verifier = new ChainVerifier(checkpoints, signer);
        for (AuditRecord entry : chain) {
            verifier.accept(entry);
        }
        ChainVerifier.Result result = verifier.finish(ENTRIES);
        if (!result.intact()) {
            throw new IllegalStateException(result.finding().toString());
        }
        return result;
    }
}
