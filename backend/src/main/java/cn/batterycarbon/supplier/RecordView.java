package cn.batterycarbon.supplier;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An upstream record as one viewer may see it: fields the supplier did not disclose to this viewer
 * are null and named in {@code hidden}; the supplier's own users see everything.
 *
 * @param supplierName null when the viewer reaches the record through a downstream record that
 *     does not disclose its suppliers' names
 * @param usedByDeclarations how many customer declarations use this series (owner only, else -1)
 */
public record RecordView(
        UUID id,
        UUID seriesId,
        int revision,
        UUID supersededBy,
        UUID latestId,
        UUID organizationId,
        String supplierName,
        boolean owner,
        RecordData data,
        Disclosure disclosure,
        Set<String> hidden,
        List<EvidenceView> evidence,
        List<UpstreamRef> upstream,
        String correctionNote,
        Instant createdAt,
        long usedByDeclarations) {

    /** Field groups that can be hidden. */
    public static final String BREAKDOWN = "breakdown";

    public static final String STAGES = "stages";
    public static final String UPSTREAM_NAMES = "upstreamNames";
    public static final String SITE = "site";
    public static final String EVIDENCE = "evidence";

    public boolean isHidden(String group) {
        return hidden.contains(group);
    }

    public boolean latest() {
        return supersededBy == null;
    }

    /** An evidence file: name, type, size and SHA-256 fingerprint. */
    public record EvidenceView(UUID id, String fileName, String mediaType, long sizeBytes, String sha256) {}

    /**
     * A record this one builds on. Names are null when not disclosed.
     *
     * @param kgCo2e footprint per declared unit
     */
    public record UpstreamRef(
            UUID id,
            String supplierName,
            String productName,
            java.math.BigDecimal kgCo2e,
            String declaredUnit,
            int revision) {}
}
