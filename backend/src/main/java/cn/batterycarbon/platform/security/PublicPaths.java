package cn.batterycarbon.platform.security;

import java.util.List;

/**
 * URL patterns a module opens to anonymous visitors (for example a public certificate
 * verification page). Declare one as a bean; the security configuration collects them all.
 */
public record PublicPaths(List<String> patterns) {

    public static PublicPaths of(String... patterns) {
        return new PublicPaths(List.of(patterns));
    }
}
