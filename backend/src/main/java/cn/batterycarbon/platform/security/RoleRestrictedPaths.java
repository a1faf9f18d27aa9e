package cn.batterycarbon.platform.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * URL patterns a module reserves for some roles. Declare one as a bean; the security filter chains
 * refuse other users (403) before the request reaches a controller, so an upload or a request body
 * from someone without the role is never read. The controllers keep their {@code @PreAuthorize}
 * as the second line.
 */
public record RoleRestrictedPaths(Set<Role> roles, List<String> patterns) {

    public static RoleRestrictedPaths of(Set<Role> roles, String... patterns) {
        return new RoleRestrictedPaths(EnumSet.copyOf(roles), List.of(patterns));
    }

    String[] roleNames() {
        return roles.stream().map(Enum::name).toArray(String[]::new);
    }
}
