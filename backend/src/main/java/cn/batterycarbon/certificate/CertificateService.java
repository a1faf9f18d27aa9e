package cn.batterycarbon.certificate;

import cn.batterycarbon.certificate.domain.Certificate;
import cn.batterycarbon.certificate.domain.Certificates;
import cn.batterycarbon.certificate.pdf.CertificatePdfs;
import cn.batterycarbon.certificate.pdf.PdfSigner;
import cn.batterycarbon.certificate.pdf.SignatureCheck;
import cn.batterycarbon.declaration.CalculationSnapshot;
import cn.batterycarbon.declaration.DeclarationView;
import cn.batterycarbon.declaration.DeclarationWorkflow;
import cn.batterycarbon.declaration.WorkflowActor;
import cn.batterycarbon.organization.OrganizationDirectory;
import cn.batterycarbon.organization.OrganizationDirectory.OrganizationSummary;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.web.NotFoundException;
import cn.batterycarbon.verification.DeclarationApproved;
import cn.batterycarbon.verification.Finding;
import cn.batterycarbon.verification.Submission;
import cn.batterycarbon.verification.VerificationService;
import cn.batterycarbon.verification.VerificationService.Access;
import cn.batterycarbon.verification.VerificationStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issues, shows, verifies and revokes certificates. A certificate is issued inside the transaction
 * that approves the declaration (a synchronous listener of {@link DeclarationApproved}): the
 * declaration row is locked by the approval, so two approvals at once give one certificate, and a
 * unique (declaration, revision) key backs that up.
 */
@Service
@Transactional(readOnly = true)
public class CertificateService {

    /** China Standard Time: the dates on a certificate are Beijing dates. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** A certificate as its page shows it. */
    public record CertificateView(
            UUID id,
            String serial,
            UUID declarationId,
            int revision,
            UUID organizationId,
            UUID agencyId,
            Instant issuedAt,
            LocalDate expiresOn,
            CertificateStatus status,
            boolean expired,
            Instant revokedAt,
            String revocationReason,
            String supersededBy,
            String certificateSha256,
            String reportSha256,
            String signatureAlgorithm,
            CertificateFacts facts) {

        /** VALID, EXPIRED, REVOKED or SUPERSEDED, as the public page states it. */
        public String publicStatus() {
            return status == CertificateStatus.VALID && expired ? "EXPIRED" : status.name();
        }
    }

    /**
     * What checking an uploaded PDF found.
     *
     * @param original the file is byte for byte the certificate (or report) issued under this serial
     * @param signature the outcome of the signature check
     */
    public record UploadCheck(boolean original, String document, SignatureCheck.Result signature) {

        /** ORIGINAL, NOT_PDF, UNSIGNED, ALTERED, OTHER_DOCUMENT. */
        public String verdict() {
            if ("NOT_PDF".equals(signature.outcome())) {
                return "NOT_PDF";
            }
            if ("UNSIGNED".equals(signature.outcome())) {
                return "UNSIGNED";
            }
            if (!signature.valid()) {
                return "ALTERED";
            }
            return original ? "ORIGINAL" : "OTHER_DOCUMENT";
        }
    }

    private final Certificates certificates;
    private final VerificationService verification;
    private final DeclarationWorkflow workflow;
    private final OrganizationDirectory directory;
    private final CertificatePdfs pdfs;
    private final PdfSigner signer;
    private final CertificateSettings settings;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    CertificateService(
            Certificates certificates,
            VerificationService verification,
            DeclarationWorkflow workflow,
            OrganizationDirectory directory,
            CertificatePdfs pdfs,
            PdfSigner signer,
            CertificateSettings settings,
            ApplicationEventPublisher events,
            JsonMapper json) {
        this.certificates = certificates;
        this.verification = verification;
        this.workflow = workflow;
        this.directory = directory;
        this.pdfs = pdfs;
        this.signer = signer;
        this.settings = settings;
        this.events = events;
        this.json = json;
    }

    // ---- issue ----

    /** Issues the certificate of an approved declaration, in the approving transaction. */
    @EventListener
    @Transactional
    public void on(DeclarationApproved approved) {
        issue(approved);
    }

    CertificateView issue(DeclarationApproved approved) {
        UUID declarationId = approved.declarationId();
        Submission submission = verification
                .submission(declarationId, approved.revision())
                .orElseThrow(() -> new IllegalStateException("no submission of " + declarationId));
        VerificationStatement statement = verification.statements(declarationId).stream()
                .filter(s -> s.id().equals(approved.statementId()))
                .findFirst()
                .orElseThrow();
        DeclarationView declaration = submission.declaration();
        OrganizationSummary company = directory.find(approved.organizationId()).orElseThrow();
        OrganizationSummary agency = directory.find(approved.agencyId()).orElseThrow();
        Instant now = clock.instant();
        String serial =
                "BCF-" + now.atZone(CHINA).getYear() + "-" + String.format("%06d", certificates.nextSerialNumber());
        Certificate previous = previousValid(workflow.declaration(declarationId));
        CertificateFacts facts = facts(
                serial,
                approved.revision(),
                now,
                now.atZone(CHINA).toLocalDate().plus(settings.validity()),
                declaration,
                submission,
                statement,
                company,
                agency,
                previous == null ? null : previous.getSerial());
        byte[] certificatePdf = signer.sign(pdfs.certificate(facts), "Certificate " + serial, now);
        byte[] reportPdf = signer.sign(pdfs.report(facts), "Verification report " + serial, now);
        Certificate certificate = certificates.saveAndFlush(new Certificate(new Certificate.Issue(
                serial,
                declarationId,
                approved.revision(),
                approved.organizationId(),
                approved.agencyId(),
                now,
                facts.expiresOn(),
                json.writeValueAsString(facts),
                submission.calculationFingerprint(),
                submission.packageFingerprint(),
                certificatePdf,
                VerificationService.sha256(certificatePdf),
                reportPdf,
                VerificationService.sha256(reportPdf),
                signer.algorithm().name())));
        workflow.certify(declarationId);
        if (previous != null) {
            previous.supersede(serial);
            certificates.saveAndFlush(previous);
            workflow.supersede(previous.getDeclarationId());
        }
        events.publishEvent(new CertificateIssued(
                certificate.getId(), serial, declarationId, approved.organizationId(), facts.supersedes()));
        return view(certificate);
    }

    /** The valid certificate of the revision this declaration continues, if any. */
    private Certificate previousValid(DeclarationView declaration) {
        UUID previousId = declaration.previousDeclarationId();
        while (previousId != null) {
            for (Certificate c : certificates.findByDeclarationIdOrderByRevisionDesc(previousId)) {
                if (c.getStatus() == CertificateStatus.VALID) {
                    return c;
                }
            }
            previousId = workflow.declaration(previousId).previousDeclarationId();
        }
        return null;
    }

    private CertificateFacts facts(
            String serial,
            int revision,
            Instant issuedAt,
            LocalDate expiresOn,
            DeclarationView declaration,
            Submission submission,
            VerificationStatement statement,
            OrganizationSummary company,
            OrganizationSummary agency,
            String supersedes) {
        CalculationSnapshot result = submission.calculation();
        List<CertificateFacts.Stage> stages = result.stages().stream()
                .map(s -> new CertificateFacts.Stage(s.stage(), s.kgCo2ePerKwh(), s.kgCo2e()))
                .toList();
        List<CertificateFacts.FindingLine> findings = new ArrayList<>();
        for (Finding f : verification.findingsOf(declaration.id())) {
            findings.add(new CertificateFacts.FindingLine(
                    f.revision(),
                    f.severity().name(),
                    f.lineLabel() == null ? "—" : f.lineLabel(),
                    f.text(),
                    f.response()));
        }
        return new CertificateFacts(
                serial,
                revision,
                issuedAt,
                expiresOn,
                company.nameZh(),
                company.nameEn(),
                company.creditCode(),
                declaration.model().modelCode(),
                declaration.model().name(),
                declaration.model().chemistry().name(),
                declaration.plant().name(),
                declaration.periodStart(),
                declaration.periodEnd(),
                result.totalKgCo2ePerKwh(),
                stages,
                result.absoluteKgCo2e(),
                result.lifetimeEnergyKwh(),
                result.functionalUnitMethod(),
                result.performanceClass(),
                result.releaseCode(),
                agency.nameZh(),
                agency.nameEn(),
                statement.verifierName(),
                submission.calculationFingerprint(),
                submission.packageFingerprint(),
                settings.verifyUrl(serial),
                new CertificateFacts.Statement(
                        statement.scope(),
                        statement.materiality(),
                        statement.assuranceLevel().name(),
                        statement.standard(),
                        statement.conclusion()),
                findings,
                supersedes);
    }

    // ---- read ----

    /** Anyone: the certificate's public facts and status; unknown serial → not found. */
    public CertificateView publicView(String serial) {
        return view(certificates.findBySerial(serial).orElseThrow(NotFoundException::new));
    }

    /** The certificate for a signed-in party: the company, the agency, regulators. */
    public CertificateView certificate(String serial, PlatformUser user) {
        Certificate certificate = visible(serial, user);
        return view(certificate);
    }

    public byte[] certificatePdf(String serial, PlatformUser user) {
        return visible(serial, user).getCertificatePdf();
    }

    public byte[] reportPdf(String serial, PlatformUser user) {
        return visible(serial, user).getReportPdf();
    }

    /** The latest certificate of a declaration the user may see in verification. */
    public Optional<CertificateView> latestOf(UUID declarationId, PlatformUser user) {
        verification.access(declarationId, user);
        return certificates.findByDeclarationIdOrderByRevisionDesc(declarationId).stream()
                .findFirst()
                .map(this::view);
    }

    public List<CertificateView> certificates(PlatformUser user) {
        List<Certificate> list;
        if (user.hasRole(Role.REGULATOR)) {
            list = certificates.findAllByOrderByIssuedAtDesc();
        } else if (user.hasRole(Role.VERIFIER) || user.hasRole(Role.VERIFICATION_LEAD)) {
            list = certificates.findByAgencyIdOrderByIssuedAtDesc(user.organizationId());
        } else {
            list = certificates.findByOrganizationIdOrderByIssuedAtDesc(user.organizationId());
        }
        return list.stream().map(this::view).toList();
    }

    /** Checks an uploaded PDF against the certificate (or report) issued under the serial. */
    public UploadCheck check(String serial, byte[] pdf) {
        Certificate certificate = certificates.findBySerial(serial).orElseThrow(NotFoundException::new);
        String sha = VerificationService.sha256(pdf);
        String document = sha.equals(certificate.getCertificateSha256())
                ? "CERTIFICATE"
                : sha.equals(certificate.getReportSha256()) ? "REPORT" : null;
        return new UploadCheck(document != null, document, SignatureCheck.check(pdf));
    }

    // ---- revoke ----

    /** The agency that certified it (lead or assigned verifier) or a regulator revokes a valid certificate. */
    @Transactional
    public CertificateView revoke(String serial, String reason, PlatformUser user) {
        Certificate certificate = visible(serial, user);
        Access access = user.hasRole(Role.REGULATOR) ? null : verification.access(certificate.getDeclarationId(), user);
        certificate.revoke(reason, clock.instant());
        workflow.revoke(certificate.getDeclarationId(), WorkflowActor.of(user, access != null && access.assigned()));
        certificates.saveAndFlush(certificate);
        events.publishEvent(new CertificateRevoked(
                certificate.getId(),
                serial,
                certificate.getDeclarationId(),
                certificate.getOrganizationId(),
                certificate.getRevocationReason(),
                user.getUsername()));
        return view(certificate);
    }

    // ---- helpers ----

    Certificate visible(String serial, PlatformUser user) {
        Certificate certificate = certificates.findBySerial(serial).orElseThrow(NotFoundException::new);
        boolean company = user.hasRole(Role.MANUFACTURER) && user.belongsTo(certificate.getOrganizationId());
        boolean agency = (user.hasRole(Role.VERIFIER) || user.hasRole(Role.VERIFICATION_LEAD))
                && user.belongsTo(certificate.getAgencyId());
        if (!company && !agency && !user.hasRole(Role.REGULATOR)) {
            throw new NotFoundException();
        }
        return certificate;
    }

    CertificateView view(Certificate c) {
        return new CertificateView(
                c.getId(),
                c.getSerial(),
                c.getDeclarationId(),
                c.getRevision(),
                c.getOrganizationId(),
                c.getAgencyId(),
                c.getIssuedAt(),
                c.getExpiresOn(),
                c.getStatus(),
                c.getExpiresOn().isBefore(LocalDate.now(clock.withZone(CHINA))),
                c.getRevokedAt(),
                c.getRevocationReason(),
                c.getSupersededBy(),
                c.getCertificateSha256(),
                c.getReportSha256(),
                c.getSignatureAlgorithm(),
                json.readValue(c.getFactsJson(), CertificateFacts.class));
    }

    static ZoneOffset utc() {
        return ZoneOffset.UTC;
    }
}
