package cn.batterycarbon.platform.security;

/** The kinds of organization that take part in the declaration system. */
public enum OrganizationType {
    BATTERY_MANUFACTURER,
    SUPPLIER,
    VERIFICATION_AGENCY,
    REGULATOR,
    RESEARCH_INSTITUTE,
    /** The operator of the platform itself; home of the platform administrators. */
    PLATFORM_OPERATOR;

    public String messageKey() {
        return "organization.type." + name();
    }
}
