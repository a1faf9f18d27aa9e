package cn.batterycarbon.verification;

/** The level of assurance of a verification statement (ISO 14064-3 terms). */
public enum AssuranceLevel {
    REASONABLE,
    LIMITED;

    public String messageKey() {
        return "verification.assurance." + name();
    }
}
