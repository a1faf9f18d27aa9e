package cn.batterycarbon.certificate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a certificate and its verification report state, fixed at issue (stored as JSON with the
 * certificate, shown on the public page, printed in both PDFs).
 */
public record CertificateFacts(
        String serial,
        int revision,
        Instant issuedAt,
        LocalDate expiresOn,
        String companyZh,
        String companyEn,
        String creditCode,
        String modelCode,
        String modelName,
        String chemistry,
        String plant,
        LocalDate periodStart,
        LocalDate periodEnd,
        BigDecimal totalKgCo2ePerKwh,
        List<Stage> stages,
        BigDecimal absoluteKgCo2e,
        BigDecimal lifetimeEnergyKwh,
        String functionalUnitMethod,
        String performanceClass,
        String factorRelease,
        String agencyZh,
        String agencyEn,
        String verifier,
        String calculationFingerprint,
        String packageFingerprint,
        String verifyUrl,
        Statement statement,
        List<FindingLine> findings,
        String supersedes) {

    /** @param stage Battery Pass name, e.g. {@code MainProduction} */
    public record Stage(String stage, BigDecimal kgCo2ePerKwh, BigDecimal kgCo2e) {}

    public record Statement(
            String scope, String materiality, String assuranceLevel, String standard, String conclusion) {}

    public record FindingLine(int revision, String severity, String subject, String text, String response) {}
}
