package cn.batterycarbon.platform.security;

import java.io.Serial;
import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A platform user signed in through Keycloak: the same {@link PlatformUser} every controller
 * expects, and an {@link OidcUser} carrying the ID token that RP-initiated logout sends back to
 * Keycloak as {@code id_token_hint}.
 */
public final class SingleSignOnUser extends PlatformUser implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    SingleSignOnUser(PlatformUser user, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(
                user.userId(),
                user.getUsername(),
                user.displayName(),
                user.organizationId(),
                user.organizationType(),
                user.roles(),
                user.isEnabled(),
                null);
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public boolean singleSignOn() {
        return true;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
