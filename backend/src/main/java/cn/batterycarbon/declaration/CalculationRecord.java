package cn.batterycarbon.declaration;

import java.time.Instant;
import java.util.UUID;

/**
 * One immutable calculation of a declaration (table {@code declaration_calculation}): inputs as
 * calculated, result, who and when, and the SHA-256 fingerprint of the RFC 8785 canonical form of
 * {@code {"inputs": inputs, "result": result}} (see {@link CalculationFingerprint}). A certificate
 * names exactly one record by id and fingerprint.
 *
 * @param sequence 1 for a declaration's first calculation, then 2, 3, ...
 * @param inputsJson the inputs exactly as stored (JSON; decimals written as strings)
 * @param resultJson the result exactly as stored (JSON; decimals written as strings)
 * @param calculatedBy the user name of who calculated (null for the system)
 */
public record CalculationRecord(
        UUID id,
        UUID declarationId,
        UUID organizationId,
        int sequence,
        String fingerprint,
        CalculationInputs inputs,
        CalculationSnapshot result,
        String inputsJson,
        String resultJson,
        String calculatedBy,
        Instant calculatedAt) {

    /** The fingerprint recomputed from the stored inputs and result alone. */
    public String recomputedFingerprint() {
        return CalculationFingerprint.of(inputsJson, resultJson);
    }

    /** Whether the stored fingerprint still matches the stored inputs and result. */
    public boolean intact() {
        return fingerprint.equals(recomputedFingerprint());
    }

    /** The first 12 hex digits, for lists. */
    public String shortFingerprint() {
        return fingerprint.substring(0, 12);
    }
}
