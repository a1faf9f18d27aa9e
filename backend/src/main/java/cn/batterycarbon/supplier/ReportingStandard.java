package cn.batterycarbon.supplier;

/** The standard an upstream footprint follows. */
public enum ReportingStandard {
    ISO_14067,
    GB_T_24067,
    PACT,
    BATTERY_RULES;

    public String messageKey() {
        return "supplier.standard." + name();
    }
}
