package cn.batterycarbon.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How Keycloak's claims become an {@link ExternalIdentity}, the same for ID tokens and access tokens. */
class KeycloakClaimsTests {

    private final KeycloakClaims claims = new KeycloakClaims(new KeycloakSettings(
            "http://127.0.0.1/realms/batterycarbon",
            null,
            "battery-carbon-platform",
            "secret",
            Duration.ofSeconds(60),
            "roles",
            "organization_credit_code"));

    @Test
    void readsSubjectNamesOrganizationAndRoles() {
        ExternalIdentity identity = claims.identity(Map.of(
                "sub", "5f0c0a1e-0000-4000-8000-000000000002",
                "preferred_username", "maker",
                "family_name", "陈",
                "given_name", "碳管",
                "email", "maker@demo.example.cn",
                "organization_credit_code", "91320500MA1NCDL0X2",
                "roles", List.of("default-roles-batterycarbon", "MANUFACTURER")));

        assertThat(identity.subject()).isEqualTo("5f0c0a1e-0000-4000-8000-000000000002");
        assertThat(identity.username()).isEqualTo("maker");
        assertThat(identity.displayName())
                .as("Chinese names: family name first, no space")
                .isEqualTo("陈碳管");
        assertThat(identity.email()).isEqualTo("maker@demo.example.cn");
        assertThat(identity.organizationCreditCode()).isEqualTo("91320500MA1NCDL0X2");
        assertThat(identity.roleNames()).containsExactlyInAnyOrder("default-roles-batterycarbon", "MANUFACTURER");
    }

    @Test
    void westernNamesReadGivenNameFirst() {
        ExternalIdentity identity = claims.identity(
                Map.of("sub", "s", "preferred_username", "anna", "family_name", "Berg", "given_name", "Anna"));

        assertThat(identity.displayName()).isEqualTo("Anna Berg");
    }

    @Test
    void fallsBackToKeycloaksRealmAccessRolesAndTheUserName() {
        ExternalIdentity identity = claims.identity(Map.of(
                "sub",
                "s",
                "preferred_username",
                "service-account-erp",
                "organization_credit_code",
                List.of("91320500MA1NCDL0X2"),
                "realm_access",
                Map.of("roles", List.of("MANUFACTURER", "offline_access"))));

        assertThat(identity.displayName()).isEqualTo("service-account-erp");
        assertThat(identity.email()).isEmpty();
        assertThat(identity.organizationCreditCode()).isEqualTo("91320500MA1NCDL0X2");
        assertThat(identity.roleNames()).containsExactlyInAnyOrder("MANUFACTURER", "offline_access");
    }

    @Test
    void aTokenWithoutOrganizationHasNone() {
        ExternalIdentity identity = claims.identity(Map.of("sub", "s", "organization_credit_code", " "));

        assertThat(identity.organizationCreditCode()).isNull();
        assertThat(identity.username()).isEqualTo("s");
        assertThat(identity.roleNames()).isEmpty();
    }
}
