package cn.batterycarbon.platform.security;

import java.io.Serial;
import java.util.Map;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/** An API request authenticated by a Keycloak access token; its principal is the {@link PlatformUser}. */
public final class KeycloakBearerAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

    @Serial
    private static final long serialVersionUID = 1L;

    KeycloakBearerAuthentication(Jwt jwt, PlatformUser user) {
        super(jwt, user, jwt, user.getAuthorities());
        setAuthenticated(true);
    }

    @Override
    public Map<String, Object> getTokenAttributes() {
        return getToken().getClaims();
    }

    @Override
    public String getName() {
        return ((PlatformUser) getPrincipal()).getUsername();
    }
}
