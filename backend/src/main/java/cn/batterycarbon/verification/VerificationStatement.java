package cn.batterycarbon.verification;

import java.time.Instant;
import java.util.UUID;

/** The agency's statement approving one revision of a declaration. */
public record VerificationStatement(
        UUID id,
        UUID declarationId,
        int revision,
        String scope,
        String materiality,
        AssuranceLevel assuranceLevel,
        String standard,
        String conclusion,
        String verifierName,
        Instant approvedAt) {

    /** What the verifier writes when approving. */
    public record Content(
            String scope, String materiality, AssuranceLevel assuranceLevel, String standard, String conclusion) {}
}
