package cn.batterycarbon.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.organization.application.AccountService;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.organization.domain.UserAccounts;
import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Sessions, tokens, CSRF and redirects as the security probe of issue 18 tried them (points 4-10),
 * with sessions in PostgreSQL (issue 16 point 1).
 */
@IntegrationTest
class SessionSecurityIntegrationTests {

    private static final String PASSWORD = "Session-Test-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sessionsLiveInPostgresql() throws Exception {
        String username = newUser();
        Cookie session = signIn(username);
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = ?", Integer.class, username))
                .isEqualTo(1);
        mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void aDeactivatedUserLosesTheirOpenSession() throws Exception {
        String username = newUser();
        Cookie session = signIn(username);
        mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());

        administration.deactivateUser(idOf(username), idOf("admin"));

        mvc.perform(get("/account").cookie(session)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void aPasswordResetByTheAdministratorEndsTheUsersSessions() throws Exception {
        String username = newUser();
        Cookie first = signIn(username);
        Cookie second = signIn(username);

        administration.resetPassword(idOf(username), "Reset-By-Admin-2026");

        mvc.perform(get("/account").cookie(first)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/account").cookie(second)).andExpect(status().is3xxRedirection());
    }

    @Test
    void theCurrentPasswordCheckIsThrottledLikeTheSignIn() throws Exception {
        String username = newUser();
        Cookie session = signIn(username);
        for (int i = 0; i < 5; i++) {
            changePassword(session, "wrong-" + i).andExpect(status().isOk());
        }
        // Locked now: even the right current password is refused, and so is signing in.
        String page = changePassword(session, PASSWORD)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Too many wrong current passwords");
        mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void anonymousAndTokenApiCallsCreateNoSession() throws Exception {
        int before = sessionCount();
        for (int i = 0; i < 5; i++) {
            MvcResult anonymous = mvc.perform(get("/api/v1/me"))
                    .andExpect(status().isUnauthorized())
                    .andReturn();
            assertThat(anonymous.getResponse().getHeaders("Set-Cookie")).isEmpty();
            MvcResult anonymousPost = mvc.perform(post("/api/v1/tokens")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"x\",\"validDays\":1}"))
                    .andReturn();
            assertThat(anonymousPost.getResponse().getStatus()).isIn(401, 403);
            assertThat(anonymousPost.getResponse().getHeaders("Set-Cookie")).isEmpty();
        }
        String token = accounts.issueToken(idOf("maker"), "stateless " + UUID.randomUUID(), 1)
                .secret();
        for (int i = 0; i < 5; i++) {
            MvcResult withToken = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                    .andExpect(status().isOk())
                    .andReturn();
            assertThat(withToken.getResponse().getHeaders("Set-Cookie")).isEmpty();
        }
        assertThat(sessionCount()).isEqualTo(before);
    }

    @Test
    void aJunkBearerHeaderDoesNotLetASessionSkipTheCsrfCheck() throws Exception {
        String username = newUser();
        Cookie session = signIn(username);
        int tokensBefore = tokenCount(username);

        mvc.perform(post("/api/v1/tokens")
                        .cookie(session)
                        .header("Authorization", "Bearer junk")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"forged\",\"validDays\":30}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/tokens")
                        .cookie(session)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"forged\",\"validDays\":30}"))
                .andExpect(status().isForbidden());
        assertThat(tokenCount(username)).isEqualTo(tokensBefore);

        // The signed-in page's own call, with its CSRF token, still works.
        mvc.perform(post("/api/v1/tokens")
                        .cookie(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"from the page\",\"validDays\":30}"))
                .andExpect(status().isCreated());
    }

    @Test
    void aTokenCannotCreateTokens() throws Exception {
        String username = newUser();
        String token = accounts.issueToken(idOf(username), "parent", 30).secret();
        int before = tokenCount(username);
        mvc.perform(post("/api/v1/tokens")
                        .header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"child\",\"validDays\":365}"))
                .andExpect(status().isForbidden())
                .andExpect(
                        jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("signed-in browser session")));
        assertThat(tokenCount(username)).isEqualTo(before);
    }

    @Test
    void theSignInRedirectIgnoresTheHostHeader() throws Exception {
        mvc.perform(get("/declarations").with(request -> {
                    request.setServerName("evil.example");
                    request.addHeader("Host", "evil.example");
                    return request;
                }))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void apiAnswersCarryTheSameSecurityHeadersAsPages() throws Exception {
        for (String path : new String[] {"/api/v1/me", "/login"}) {
            mvc.perform(get(path))
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().exists("Content-Security-Policy"));
        }
    }

    private String newUser() {
        String username = "sess" + UUID.randomUUID().toString().substring(0, 8);
        UUID supplierOrg =
                users.findByUsername("supplier").orElseThrow().getOrganization().getId();
        administration.createUser(new OrganizationAdministration.NewUser(
                supplierOrg, username, "会话测试", username + "@x.cn", Set.of(Role.SUPPLIER), PASSWORD));
        return username;
    }

    private UUID idOf(String username) {
        return users.findByUsername(username).orElseThrow().getId();
    }

    private Cookie signIn(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(authenticated())
                .andReturn();
        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).as("session cookie").isNotNull();
        return session;
    }

    private org.springframework.test.web.servlet.ResultActions changePassword(Cookie session, String current)
            throws Exception {
        return mvc.perform(post("/account/password")
                .cookie(session)
                .with(csrf())
                .cookie(new Cookie("bcf-lang", "en"))
                .param("currentPassword", current)
                .param("newPassword", "Brand-New-Pass-2026")
                .param("confirmPassword", "Brand-New-Pass-2026"));
    }

    private int sessionCount() {
        return jdbc.queryForObject("select count(*) from spring_session", Integer.class);
    }

    private int tokenCount(String username) {
        return jdbc.queryForObject(
                "select count(*) from api_token t join user_account u on u.id = t.user_id where u.username = ?",
                Integer.class,
                username);
    }
}
