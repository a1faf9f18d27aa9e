package cn.batterycarbon.platform.security;

/** The kinds of organization that take part in the declaration system. */
public enum OrganizationType {
    /** Makes traction battery packs: the usual declarant. */
    BATTERY_MANUFACTURER,
    /** Imports traction batteries into China: a declarant with the manufacturer's workspace. */
    BATTERY_IMPORTER,
    /** A vehicle maker that assembles its own packs: a declarant with the manufacturer's workspace. */
    VEHICLE_MAKER,
    SUPPLIER,
    VERIFICATION_AGENCY,
    REGULATOR,
    RESEARCH_INSTITUTE,
    /** The operator of the platform itself; home of the platform administrators. */
    PLATFORM_OPERATOR;

    /** Whether organizations of this type declare battery footprints (the pilot's declarants). */
    public boolean declarant() {
        return this == BATTERY_MANUFACTURER || this == BATTERY_IMPORTER || this == VEHICLE_MAKER;
    }

    public String messageKey() {
        return "organization.type." + name();
    }
}
