package cn.batterycarbon.platform.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/** Authenticates {@link ApiTokenAuthentication}s against the {@link ApiTokenVerifier}. */
class ApiTokenAuthenticationProvider implements AuthenticationProvider {

    private final ApiTokenVerifier verifier;

    ApiTokenAuthenticationProvider(ApiTokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String raw = ((ApiTokenAuthentication) authentication).rawToken();
        return verifier.verify(raw)
                .map(ApiTokenAuthentication::authenticated)
                .orElseThrow(() -> new BadCredentialsException("api.error.token-invalid"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return ApiTokenAuthentication.class.isAssignableFrom(authentication);
    }
}
