package cn.batterycarbon.platform.security;

import cn.batterycarbon.platform.web.NotFoundException;
import java.util.UUID;

/**
 * Organization scoping that every module applies to data owned by an organization. A record of
 * another organization is reported as not found (404), never as forbidden, so that ids do not
 * reveal what exists elsewhere.
 */
public final class TenantGuard {

    private TenantGuard() {}

    /**
     * Returns the record when the user's organization owns it, or when one of {@code crossTenantRoles}
     * lets the user see every organization's records (regulators, administrators, verifiers on
     * assignment decide that per module).
     */
    public static <T> T requireVisible(T record, UUID ownerOrganization, PlatformUser user, Role... crossTenantRoles) {
        if (record == null || !canSee(ownerOrganization, user, crossTenantRoles)) {
            throw new NotFoundException();
        }
        return record;
    }

    public static boolean canSee(UUID ownerOrganization, PlatformUser user, Role... crossTenantRoles) {
        if (user.belongsTo(ownerOrganization)) {
            return true;
        }
        for (Role role : crossTenantRoles) {
            if (user.hasRole(role)) {
                return true;
            }
        }
        return false;
    }
}
