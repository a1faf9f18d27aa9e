package cn.batterycarbon.platform.security;

import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The realm's OpenID provider metadata, fetched once at start-up from where the platform's server
 * reaches Keycloak. Its issuer must be the configured one: tokens name it, and browsers are sent
 * to its login page.
 */
record KeycloakDiscovery(Map<String, Object> metadata) {

    static KeycloakDiscovery fetch(KeycloakSettings settings) {
        String location = trimSlash(settings.serverSideUri()) + "/.well-known/openid-configuration";
        Map<String, Object> metadata;
        try {
            metadata = RestClient.create()
                    .get()
                    .uri(location)
                    .retrieve()
                    .body(new ParameterizedTypeReference<Map<String, Object>>() {});
        } catch (RestClientException e) {
            throw new IllegalStateException("Cannot read Keycloak's realm metadata at " + location, e);
        }
        if (metadata == null || !trimSlash(settings.issuerUri()).equals(metadata.get("issuer"))) {
            throw new IllegalStateException("Keycloak at " + location + " names its issuer "
                    + (metadata == null ? null : metadata.get("issuer")) + ", not KEYCLOAK_ISSUER_URI "
                    + settings.issuerUri() + ": set Keycloak's hostname to the public URL (docs/keycloak.md)");
        }
        return new KeycloakDiscovery(Map.copyOf(metadata));
    }

    String jwkSetUri() {
        return (String) metadata.get("jwks_uri");
    }

    private static String trimSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
