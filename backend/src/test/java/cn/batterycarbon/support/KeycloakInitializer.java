package cn.batterycarbon.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application at the shared {@link KeycloakServer} through the same variables an
 * operator sets ({@code KEYCLOAK_ISSUER_URI}, {@code KEYCLOAK_CLIENT_SECRET}), and makes it listen
 * on the port the test realm's redirect URIs name. Expiry is checked with one second of clock skew
 * so that an expired token's test need not wait a minute.
 */
public class KeycloakInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        KeycloakServer keycloak = KeycloakServer.started();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "testKeycloak",
                        Map.of(
                                "KEYCLOAK_ISSUER_URI", keycloak.issuer(),
                                "KEYCLOAK_CLIENT_SECRET", keycloak.clientSecret(KeycloakServer.PLATFORM_CLIENT),
                                "KEYCLOAK_CLOCK_SKEW", "1s",
                                "server.port", String.valueOf(keycloak.appPort()))));
    }
}
