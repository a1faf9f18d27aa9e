package cn.batterycarbon.platform.security;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The {@code keycloak} profile: Keycloak as the identity provider of the web UI and the JSON API.
 * Without the profile none of this exists and the login form stays.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
class KeycloakSecurityConfiguration {

    @Bean
    KeycloakSettings keycloakSettings(Environment environment) {
        return KeycloakSettings.from(environment);
    }

    @Bean
    KeycloakDiscovery keycloakDiscovery(KeycloakSettings settings) {
        return KeycloakDiscovery.fetch(settings);
    }

    /**
     * The platform as Keycloak's client: endpoints from the realm metadata, so the browser goes to
     * the public login page while the server talks to Keycloak over its own route.
     */
    @Bean
    ClientRegistrationRepository keycloakClientRegistrations(KeycloakSettings settings, KeycloakDiscovery discovery) {
        ClientRegistration keycloak = ClientRegistrations.fromOidcConfiguration(discovery.metadata())
                .registrationId(KeycloakSettings.REGISTRATION_ID)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .userNameAttributeName("preferred_username")
                .clientName("Keycloak")
                .build();
        return new InMemoryClientRegistrationRepository(keycloak);
    }

    /**
     * Keycloak access tokens only: signed by the realm's keys (fetched from its JWKS), issued by the
     * configured realm, for this platform ({@code aud}), not expired, and access tokens rather
     * than ID tokens ({@code typ}).
     */
    @Bean
    JwtDecoder keycloakJwtDecoder(KeycloakSettings settings, KeycloakDiscovery discovery) {
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withJwkSetUri(discovery.jwkSetUri()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(settings.clockSkew()),
                new JwtIssuerValidator(settings.issuerUri()),
                new JwtClaimValidator<List<String>>(
                        "aud", audience -> audience != null && audience.contains(settings.clientId())),
                new JwtClaimValidator<String>("typ", "Bearer"::equals)));
        return decoder;
    }

    @Bean
    SingleSignOn singleSignOn(
            KeycloakSettings settings,
            ExternalIdentityLinker linker,
            ClientRegistrationRepository clients,
            JwtDecoder keycloakJwtDecoder,
            ProblemResponses problems,
            LocaleResolver localeResolver) {
        return new SingleSignOn(settings, linker, clients, keycloakJwtDecoder, problems, localeResolver);
    }
}
