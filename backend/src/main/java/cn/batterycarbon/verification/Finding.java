package cn.batterycarbon.verification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A verifier's finding on one line or on the whole declaration, and the manufacturer's answer.
 *
 * @param lineIndex position of the line in the submitted package (0-based), null for the whole declaration
 */
public record Finding(
        UUID id,
        UUID declarationId,
        int revision,
        Integer lineIndex,
        String lineLabel,
        FindingSeverity severity,
        String text,
        String requestedCorrection,
        LocalDate dueDate,
        String raisedBy,
        Instant raisedAt,
        String response,
        Instant respondedAt,
        String respondedBy) {

    public boolean answered() {
        return response != null;
    }
}
