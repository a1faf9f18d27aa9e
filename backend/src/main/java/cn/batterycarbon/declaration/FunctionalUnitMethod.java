package cn.batterycarbon.declaration;

/** How the lifetime energy of the functional unit is worked out (methodology §3). */
public enum FunctionalUnitMethod {
    /** EU draft delegated act: usable energy × cycles per year of the vehicle category × warranty years. */
    EU_FEQC,
    /** Cycle-life test: rated energy × measured equivalent full cycles × depth of discharge. */
    MEASURED_CYCLES;

    public String messageKey() {
        return "declaration.method." + name();
    }
}
