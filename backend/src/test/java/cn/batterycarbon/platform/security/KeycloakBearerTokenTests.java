package cn.batterycarbon.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.batterycarbon.organization.application.AccountService;
import cn.batterycarbon.organization.domain.Organization;
import cn.batterycarbon.organization.domain.Organizations;
import cn.batterycarbon.organization.domain.UnifiedSocialCreditCode;
import cn.batterycarbon.organization.domain.UserAccount;
import cn.batterycarbon.organization.domain.UserAccounts;
import cn.batterycarbon.support.KeycloakServer;
import cn.batterycarbon.support.KeycloakTest;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API with real Keycloak access tokens: users and a manufacturer's ERP system act as
 * their platform user, with the same roles and organization as in the web UI; every kind of bad
 * token is refused with 401 and a good token without the role with 403.
 */
@KeycloakTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeycloakBearerTokenTests {

    @Autowired
    JdbcTemplate jdbc;

    private static final String MAKER_ORGANIZATION = "91320500MA1NCDL0X2";

    @Autowired
    Organizations organizations;

    @Autowired
    UserAccounts users;

    @Autowired
    AccountService accounts;

    private final KeycloakServer keycloak = KeycloakServer.started();
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = new JsonMapper();

    @AfterAll
    void forgetWhatSingleSignOnRecorded() {
        KeycloakTestRecords.forget(jdbc);
    }

    @Test
    void aUsersTokenActsAsTheLinkedPlatformUser() throws Exception {
        String token = keycloak.accessToken("maker");

        Answer me = get("/api/v1/me", token);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body())
                .containsEntry("username", "maker")
                .containsEntry(
                        "organizationId",
                        organization(MAKER_ORGANIZATION).getId().toString())
                .containsEntry("organizationType", "BATTERY_MANUFACTURER")
                .containsEntry("roles", List.of("MANUFACTURER"));
        UserAccount maker = users.findByUsername("maker").orElseThrow();
        assertThat(maker.getExternalSubject())
                .isEqualTo(SignedJWT.parse(token).getJWTClaimsSet().getSubject());
    }

    @Test
    void anErpSystemUsesClientCredentialsAndActsForItsManufacturer() throws Exception {
        String token = keycloak.clientCredentialsToken(KeycloakServer.ERP_CLIENT);

        Answer me = get("/api/v1/me", token);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body())
                .containsEntry("username", "service-account-erp-ningchuan")
                .containsEntry(
                        "organizationId",
                        organization(MAKER_ORGANIZATION).getId().toString())
                .containsEntry("roles", List.of("MANUFACTURER"));
        UserAccount account =
                users.findByUsername("service-account-erp-ningchuan").orElseThrow();
        assertThat(account.getExternalSubject()).isNotNull();
        assertThat(get(
                                "/api/v1/organizations/"
                                        + organization("91110108MA01HHTW35").getId(),
                                token)
                        .status())
                .as("another organization stays invisible to the ERP system")
                .isEqualTo(404);
    }

    @Test
    void anAdministratorsTokenReachesTheAdministrationApi() throws Exception {
        Answer list = get(
                "/api/v1/admin/users?organization="
                        + organization(MAKER_ORGANIZATION).getId(),
                keycloak.accessToken("admin"));

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains("\"username\":\"maker\"");
    }

    @Test
    void aValidTokenWithoutTheRoleIsForbidden() throws Exception {
        Answer answer = get(
                "/api/v1/admin/users?organization="
                        + organization(MAKER_ORGANIZATION).getId(),
                keycloak.accessToken("maker"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body()).containsEntry("detail", "Your role may not do this.");
    }

    @Test
    void rolesTheOrganizationCannotHaveAreIgnored() throws Exception {
        Answer me = get("/api/v1/me", keycloak.accessToken(KeycloakServer.MIXED));

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).containsEntry("roles", List.of("SUPPLIER"));
    }

    @Test
    void aUserOfAnUnregisteredOrganizationIsRefusedWithTheReason() throws Exception {
        Answer answer = get("/api/v1/me", keycloak.accessToken(KeycloakServer.STRANGER));

        assertThat(answer.status()).isEqualTo(401);
        assertThat((String) answer.body().get("detail")).contains("not registered on this platform");
        assertThat(users.findByUsername(KeycloakServer.STRANGER)).isEmpty();
    }

    @Test
    void noTokenAndAMalformedTokenAreUnauthorized() throws Exception {
        assertThat(get("/api/v1/me", null).status()).isEqualTo(401);

        Answer malformed = get("/api/v1/me", "not.a-jwt");
        assertThat(malformed.status()).isEqualTo(401);
        assertThat(malformed.body()).containsEntry("detail", "The API token is invalid, expired or revoked.");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsUnauthorized() throws Exception {
        SignedJWT genuine = SignedJWT.parse(keycloak.accessToken("maker"));
        RSAKey impostor =
                new RSAKeyGenerator(2048).keyID(genuine.getHeader().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(genuine.getHeader().getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                genuine.getJWTClaimsSet());
        forged.sign(new RSASSASigner(impostor));

        assertThat(get("/api/v1/me", genuine.serialize()).status()).isEqualTo(200);
        assertThat(get("/api/v1/me", forged.serialize()).status()).isEqualTo(401);
    }

    @Test
    void aTokenForAnotherAudienceIsUnauthorized() throws Exception {
        String token = keycloak.clientCredentialsToken(KeycloakServer.OTHER_CLIENT);
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(keycloak.issuer());
        assertThat(claims.getAudience()).doesNotContain(KeycloakServer.PLATFORM_CLIENT);

        assertThat(get("/api/v1/me", token).status()).isEqualTo(401);
    }

    @Test
    void aTokenOfAnotherIssuerIsUnauthorized() throws Exception {
        // The same realm and signing key, reached under another host name, names another issuer.
        String token = keycloak.clientCredentialsToken(keycloak.issuerVia("localhost"), KeycloakServer.ERP_CLIENT);
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getIssuer()).isNotEqualTo(keycloak.issuer());

        assertThat(get("/api/v1/me", token).status()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsUnauthorized() throws Exception {
        String token = keycloak.clientCredentialsToken(KeycloakServer.SHORT_LIVED_CLIENT);
        Instant expiry =
                SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime().toInstant();
        assertThat(get("/api/v1/me", token).status()).as("still valid").isEqualTo(200);

        // The test context allows one second of clock skew.
        Duration wait = Duration.between(Instant.now(), expiry.plusMillis(2_500));
        if (!wait.isNegative()) {
            Thread.sleep(wait.toMillis());
        }

        Answer answer = get("/api/v1/me", token);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).containsEntry("detail", "The API token is invalid, expired or revoked.");
    }

    @Test
    void anIdTokenIsNoAccessToken() throws Exception {
        Map<String, Object> tokens = keycloak.passwordGrant("maker", "demo1234");

        assertThat(get("/api/v1/me", (String) tokens.get("id_token")).status()).isEqualTo(401);
    }

    @Test
    void personalApiTokensStillWorkBesideKeycloak() throws Exception {
        UUID supplier = users.findByUsername("supplier").orElseThrow().getId();
        String token =
                accounts.issueToken(supplier, "ERP " + UUID.randomUUID(), 1).secret();

        Answer me = get("/api/v1/me", token);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).containsEntry("username", "supplier");
    }

    private Organization organization(String creditCode) {
        return organizations
                .findByCreditCode(UnifiedSocialCreditCode.of(creditCode))
                .orElseThrow();
    }

    private Answer get(String path, String bearerToken) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + keycloak.appPort() + path))
                .header("Accept", "application/json")
                .header("Accept-Language", "en");
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), json);
    }

    private record Answer(int status, String text, JsonMapper json) {

        @SuppressWarnings("unchecked")
        Map<String, Object> body() {
            return json.readValue(text, Map.class);
        }
    }
}
