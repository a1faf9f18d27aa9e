package cn.batterycarbon.supplier;

import java.util.UUID;

/**
 * Where evidence files are kept: the file system by default, an S3-compatible object store for
 * clusters ({@code bcf.evidence.store=s3}). Keys are opaque; the caller checks authorization and
 * the SHA-256.
 */
public interface EvidenceStore {

    /** Stores the content and returns its key. */
    String put(UUID recordId, byte[] content);

    /** The stored content, or an {@link java.io.UncheckedIOException} when it is gone. */
    byte[] get(String key);

    /** Where the files are, for the operations page and logs. */
    String describe();
}
