package cn.batterycarbon.platform.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a user may do. A role can only be granted to users of the organization types it names, so
 * that, say, a supplier's user can never act as a verifier.
 */
public enum Role {
    /** The declarant's role: pack manufacturers, battery importers and vehicle makers assembling packs. */
    MANUFACTURER(
            OrganizationType.BATTERY_MANUFACTURER, OrganizationType.BATTERY_IMPORTER, OrganizationType.VEHICLE_MAKER),
    SUPPLIER(OrganizationType.SUPPLIER),
    VERIFIER(OrganizationType.VERIFICATION_AGENCY),
    /**
     * Leads a verification agency's work: sees every declaration submitted to the agency, assigns
     * its verifiers and may act as a verifier on any of them.
     */
    VERIFICATION_LEAD(OrganizationType.VERIFICATION_AGENCY),
    REGULATOR(OrganizationType.REGULATOR),
    /** Maintains the background emission-factor database (research institutes, associations). */
    FACTOR_STEWARD(OrganizationType.RESEARCH_INSTITUTE),
    /** Expert who reviews factor releases before they are published. */
    FACTOR_REVIEWER(OrganizationType.RESEARCH_INSTITUTE),
    ADMIN(OrganizationType.PLATFORM_OPERATOR);

    private final Set<OrganizationType> grantableIn;

    Role(OrganizationType first, OrganizationType... more) {
        this.grantableIn = EnumSet.of(first, more);
    }

    public boolean grantableIn(OrganizationType type) {
        return grantableIn.contains(type);
    }

    public static Set<Role> grantableRoles(OrganizationType type) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : values()) {
            if (role.grantableIn(type)) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** The Spring Security authority, {@code ROLE_<name>}. */
    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }

    public String messageKey() {
        return "role." + name();
    }
}
