package cn.batterycarbon.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * Settings of the {@code keycloak} profile ({@code bcf.keycloak.*}; application-keycloak.yml maps
 * them from {@code KEYCLOAK_ISSUER_URI}, {@code KEYCLOAK_CLIENT_ID} and {@code KEYCLOAK_CLIENT_SECRET}).
 * Bound only in that profile (not a scanned {@code @ConfigurationProperties}), so that without it
 * nothing asks for an issuer.
 *
 * @param issuerUri the realm's issuer as browsers reach it and tokens name it ({@code iss}), e.g.
 *     {@code https://sso.example.gov.cn/realms/batterycarbon}
 * @param backchannelUri the same realm as the platform's server reaches it when that differs (a
 *     private network, docker compose's {@code http://keycloak:8080/realms/batterycarbon}); empty
 *     for the issuer URI. Keycloak must then run with {@code hostname-backchannel-dynamic}.
 * @param clientId the platform's client; bearer tokens must name it in {@code aud}
 * @param clientSecret the platform client's secret (Keycloak: Clients → Credentials)
 * @param clockSkew tolerance for the clocks of Keycloak and the platform when checking {@code exp}/{@code nbf}
 * @param rolesClaim the token claim that lists the realm roles
 * @param organizationClaim the token claim with the organization's unified social credit code
 */
public record KeycloakSettings(
        String issuerUri,
        String backchannelUri,
        @DefaultValue("battery-carbon-platform") String clientId,
        String clientSecret,
        @DefaultValue("60s") Duration clockSkew,
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("organization_credit_code") String organizationClaim) {

    /** The client registration id, which also names the callback path {@code /login/oauth2/code/keycloak}. */
    public static final String REGISTRATION_ID = "keycloak";

    static KeycloakSettings from(Environment environment) {
        KeycloakSettings settings = Binder.get(environment).bindOrCreate("bcf.keycloak", KeycloakSettings.class);
        if (settings.issuerUri() == null || settings.issuerUri().isBlank()) {
            throw new IllegalStateException(
                    "The keycloak profile needs the realm's issuer URI: set KEYCLOAK_ISSUER_URI");
        }
        if (settings.clientSecret() == null || settings.clientSecret().isBlank()) {
            throw new IllegalStateException(
                    "The keycloak profile needs the platform client's secret: set KEYCLOAK_CLIENT_SECRET");
        }
        return settings;
    }

    /** Where the platform's server fetches the realm's metadata, keys and tokens. */
    public String serverSideUri() {
        return backchannelUri == null || backchannelUri.isBlank() ? issuerUri : backchannelUri;
    }
}
