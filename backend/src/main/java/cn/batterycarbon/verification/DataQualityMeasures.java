package cn.batterycarbon.verification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One version of a manufacturer's data-quality control measures: where data comes from and how it
 * is metered, who is responsible, which checks are made, how records are kept, with attachments.
 */
public record DataQualityMeasures(
        UUID id,
        UUID organizationId,
        int version,
        String dataSources,
        String metering,
        String responsibilities,
        String checks,
        String recordKeeping,
        String fingerprint,
        Instant createdAt,
        String createdBy,
        List<Attachment> attachments) {

    public record Attachment(UUID id, String fileName, String contentType, int sizeBytes, String sha256) {}

    /** What the manufacturer writes; attachments come with it as files. */
    public record Content(
            String dataSources, String metering, String responsibilities, String checks, String recordKeeping) {}

    /** A file attached to a new version. */
    public record NewAttachment(String fileName, String contentType, byte[] content) {}
}
