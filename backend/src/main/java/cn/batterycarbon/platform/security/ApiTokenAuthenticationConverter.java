package cn.batterycarbon.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads {@code Authorization: Bearer bcf_...}. Bearer tokens of other issuers (Keycloak JWTs) are
 * left to other filters when those exist; otherwise every bearer token is taken as ours, so that a
 * token nobody recognizes is refused instead of being ignored.
 */
class ApiTokenAuthenticationConverter implements AuthenticationConverter {

    private static final String BEARER = "Bearer ";

    private final boolean onlyIssuer;

    /** @param onlyIssuer no other bearer tokens are accepted (no Keycloak) */
    ApiTokenAuthenticationConverter(boolean onlyIssuer) {
        this.onlyIssuer = onlyIssuer;
    }

    @Override
    public Authentication convert(HttpServletRequest request) {
        String token = bearerToken(request);
        if (token == null || (!onlyIssuer && !token.startsWith(ApiTokenVerifier.TOKEN_PREFIX))) {
            return null;
        }
        return ApiTokenAuthentication.unauthenticated(token);
    }

    static String bearerToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return header.substring(BEARER.length()).trim();
    }

    static boolean hasBearerToken(HttpServletRequest request) {
        return bearerToken(request) != null;
    }
}
