package cn.batterycarbon.platform.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * URL patterns a module reserves for some roles, for every HTTP method or for one. Declare one as
 * a bean; the security filter chains refuse other users (403) before the request reaches a
 * controller, so an upload or a request body from someone without the role is never read (method
 * security on a controller runs only after the body has been parsed, and would answer a
 * malformed body with 400 instead). The controllers keep their {@code @PreAuthorize} as the
 * second line.
 *
 * @param method the HTTP method the rule is for, or null for all
 */
public record RoleRestrictedPaths(HttpMethod method, Set<Role> roles, List<String> patterns) {

    public static RoleRestrictedPaths of(Set<Role> roles, String... patterns) {
        return new RoleRestrictedPaths(null, EnumSet.copyOf(roles), List.of(patterns));
    }

    public static RoleRestrictedPaths of(HttpMethod method, Set<Role> roles, String... patterns) {
        return new RoleRestrictedPaths(method, EnumSet.copyOf(roles), List.of(patterns));
    }

    String[] roleNames() {
        return roles.stream().map(Enum::name).toArray(String[]::new);
    }

    String[] patternArray() {
        return patterns.toArray(String[]::new);
    }
}
