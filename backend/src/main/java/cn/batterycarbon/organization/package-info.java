/**
 * Organizations taking part in the declaration system, their users, role memberships and personal
 * API tokens; platform administration and the user's own account pages.
 *
 * <p>Public API: {@link cn.batterycarbon.organization.OrganizationDirectory}.
 */
@ApplicationModule(displayName = "Organizations and users", allowedDependencies = "platform")
package cn.batterycarbon.organization;

import org.springframework.modulith.ApplicationModule;
