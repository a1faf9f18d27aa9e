package cn.batterycarbon.certificate.domain;

import cn.batterycarbon.certificate.CertificateStatus;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.persistence.AuditedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An issued certificate with its signed PDFs. Everything but the status is fixed at issue; the
 * status changes only through {@link #revoke} and {@link #supersede}, which check the current one.
 */
@Entity
@Table(name = "certificate")
public class Certificate extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private String serial;

    @Column(name = "declaration_id", nullable = false, updatable = false)
    private UUID declarationId;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "agency_id", nullable = false, updatable = false)
    private UUID agencyId;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "expires_on", nullable = false, updatable = false)
    private LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificateStatus status;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revocation_reason")
    private String revocationReason;

    @Column(name = "superseded_by")
    private String supersededBy;

    @Column(name = "facts_json", nullable = false, updatable = false)
    private String factsJson;

    @Column(name = "calculation_fingerprint", nullable = false, updatable = false)
    private String calculationFingerprint;

    @Column(name = "package_fingerprint", nullable = false, updatable = false)
    private String packageFingerprint;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "certificate_pdf", nullable = false, updatable = false)
    private byte[] certificatePdf;

    @Column(name = "certificate_sha256", nullable = false, updatable = false)
    private String certificateSha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "report_pdf", nullable = false, updatable = false)
    private byte[] reportPdf;

    @Column(name = "report_sha256", nullable = false, updatable = false)
    private String reportSha256;

    @Column(name = "signature_algorithm", nullable = false, updatable = false)
    private String signatureAlgorithm;

    protected Certificate() {}

    /** What a certificate is issued with. */
    public record Issue(
            String serial,
            UUID declarationId,
            int revision,
            UUID organizationId,
            UUID agencyId,
            Instant issuedAt,
            LocalDate expiresOn,
            String factsJson,
            String calculationFingerprint,
            String packageFingerprint,
            byte[] certificatePdf,
            String certificateSha256,
            byte[] reportPdf,
            String reportSha256,
            String signatureAlgorithm) {}

    public Certificate(Issue issue) {
        serial = issue.serial();
        declarationId = issue.declarationId();
        revision = issue.revision();
        organizationId = issue.organizationId();
        agencyId = issue.agencyId();
        issuedAt = issue.issuedAt();
        expiresOn = issue.expiresOn();
        factsJson = issue.factsJson();
        calculationFingerprint = issue.calculationFingerprint();
        packageFingerprint = issue.packageFingerprint();
        certificatePdf = issue.certificatePdf();
        certificateSha256 = issue.certificateSha256();
        reportPdf = issue.reportPdf();
        reportSha256 = issue.reportSha256();
        signatureAlgorithm = issue.signatureAlgorithm();
        status = CertificateStatus.VALID;
    }

    /** Revokes a valid certificate with a reason. */
    public void revoke(String reason, Instant at) {
        if (status != CertificateStatus.VALID) {
            throw new DomainException("certificate.revoke.notValid");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("certificate.revoke.reason.missing");
        }
        status = CertificateStatus.REVOKED;
        revocationReason = reason.strip();
        revokedAt = Objects.requireNonNull(at);
    }

    /** A certificate of a newer revision of the same declaration replaces this valid one. */
    public void supersede(String newerSerial) {
        if (status != CertificateStatus.VALID) {
            throw new DomainException("certificate.supersede.notValid");
        }
        status = CertificateStatus.SUPERSEDED;
        supersededBy = Objects.requireNonNull(newerSerial);
    }

    public String getSerial() {
        return serial;
    }

    public UUID getDeclarationId() {
        return declarationId;
    }

    public int getRevision() {
        return revision;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getAgencyId() {
        return agencyId;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public String getSupersededBy() {
        return supersededBy;
    }

    public String getFactsJson() {
        return factsJson;
    }

    public String getCalculationFingerprint() {
        return calculationFingerprint;
    }

    public String getPackageFingerprint() {
        return packageFingerprint;
    }

    public byte[] getCertificatePdf() {
        return certificatePdf;
    }

    public String getCertificateSha256() {
        return certificateSha256;
    }

    public byte[] getReportPdf() {
        return reportPdf;
    }

    public String getReportSha256() {
        return reportSha256;
    }

    public String getSignatureAlgorithm() {
        return signatureAlgorithm;
    }
}
