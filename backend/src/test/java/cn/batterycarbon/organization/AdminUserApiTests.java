package cn.batterycarbon.organization;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.organization.domain.UserAccounts;
import cn.batterycarbon.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/v1/admin/users}: administrators only. */
@IntegrationTest
class AdminUserApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    UserAccounts users;

    @Test
    void anAdministratorListsTheUsersOfAnOrganization() throws Exception {
        UUID maker =
                users.findByUsername("maker").orElseThrow().getOrganization().getId();
        mvc.perform(get("/api/v1/admin/users")
                        .param("organization", maker.toString())
                        .with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == 'maker')].roles[0]").value("MANUFACTURER"))
                .andExpect(jsonPath("$[0].singleSignOnLinked").isBoolean());
    }

    @Test
    void otherRolesAreForbidden() throws Exception {
        UUID maker =
                users.findByUsername("maker").orElseThrow().getOrganization().getId();
        for (String username : new String[] {"maker", "supplier", "verifier", "regulator", "steward", "expert"}) {
            mvc.perform(get("/api/v1/admin/users")
                            .param("organization", maker.toString())
                            .with(as(username)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void anonymousCallersAreUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/admin/users")
                        .param("organization", UUID.randomUUID().toString()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anUnknownOrganizationIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/admin/users")
                        .param("organization", UUID.randomUUID().toString())
                        .with(as("admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void withoutTheKeycloakProfileTheLoginFormStays() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("name=\"password\"")));
        mvc.perform(get("/oauth2/authorization/keycloak"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login"));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }
}
