package cn.batterycarbon.verification.web;

import cn.batterycarbon.declaration.DeclarationStatus;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.web.ApiController;
import cn.batterycarbon.verification.Finding;
import cn.batterycarbon.verification.Submission;
import cn.batterycarbon.verification.VerificationService;
import cn.batterycarbon.verification.VerificationService.Access;
import cn.batterycarbon.verification.VerificationStatement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** JSON API: submit a declaration to an agency, read a declaration's verification. */
@ApiController
@Tag(name = "Verification")
class VerificationApi {

    record SubmitRequest(UUID agencyId) {}

    /** A frozen package as the API shows it: its fingerprints, not its content. */
    record PackageSummary(
            int revision,
            UUID agencyId,
            Instant submittedAt,
            String calculationFingerprint,
            String measuresFingerprint,
            String evidenceFingerprint,
            String packageFingerprint) {

        static PackageSummary of(Submission s) {
            return new PackageSummary(
                    s.revision(),
                    s.agencyId(),
                    s.submittedAt(),
                    s.calculationFingerprint(),
                    s.measuresFingerprint(),
                    s.evidenceFingerprint(),
                    s.packageFingerprint());
        }
    }

    record VerificationSummary(
            UUID declarationId,
            DeclarationStatus status,
            int revision,
            UUID agencyId,
            List<PackageSummary> submissions,
            List<Finding> findings,
            List<VerificationStatement> statements) {}

    private final VerificationService service;

    VerificationApi(VerificationService service) {
        this.service = service;
    }

    @PostMapping("/api/v1/declarations/{id}/submit")
    @PreAuthorize("hasRole('MANUFACTURER')")
    @Operation(summary = "Submit a calculated declaration to a verification agency; freezes the package")
    PackageSummary submit(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestBody(required = false) SubmitRequest request) {
        return PackageSummary.of(service.submit(id, request == null ? null : request.agencyId(), user));
    }

    @GetMapping("/api/v1/verification/declarations/{id}")
    @PreAuthorize("hasAnyRole('MANUFACTURER', 'VERIFIER', 'VERIFICATION_LEAD', 'REGULATOR')")
    @Operation(summary = "A declaration's verification: status, frozen packages, findings, statements")
    VerificationSummary verification(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        Access access = service.access(id, user);
        return new VerificationSummary(
                id,
                access.declaration().status(),
                access.declaration().revision(),
                access.declaration().verificationAgencyId(),
                service.submissions(access).stream().map(PackageSummary::of).toList(),
                service.findings(access),
                service.statements(id));
    }
}
