package cn.batterycarbon.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OidcBackChannelLogoutHandler;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.session.InMemoryOidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Keycloak single sign-on, present only in the {@code keycloak} profile: the web UI signs in with
 * the OIDC authorization code flow (PKCE) and signs out at Keycloak too (RP-initiated logout); the
 * JSON API accepts Keycloak access tokens. Both end in the same {@link PlatformUser} through the
 * {@link ExternalIdentityLinker}, so every module's authorization rules apply unchanged.
 */
public final class SingleSignOn {

    private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

    private final KeycloakClaims claims;
    private final ExternalIdentityLinker linker;
    private final ClientRegistrationRepository clients;
    private final JwtDecoder jwtDecoder;
    private final ProblemResponses problems;
    private final String keycloakOrigin;
    private final LocaleResolver localeResolver;

    SingleSignOn(
            KeycloakSettings settings,
            ExternalIdentityLinker linker,
            ClientRegistrationRepository clients,
            JwtDecoder jwtDecoder,
            ProblemResponses problems,
            LocaleResolver localeResolver) {
        this.claims = new KeycloakClaims(settings);
        this.linker = linker;
        this.clients = clients;
        this.jwtDecoder = jwtDecoder;
        this.problems = problems;
        this.localeResolver = localeResolver;
        java.net.URI issuer = java.net.URI.create(settings.issuerUri());
        this.keycloakOrigin = issuer.getScheme() + "://" + issuer.getAuthority();
    }

    /** Adds Keycloak bearer tokens to the API chain; personal {@code bcf_} tokens stay with their own filter. */
    void configureApi(HttpSecurity http, AuthenticationEntryPoint unauthorized, AccessDeniedHandler forbidden)
            throws Exception {
        AuthenticationEntryPoint tokenRefused = (request, response, e) -> {
            if (e instanceof SingleSignOnRefusedException refused) {
                problems.write(
                        request,
                        response,
                        HttpStatus.UNAUTHORIZED,
                        refused.reason().messageKey());
            } else if (e instanceof OAuth2AuthenticationException) {
                problems.write(request, response, HttpStatus.UNAUTHORIZED, "api.error.token-invalid");
            } else {
                unauthorized.commence(request, response, e);
            }
        };
        http.oauth2ResourceServer(resourceServer -> resourceServer
                .bearerTokenResolver(new KeycloakBearerTokenResolver())
                .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(this::authenticate))
                .authenticationEntryPoint(tokenRefused)
                .accessDeniedHandler(forbidden));
    }

    /** Replaces the login form with Keycloak sign-in and makes sign-out end the Keycloak session too. */
    void configureWeb(HttpSecurity http, String contentSecurityPolicy) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(
                clients, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());

        OidcClientInitiatedLogoutSuccessHandler singleSignOut = new OidcClientInitiatedLogoutSuccessHandler(clients);
        singleSignOut.setPostLogoutRedirectUri("{baseUrl}/login?logout");

        // Sessions live in PostgreSQL (Spring Session, cookie SESSION): the back-channel logout replays
        // Keycloak's logout for each of the user's sessions with that cookie, not Tomcat's JSESSIONID.
        OidcSessionRegistry oidcSessions = new InMemoryOidcSessionRegistry();
        OidcBackChannelLogoutHandler backChannelLogout = new OidcBackChannelLogoutHandler(oidcSessions);
        backChannelLogout.setSessionCookieName("SESSION");

        http.oauth2Login(login -> login.loginPage("/login")
                        .oidcSessionRegistry(oidcSessions)
                        .authorizationEndpoint(endpoint ->
                                endpoint.authorizationRequestResolver(inPlatformLanguage(authorizationRequests)))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserService()))
                        .failureHandler(signInFailure()))
                .logout(logout -> logout.logoutSuccessHandler(singleSignOut))
                // Keycloak ends platform sessions too (OIDC back-channel logout), e.g. when an administrator
                // signs a user out or disables them there.
                .oidcLogout(logout -> logout.backChannel(backChannel -> backChannel.logoutHandler(backChannelLogout)))
                // Signing out posts a form whose answer redirects to Keycloak: the browser enforces form-action there.
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        contentSecurityPolicy.replace("form-action 'self'", "form-action 'self' " + keycloakOrigin))))
                // Straight to Keycloak's login page; /login only shows messages (signed out, refused).
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(relative(signInPath())));
    }

    private static LoginUrlAuthenticationEntryPoint relative(String path) {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint(path);
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    /** Where the sign-in with Keycloak starts. */
    public String signInPath() {
        return OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/"
                + KeycloakSettings.REGISTRATION_ID;
    }

    /** Keycloak's login page speaks the language the visitor chose on the platform ({@code ui_locales}). */
    private OAuth2AuthorizationRequestResolver inPlatformLanguage(OAuth2AuthorizationRequestResolver standard) {
        return new OAuth2AuthorizationRequestResolver() {
            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
                return withLocale(request, standard.resolve(request));
            }

            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
                return withLocale(request, standard.resolve(request, clientRegistrationId));
            }
        };
    }

    private OAuth2AuthorizationRequest withLocale(
            HttpServletRequest request, OAuth2AuthorizationRequest authorization) {
        if (authorization == null) {
            return null;
        }
        String language = localeResolver.resolveLocale(request).toLanguageTag();
        return OAuth2AuthorizationRequest.from(authorization)
                .additionalParameters(parameters -> parameters.put("ui_locales", language))
                .build();
    }

    private OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService() {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser oidcUser = standard.loadUser(request);
            PlatformUser user = linker.link(claims.identity(oidcUser.getClaims()));
            return new SingleSignOnUser(user, oidcUser.getIdToken(), oidcUser.getUserInfo());
        };
    }

    private AbstractAuthenticationToken authenticate(Jwt jwt) {
        PlatformUser user = linker.link(claims.identity(jwt.getClaims()));
        user.eraseCredentials();
        return new KeycloakBearerAuthentication(jwt, user);
    }

    private static AuthenticationFailureHandler signInFailure() {
        return (request, response, exception) -> {
            SingleSignOnRefusedException refused = refusal(exception);
            String target;
            if (refused != null) {
                log.warn("Keycloak sign-in refused: {}", refused.getMessage());
                target = "/login?refused=" + refused.reason().code();
            } else {
                log.warn("Keycloak sign-in failed: {}", exception.getMessage());
                target = "/login?error";
            }
            response.sendRedirect(request.getContextPath() + target);
        };
    }

    private static SingleSignOnRefusedException refusal(AuthenticationException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SingleSignOnRefusedException refused) {
                return refused;
            }
        }
        return null;
    }

    /** The standard bearer token resolver, except that personal API tokens are not JWTs to decode. */
    private static final class KeycloakBearerTokenResolver implements BearerTokenResolver {

        private final DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();

        @Override
        public String resolve(HttpServletRequest request) {
            String token = standard.resolve(request);
            return token == null || token.startsWith(ApiTokenVerifier.TOKEN_PREFIX) ? null : token;
        }
    }
}
