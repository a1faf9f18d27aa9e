package cn.batterycarbon.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.organization.domain.Organizations;
import cn.batterycarbon.organization.domain.UnifiedSocialCreditCode;
import cn.batterycarbon.organization.domain.UserAccount;
import cn.batterycarbon.organization.domain.UserAccounts;
import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What an administrator and a user do with organizations and accounts, through the web UI. */
@IntegrationTest
class AdministrationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    Organizations organizations;

    @Autowired
    UserAccounts users;

    @Autowired
    OrganizationAdministration administration;

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    @Test
    void anAdministratorRegistersAnOrganizationAndCreatesAUserWhoCanSignIn() throws Exception {
        mvc.perform(post("/admin/organizations")
                        .with(as("admin"))
                        .with(csrf())
                        .param("type", "SUPPLIER")
                        .param("creditCode", "91330100mA2WEB0010".toUpperCase())
                        .param("nameZh", "浙江隔膜材料有限公司")
                        .param("nameEn", "Zhejiang Separator Co., Ltd.")
                        .param("address", "浙江省杭州市")
                        .param("contactName", "孙")
                        .param("contactPhone", "0571-8888")
                        .param("contactEmail", "sun@separator.example.cn"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/organizations/*"));
        UUID id = organizations.findAll().stream()
                .filter(o -> o.getCreditCode().equals(UnifiedSocialCreditCode.of("91330100MA2WEB0010")))
                .findFirst()
                .orElseThrow()
                .getId();

        mvc.perform(post("/admin/organizations/" + id + "/users")
                        .with(as("admin"))
                        .with(csrf())
                        .param("username", "Sun.Separator")
                        .param("displayName", "孙隔膜")
                        .param("email", "sun@separator.example.cn")
                        .param("roles", "SUPPLIER")
                        .param("password", "Separator2026"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/organizations/" + id));

        mvc.perform(formLogin("/login").user("sun.separator").password("Separator2026"))
                .andExpect(authenticated());
        UserAccount created = users.findByUsername("sun.separator").orElseThrow();
        assertThat(created.getPasswordHash()).startsWith("{argon2@SpringSecurity_v5_8}");
    }

    @Test
    void anInvalidCreditCodeIsNamedAndNothingIsSaved() throws Exception {
        long before = organizations.count();
        mvc.perform(post("/admin/organizations")
                        .with(as("admin"))
                        .with(csrf())
                        .param("type", "SUPPLIER")
                        .param("creditCode", "91330100MA2WEB0011")
                        .param("nameZh", "甲")
                        .param("nameEn", "A")
                        .param("address", "地址")
                        .param("contactName", "人")
                        .param("contactEmail", "a@a.cn"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "creditCode", "organization.creditCode.invalid"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("统一社会信用代码“91330100MA2WEB0011”无效")));
        assertThat(organizations.count()).isEqualTo(before);
    }

    @Test
    void aRoleThatDoesNotSuitTheOrganizationIsRefused() throws Exception {
        UUID supplier =
                users.findByUsername("supplier").orElseThrow().getOrganization().getId();
        mvc.perform(post("/admin/organizations/" + supplier + "/users")
                        .with(as("admin"))
                        .with(csrf())
                        .param("username", "mallory")
                        .param("displayName", "Mallory")
                        .param("email", "m@x.cn")
                        .param("roles", "VERIFIER")
                        .param("password", "Mallory2026"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "roles", "user.roles.notGrantable"));
        assertThat(users.existsByUsername("mallory")).isFalse();
    }

    @Test
    void aDeactivatedUserCannotSignInAndAResetPasswordWorks() throws Exception {
        UUID maker =
                users.findByUsername("maker").orElseThrow().getOrganization().getId();
        UserAccount temp = administration.createUser(new OrganizationAdministration.NewUser(
                maker, "temp.worker", "临时", "t@x.cn", java.util.Set.of(Role.MANUFACTURER), "Temporary2026"));

        mvc.perform(post("/admin/users/" + temp.getId() + "/deactivate")
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/login").user("temp.worker").password("Temporary2026"))
                .andExpect(unauthenticated());

        mvc.perform(post("/admin/users/" + temp.getId() + "/activate")
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/users/" + temp.getId() + "/password")
                        .with(as("admin"))
                        .with(csrf())
                        .param("newPassword", "Renewed2026")
                        .param("confirmPassword", "Renewed2026"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/login").user("temp.worker").password("Renewed2026"))
                .andExpect(authenticated());
    }

    @Test
    void anAdministratorCannotDeactivateThemselves() throws Exception {
        UUID admin = users.findByUsername("admin").orElseThrow().getId();
        mvc.perform(post("/admin/users/" + admin + "/deactivate")
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("不能停用自己的账号")));
    }

    @Test
    void usersChangeTheirOwnPasswordOnlyWithTheCurrentOne() throws Exception {
        UUID supplierOrg =
                users.findByUsername("supplier").orElseThrow().getOrganization().getId();
        administration.createUser(new OrganizationAdministration.NewUser(
                supplierOrg, "pw.changer", "改密", "p@x.cn", java.util.Set.of(Role.SUPPLIER), "Original2026"));

        mvc.perform(post("/account/password")
                        .with(as("pw.changer"))
                        .with(csrf())
                        .param("currentPassword", "wrong")
                        .param("newPassword", "Changed2026")
                        .param("confirmPassword", "Changed2026"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "password.current.wrong"));
        mvc.perform(post("/account/password")
                        .with(as("pw.changer"))
                        .with(csrf())
                        .param("currentPassword", "Original2026")
                        .param("newPassword", "short")
                        .param("confirmPassword", "short"))
                .andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "password.policy.length"));
        mvc.perform(post("/account/password")
                        .with(as("pw.changer"))
                        .with(csrf())
                        .param("currentPassword", "Original2026")
                        .param("newPassword", "Changed2026")
                        .param("confirmPassword", "Changed2026"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(formLogin("/login").user("pw.changer").password("Changed2026"))
                .andExpect(authenticated());
    }

    @Test
    void repeatedFailedLoginsLockTheAccountForAWhile() throws Exception {
        UUID supplierOrg =
                users.findByUsername("supplier").orElseThrow().getOrganization().getId();
        administration.createUser(new OrganizationAdministration.NewUser(
                supplierOrg, "guessed", "被猜", "g@x.cn", java.util.Set.of(Role.SUPPLIER), "Guessable2026"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("guessed").password("wrong" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("guessed").password("Guessable2026"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/account/password").with(as("maker")).param("currentPassword", "demo1234"))
                .andExpect(status().isForbidden());
    }

    @Test
    void responsesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Frame-Options", "DENY"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void signingInChangesTheSessionId() throws Exception {
        org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
        String before = session.getId();
        var result = mvc.perform(formLogin("/login").user("maker").password("demo1234"))
                .andExpect(authenticated())
                .andReturn();
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void theOrganizationApiHidesOtherOrganizations() throws Exception {
        UUID supplierOrg =
                users.findByUsername("supplier").orElseThrow().getOrganization().getId();
        UUID makerOrg =
                users.findByUsername("maker").orElseThrow().getOrganization().getId();
        mvc.perform(get("/api/v1/organizations/" + supplierOrg).with(as("maker")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organizations/" + makerOrg).with(as("maker"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/organizations/" + supplierOrg).with(as("regulator")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/organizations").with(as("maker")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.length()")
                        .value(1));
    }
}
