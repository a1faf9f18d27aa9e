package cn.batterycarbon.platform.web;

import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.Role;
import java.util.Set;

/**
 * An entry of the main navigation and of the landing page, contributed by a module as a bean. It
 * is shown only to users holding one of {@code roles}; an empty set means every signed-in user.
 *
 * @param labelKey message key of the link text
 * @param descriptionKey message key of the one-line description shown on the landing page
 * @param path where it leads
 * @param order position, lowest first
 */
public record NavigationItem(String labelKey, String descriptionKey, String path, int order, Set<Role> roles) {

    public boolean visibleTo(PlatformUser user) {
        return roles.isEmpty() || roles.stream().anyMatch(user::hasRole);
    }
}
