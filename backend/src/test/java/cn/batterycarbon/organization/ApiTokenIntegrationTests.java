package cn.batterycarbon.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.organization.application.AccountService;
import cn.batterycarbon.organization.domain.UserAccounts;
import cn.batterycarbon.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Personal API tokens end to end: issue, use as bearer token, list, revoke, refuse afterwards. */
@IntegrationTest
class ApiTokenIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccounts users;

    @Autowired
    cn.batterycarbon.organization.domain.ApiTokens tokens;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    private org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                userDetails.loadUserByUsername(username));
    }

    @Test
    void aTokenAuthenticatesUntilItIsRevoked() throws Exception {
        UUID maker = users.findByUsername("maker").orElseThrow().getId();
        AccountService.IssuedToken issued = accounts.issueToken(maker, "ERP " + UUID.randomUUID(), 30);
        assertThat(issued.secret()).startsWith("bcf_");

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("maker"))
                .andExpect(jsonPath("$.roles[0]").value("MANUFACTURER"));

        mvc.perform(delete("/api/v1/tokens/" + issued.token().getId())
                        .header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/me")
                        .header("Authorization", "Bearer " + issued.secret())
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The API token is invalid, expired or revoked."));
    }

    @Test
    void concurrentCallsWithOneTokenAllSucceedAndRecordTheUse() throws Exception {
        UUID maker = users.findByUsername("maker").orElseThrow().getId();
        AccountService.IssuedToken issued = accounts.issueToken(maker, "parallel " + UUID.randomUUID(), 30);
        long versionBefore =
                tokens.findById(issued.token().getId()).orElseThrow().getVersion();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(pool.submit(() -> mvc.perform(
                                get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()))
                        .andReturn()
                        .getResponse()
                        .getStatus()));
            }
            for (java.util.concurrent.Future<Integer> call : calls) {
                assertThat(call.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        cn.batterycarbon.organization.domain.ApiToken used =
                tokens.findById(issued.token().getId()).orElseThrow();
        assertThat(used.getLastUsedAt()).isNotNull();
        assertThat(used.getVersion()).isEqualTo(versionBefore);
    }

    @Test
    void anUnknownTokenIsRefusedInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/me")
                        .header("Authorization", "Bearer bcf_nonsense")
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("未认证"))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void tokensAreIssuedThroughTheApiWithTheirSecretShownOnce() throws Exception {
        UUID supplier = users.findByUsername("supplier").orElseThrow().getId();
        String bootstrap = accounts.issueToken(supplier, "bootstrap", 1).secret();
        // Created from the signed-in session (a token cannot mint tokens), then listed with a token.
        mvc.perform(post("/api/v1/tokens")
                        .with(signedIn("supplier"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"ERP\",\"validDays\":30}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.secret").isString())
                .andExpect(jsonPath("$.token.status").value("ACTIVE"));
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + bootstrap))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].secret").doesNotExist());
    }

    @Test
    void invalidTokenRequestsNameEveryOffendingField() throws Exception {
        UUID supplier = users.findByUsername("supplier").orElseThrow().getId();
        mvc.perform(post("/api/v1/tokens")
                        .with(signedIn("supplier"))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"validDays\":9999}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.detail").value("2 field(s) of the request are invalid."));
    }

    @Test
    void anotherUsersTokenCannotBeRevoked() throws Exception {
        UUID maker = users.findByUsername("maker").orElseThrow().getId();
        UUID supplier = users.findByUsername("supplier").orElseThrow().getId();
        AccountService.IssuedToken makers = accounts.issueToken(maker, "maker's", 30);
        String suppliers = accounts.issueToken(supplier, "supplier's", 30).secret();
        mvc.perform(delete("/api/v1/tokens/" + makers.token().getId()).header("Authorization", "Bearer " + suppliers))
                .andExpect(status().isNotFound());
    }
}
