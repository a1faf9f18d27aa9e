package cn.batterycarbon.organization.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.platform.i18n.I18nConfiguration;
import cn.batterycarbon.platform.security.ApiTokenVerifier;
import cn.batterycarbon.platform.security.OrganizationType;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.security.SecurityConfiguration;
import cn.batterycarbon.platform.web.UploadTooLarge;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The administration controller in a web slice: real security configuration, validation,
 * templates and message bundles, with the administration service replaced at the slice's edge.
 */
@WebMvcTest(AdminOrganizationController.class)
@Import({SecurityConfiguration.class, I18nConfiguration.class, UploadTooLarge.class})
class AdminOrganizationControllerSliceTests {

    private static final PlatformUser ADMIN = new PlatformUser(
            UUID.randomUUID(),
            "admin",
            "管理员",
            UUID.randomUUID(),
            OrganizationType.PLATFORM_OPERATOR,
            Set.of(Role.ADMIN),
            true,
            "x");
    private static final PlatformUser SUPPLIER = new PlatformUser(
            UUID.randomUUID(),
            "supplier",
            "供应",
            UUID.randomUUID(),
            OrganizationType.SUPPLIER,
            Set.of(Role.SUPPLIER),
            true,
            "x");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OrganizationAdministration administration;

    /** The sign-in throttle keeps its state in PostgreSQL, which a web slice does not start. */
    @MockitoBean
    cn.batterycarbon.platform.security.LoginThrottle loginThrottle;

    /** The layout's notification bell (a controller advice every page slice loads). */
    @MockitoBean
    cn.batterycarbon.notification.Notifications notifications;

    @MockitoBean
    UserDetailsService userDetailsService;

    @MockitoBean
    ApiTokenVerifier apiTokenVerifier;

    @Test
    void showsTheOrganizationListToAdministrators() throws Exception {
        given(administration.allOrganizations()).willReturn(List.of());
        mvc.perform(get("/admin/organizations").with(user(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/admin/organizations"))
                .andExpect(content().string(Matchers.containsString("参与单位")));
    }

    @Test
    void refusesOtherRoles() throws Exception {
        mvc.perform(get("/admin/organizations").with(user(SUPPLIER))).andExpect(status().isForbidden());
    }

    @Test
    void namesEveryMissingFieldInTheChosenLanguageAndRegistersNothing() throws Exception {
        mvc.perform(post("/admin/organizations")
                        .with(user(ADMIN))
                        .with(csrf())
                        .cookie(new Cookie("bcf-lang", "en"))
                        .param("type", "SUPPLIER")
                        .param("creditCode", "123")
                        .param("contactEmail", "not-an-email"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors(
                                "form", "creditCode", "nameZh", "nameEn", "address", "contactName", "contactEmail"))
                .andExpect(content()
                        .string(Matchers.containsString(
                                "The unified social credit code has 18 digits or capital letters")));
        verify(administration, never()).registerOrganization(any(), any(), any());
    }
}
