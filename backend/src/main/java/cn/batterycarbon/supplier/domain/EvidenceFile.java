package cn.batterycarbon.supplier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An evidence file of a record: its content lives in the evidence store under {@code storageKey}. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile {

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "record_id", nullable = false, updatable = false)
    private UUID recordId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "storage_key", nullable = false, updatable = false)
    private String storageKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private String createdBy;

    protected EvidenceFile() {}

    public EvidenceFile(
            UUID recordId,
            String fileName,
            String mediaType,
            long sizeBytes,
            String sha256,
            String storageKey,
            String by) {
        this.recordId = recordId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.createdAt = Instant.now();
        this.createdBy = by;
    }

    /** The same stored content attached to a correction of the record. */
    public EvidenceFile copyTo(UUID otherRecord) {
        return new EvidenceFile(otherRecord, fileName, mediaType, sizeBytes, sha256, storageKey, createdBy);
    }

    public UUID getId() {
        return id;
    }

    public UUID getRecordId() {
        return recordId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
