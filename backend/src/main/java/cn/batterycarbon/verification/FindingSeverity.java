package cn.batterycarbon.verification;

/** How much a finding weighs: a major one must be corrected before approval. */
public enum FindingSeverity {
    MAJOR,
    MINOR,
    OBSERVATION;

    public String messageKey() {
        return "verification.severity." + name();
    }
}
