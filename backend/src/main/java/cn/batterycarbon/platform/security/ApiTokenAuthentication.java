package cn.batterycarbon.platform.security;

import java.io.Serial;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated, or to be authenticated, by a personal API token. */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient String rawToken;
    private final PlatformUser user;

    private ApiTokenAuthentication(String rawToken, PlatformUser user) {
        super(user == null ? java.util.List.of() : user.getAuthorities());
        this.rawToken = rawToken;
        this.user = user;
        setAuthenticated(user != null);
    }

    static ApiTokenAuthentication unauthenticated(String rawToken) {
        return new ApiTokenAuthentication(rawToken, null);
    }

    static ApiTokenAuthentication authenticated(PlatformUser user) {
        return new ApiTokenAuthentication(null, user);
    }

    String rawToken() {
        return rawToken;
    }

    @Override
    public Object getCredentials() {
        return rawToken;
    }

    @Override
    public Object getPrincipal() {
        return user;
    }
}
