package cn.batterycarbon.platform.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads an {@link ExternalIdentity} from the claims of a Keycloak ID token, user info or access
 * token: the same claims for the web sign-in and for API bearer tokens, so both map alike.
 */
final class KeycloakClaims {

    private final KeycloakSettings settings;

    KeycloakClaims(KeycloakSettings settings) {
        this.settings = settings;
    }

    ExternalIdentity identity(Map<String, Object> claims) {
        String subject = text(claims.get("sub"));
        String username = firstNonBlank(text(claims.get("preferred_username")), subject);
        return new ExternalIdentity(
                subject,
                username,
                displayName(claims, username),
                firstNonBlank(text(claims.get("email")), ""),
                text(claims.get(settings.organizationClaim())),
                roleNames(claims));
    }

    private Set<String> roleNames(Map<String, Object> claims) {
        Object roles = claims.get(settings.rolesClaim());
        if (roles == null && claims.get("realm_access") instanceof Map<?, ?> realmAccess) {
            // Keycloak's own place for realm roles in access tokens, when no mapper adds a flat claim.
            roles = realmAccess.get("roles");
        }
        Set<String> names = new LinkedHashSet<>();
        if (roles instanceof Collection<?> list) {
            list.forEach(role -> names.add(String.valueOf(role)));
        } else if (roles instanceof String single) {
            names.add(single);
        }
        return names;
    }

    /** Chinese names read family name first, without a space; others given name first. */
    private static String displayName(Map<String, Object> claims, String username) {
        String family = text(claims.get("family_name"));
        String given = text(claims.get("given_name"));
        String name;
        if (family != null && given != null) {
            name = isCjk(family) ? family + given : given + " " + family;
        } else {
            name = firstNonBlank(text(claims.get("name")), username);
        }
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static boolean isCjk(String text) {
        return Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    private static String text(Object value) {
        if (value instanceof Collection<?> list) {
            value = list.isEmpty() ? null : list.iterator().next();
        }
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    private static String firstNonBlank(String first, String fallback) {
        return first != null ? first : fallback;
    }
}
