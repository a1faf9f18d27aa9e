package cn.batterycarbon.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: the JSON API under {@code /api/**} (personal API tokens or the browser session
 * with its CSRF token; failures as problem+json) and the server-rendered web UI (form login). In the
 * {@code keycloak} profile, {@link SingleSignOn} adds Keycloak bearer tokens to the API and replaces
 * the form login with Keycloak sign-in.
 * Finer rules live on the controllers as {@code @PreAuthorize}, next to what they protect.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(LoginThrottle.Settings.class)
public class SecurityConfiguration {

    /** Anonymous visitors may see these; modules add more through {@link PublicPaths} beans. */
    private static final List<String> ALWAYS_PUBLIC = List.of(
            "/login",
            "/css/**",
            "/js/**",
            "/images/**",
            "/webjars/**",
            "/favicon.ico",
            "/error",
            "/actuator/health/**",
            "/actuator/info",
            "/v3/api-docs/**",
            "/swagger-ui/**",
            "/swagger-ui.html");

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    private static final ReferrerPolicyHeaderWriter.ReferrerPolicy REFERRER_POLICY =
            ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN;

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id for new hashes; the delegating encoder still reads the other standard formats.
        DelegatingPasswordEncoder encoder =
                (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        java.util.Map<String, PasswordEncoder> encoders = new java.util.HashMap<>();
        encoders.put("argon2@SpringSecurity_v5_8", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("bcrypt", new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder());
        DelegatingPasswordEncoder delegating = new DelegatingPasswordEncoder("argon2@SpringSecurity_v5_8", encoders);
        delegating.setDefaultPasswordEncoderForMatches(encoder);
        return delegating;
    }

    @Bean
    LoginThrottle loginThrottle(
            LoginThrottle.Settings settings, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new LoginThrottle(settings, Clock.systemUTC(), new JdbcLoginFailures(jdbc, transactions));
    }

    @Bean
    AuthenticationManager authenticationManager(
            UserDetailsService userDetailsService,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            ApplicationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetailsService);
        passwords.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
        manager.setEraseCredentialsAfterAuthentication(true);
        // sign-ins, failed sign-ins and lock-outs become events the audit trail records
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    @Bean
    ProblemResponses problemResponses(JsonMapper jsonMapper, MessageSource messages, LocaleResolver localeResolver) {
        return new ProblemResponses(jsonMapper, messages, localeResolver);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            ApiTokenVerifier tokens,
            ProblemResponses problems,
            ObjectProvider<RoleRestrictedPaths> restrictedPaths,
            ObjectProvider<SingleSignOn> singleSignOn)
            throws Exception {
        AuthenticationEntryPoint unauthorized =
                (request, response, e) -> problems.write(request, response, HttpStatus.UNAUTHORIZED, messageKey(e));
        AccessDeniedHandler forbidden = (request, response, e) ->
                problems.write(request, response, HttpStatus.FORBIDDEN, "api.error.forbidden");

        SingleSignOn keycloak = singleSignOn.getIfAvailable();
        // Without Keycloak every bearer token is ours: a junk one is refused (401) instead of letting the
        // request fall back to the session cookie while it skipped the CSRF check.
        AuthenticationFilter tokenFilter = new AuthenticationFilter(
                new ProviderManager(new ApiTokenAuthenticationProvider(tokens)),
                new ApiTokenAuthenticationConverter(keycloak == null));
        tokenFilter.setSuccessHandler(new ContinueChain());
        tokenFilter.setFailureHandler(new AuthenticationEntryPointFailureHandler(unauthorized));

        http.securityMatcher("/api/**")
                .authorizeHttpRequests(authorize -> {
                    restrictedPaths
                            .orderedStream()
                            .forEach(paths -> (paths.method() == null
                                            ? authorize.requestMatchers(paths.patternArray())
                                            : authorize.requestMatchers(paths.method(), paths.patternArray()))
                                    .hasAnyRole(paths.roleNames()));
                    authorize.anyRequest().authenticated();
                })
                .addFilterBefore(tokenFilter, UsernamePasswordAuthenticationFilter.class)
                // A request with a bearer token is authenticated by that token or refused with 401 (never by
                // the session cookie), so CSRF cannot touch it. Without a session nobody is signed in, so
                // there is nothing to forge (and checking would create a session). Session callers need it.
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        ApiTokenAuthenticationConverter::hasBearerToken, request -> request.getSession(false) == null))
                // The API is stateless for token and anonymous callers: no session is ever created here
                // (an existing browser session is still used), and a refused request is not remembered.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY)));
        if (keycloak != null) {
            keycloak.configureApi(http, unauthorized, forbidden);
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            ObjectProvider<PublicPaths> modulePublicPaths,
            ObjectProvider<RoleRestrictedPaths> restrictedPaths,
            ObjectProvider<SingleSignOn> singleSignOn)
            throws Exception {
        List<String> publicPaths = new ArrayList<>(ALWAYS_PUBLIC);
        modulePublicPaths.orderedStream().forEach(paths -> publicPaths.addAll(paths.patterns()));

        SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error") {
            @Override
            public void onAuthenticationFailure(
                    HttpServletRequest request,
                    HttpServletResponse response,
                    org.springframework.security.core.AuthenticationException exception)
                    throws IOException, jakarta.servlet.ServletException {
                if (exception instanceof LockedException) {
                    getRedirectStrategy().sendRedirect(request, response, "/login?locked");
                } else {
                    super.onAuthenticationFailure(request, response, exception);
                }
            }
        };

        http.authorizeHttpRequests(authorize -> {
                    authorize
                            .requestMatchers(publicPaths.toArray(String[]::new))
                            .permitAll();
                    restrictedPaths
                            .orderedStream()
                            .forEach(paths -> (paths.method() == null
                                            ? authorize.requestMatchers(paths.patternArray())
                                            : authorize.requestMatchers(paths.method(), paths.patternArray()))
                                    .hasAnyRole(paths.roleNames()));
                    authorize.anyRequest().authenticated();
                })
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY)));
        SingleSignOn keycloak = singleSignOn.getIfAvailable();
        if (keycloak != null) {
            keycloak.configureWeb(http, CONTENT_SECURITY_POLICY);
        } else {
            // The throttled password check, not the one Spring would build from the UserDetailsService
            // alone. Only for form login: single sign-on brings its own authentication providers.
            http.authenticationManager(authenticationManager);
            http.formLogin(
                    form -> form.loginPage("/login").failureHandler(failure).permitAll());
            // Relative redirects: the Host header (whatever a client sends) never becomes a Location.
            LoginUrlAuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint("/login");
            toLogin.setFavorRelativeUris(true);
            http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(toLogin));
        }
        return http.build();
    }

    private static String messageKey(org.springframework.security.core.AuthenticationException e) {
        return e != null && "api.error.token-invalid".equals(e.getMessage())
                ? "api.error.token-invalid"
                : "api.error.unauthenticated";
    }

    /** After a token authenticated the request, carry on to the controller (no redirect). */
    private static final class ContinueChain implements AuthenticationSuccessHandler {

        @Override
        public void onAuthenticationSuccess(
                HttpServletRequest request,
                HttpServletResponse response,
                FilterChain chain,
                Authentication authentication)
                throws IOException, jakarta.servlet.ServletException {
            chain.doFilter(request, response);
        }

        @Override
        public void onAuthenticationSuccess(
                HttpServletRequest request, HttpServletResponse response, Authentication authentication) {}
    }
}
