package cn.batterycarbon.verification;

import cn.batterycarbon.declaration.CalculationSnapshot;
import cn.batterycarbon.declaration.DeclarationView;
import cn.batterycarbon.declaration.LineData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a manufacturer submitted for one revision of a declaration, frozen: the declaration as it
 * was, its activity lines, the calculation (with its SHA-256 fingerprint), the data-quality
 * measures version in force and the evidence list, all identified by fingerprints. Never changed
 * afterwards (a database trigger refuses updates).
 *
 * @param packageFingerprint SHA-256 over the other fingerprints and the lines
 */
public record Submission(
        UUID id,
        UUID declarationId,
        int revision,
        UUID organizationId,
        UUID agencyId,
        Instant submittedAt,
        String submittedBy,
        DeclarationView declaration,
        List<LineData> lines,
        CalculationSnapshot calculation,
        UUID calculationId,
        String calculationFingerprint,
        UUID measuresId,
        String measuresFingerprint,
        List<EvidenceItem> evidence,
        String evidenceFingerprint,
        String packageFingerprint) {

    /**
     * One piece of evidence the package refers to.
     *
     * @param kind {@code MEASURES_ATTACHMENT}, {@code GREEN_CERTIFICATE} or {@code FACTOR_CITATION}
     * @param reference a SHA-256 for files, the identifier or citation otherwise
     */
    public record EvidenceItem(String kind, String name, String reference) {}
}
