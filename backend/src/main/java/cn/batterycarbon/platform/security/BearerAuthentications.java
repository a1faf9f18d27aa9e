package cn.batterycarbon.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/** Tells a request authenticated by a bearer token (personal or Keycloak) from an interactive session. */
public final class BearerAuthentications {

    private BearerAuthentications() {}

    public static boolean isBearer(Authentication authentication) {
        return authentication instanceof ApiTokenAuthentication
                || authentication instanceof AbstractOAuth2TokenAuthenticationToken<?>;
    }
}
