package cn.batterycarbon.audit.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Checks a chain fed entry by entry in sequence order (streaming: memory does not grow with the
 * log) and stops at the first problem: a gap or repetition in the sequence, an entry whose stored
 * previous hash is not the hash of the entry before it, an entry whose content no longer gives its
 * hash, or a checkpoint whose signature is wrong or whose head hash is not the chain's hash at that
 * sequence number (a consistently rewritten chain, or entries removed at the end).
 */
public final class ChainVerifier {

    public enum Problem {
        SEQUENCE_GAP,
        PREVIOUS_HASH_MISMATCH,
        HASH_MISMATCH,
        CHECKPOINT_MISMATCH,
        CHECKPOINT_SIGNATURE_INVALID
    }

    /** The first problem found: where, what, and the values that disagree. */
    public record Finding(long seq, Problem problem, String expected, String found) {}

    /** Outcome of a verification; {@code finding} is null when the chain is intact. */
    public record Result(long entriesChecked, long lastSeq, int checkpointsChecked, Finding finding) {
        public boolean intact() {
            return finding == null;
        }
    }

    private final ChainHash hashes = new ChainHash();
    private final NavigableMap<Long, List<Checkpoint>> checkpoints = new TreeMap<>();
    private final CheckpointSigner signer;
    private long expectedSeq = 1;
    private String previousHash = ChainHash.GENESIS;
    private long checked;
    private int checkpointsChecked;
    private Finding finding;

    public ChainVerifier(List<Checkpoint> checkpoints, CheckpointSigner signer) {
        this.signer = signer;
        List<Checkpoint> sorted = new ArrayList<>(checkpoints);
        sorted.sort(Comparator.comparingLong(Checkpoint::lastSeq));
        for (Checkpoint c : sorted) {
            if (finding == null && signer != null && !signer.valid(c)) {
                finding = new Finding(c.lastSeq(), Problem.CHECKPOINT_SIGNATURE_INVALID, "checkpoint " + c.id(), null);
            }
            this.checkpoints
                    .computeIfAbsent(c.lastSeq(), k -> new ArrayList<>())
                    .add(c);
        }
    }

    /** Checks the next entry; returns false once a problem was found (stop feeding). */
    public boolean accept(AuditRecord entry) {
        if (finding != null) {
            return false;
        }
        if (entry.seq() != expectedSeq) {
            finding = new Finding(
                    Math.min(entry.seq(), expectedSeq),
                    Problem.SEQUENCE_GAP,
                    Long.toString(expectedSeq),
                    Long.toString(entry.seq()));
            return false;
        }
        if (!previousHash.equals(entry.prevHash())) {
            finding = new Finding(entry.seq(), Problem.PREVIOUS_HASH_MISMATCH, previousHash, entry.prevHash());
            return false;
        }
        String recomputed = hashes.hash(entry);
        if (!recomputed.equals(entry.hash())) {
            finding = new Finding(entry.seq(), Problem.HASH_MISMATCH, recomputed, entry.hash());
            return false;
        }
        List<Checkpoint> here = checkpoints.get(entry.seq());
        if (here != null) {
            for (Checkpoint c : here) {
                checkpointsChecked++;
                if (!c.headHash().equals(entry.hash())) {
                    finding = new Finding(entry.seq(), Problem.CHECKPOINT_MISMATCH, c.headHash(), entry.hash());
                    return false;
                }
            }
        }
        previousHash = entry.hash();
        expectedSeq++;
        checked++;
        return true;
    }

    /**
     * Ends the verification: {@code headSeq} is the last sequence number the writers recorded (the
     * chain's head row); entries missing at the end, or checkpoints beyond the last entry, are
     * reported here.
     */
    public Result finish(long headSeq) {
        long last = expectedSeq - 1;
        if (finding == null && headSeq > last) {
            finding = new Finding(last + 1, Problem.SEQUENCE_GAP, Long.toString(last + 1), "-");
        }
        if (finding == null) {
            var beyond = checkpoints.higherEntry(last);
            if (beyond != null) {
                finding = new Finding(
                        beyond.getKey(),
                        Problem.CHECKPOINT_MISMATCH,
                        beyond.getValue().get(0).headHash(),
                        "-");
            }
        }
        return new Result(checked, last, checkpointsChecked, finding);
    }
}
