/**
 * Third-party verification of declarations: the manufacturer's data-quality control measures
 * (versioned), submission to a verification agency (a frozen package identified by fingerprints),
 * assignment of verifiers by the agency's lead, findings and the manufacturer's answers, return
 * for correction (with the changes since the previous submission) and approval with a
 * verification statement. Regulators read every submitted declaration.
 *
 * <p>Public API: {@link cn.batterycarbon.verification.VerificationService},
 * {@link cn.batterycarbon.verification.DataQualityMeasures},
 * {@link cn.batterycarbon.verification.DeclarationVerifiers} (who verifies a declaration) and the records and events in this
 * package ({@link cn.batterycarbon.verification.DeclarationApproved}).
 */
@ApplicationModule(
        displayName = "Verification",
        allowedDependencies = {"platform", "organization", "declaration", "footprint :: core"})
package cn.batterycarbon.verification;

import org.springframework.modulith.ApplicationModule;
