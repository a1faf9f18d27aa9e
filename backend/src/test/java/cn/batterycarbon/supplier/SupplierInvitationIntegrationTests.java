package cn.batterycarbon.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import cn.batterycarbon.declaration.DeclarationService;
import cn.batterycarbon.notification.Notifications;
import cn.batterycarbon.organization.OrganizationDirectory;
import cn.batterycarbon.organization.SupplierRegistration.Registration;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.product.ProductCatalog;
import cn.batterycarbon.supplier.SupplierInvitations.Invitation;
import cn.batterycarbon.supplier.SupplyChainFixture.Party;
import cn.batterycarbon.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Inviting a supplier not on the platform: the link is single use and time-limited; using it
 * creates the supplier organization and its first user, who cannot sign in until an administrator
 * activates the account; the inviter and the administrators are notified.
 */
@IntegrationTest
class SupplierInvitationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    SupplierInvitations invitations;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProductCatalog products;

    @Autowired
    DeclarationService declarations;

    private Registration registration(String code, String username) {
        return new Registration(
                code,
                "赣南碳酸锂有限公司" + username,
                null,
                "江西省赣州市",
                "王联系",
                null,
                username + "@example.com",
                username,
                null,
                "Lithium-Carb0nate-2025");
    }

    @Test
    void theLinkCreatesAPendingSupplierOnceAndOnlyOnce() throws Exception {
        Party maker = SupplyChainFixture.maker(administration, users, products, declarations)
                .party();
        Invitation invitation = invitations.invite(maker.user(), "赣南碳酸锂", "sales@ganli.example.cn", "请入驻后提供碳酸锂数据");
        String token = invitation.path().substring("/invitations/".length());
        assertThat(invitations.check(token).organizationName()).isEqualTo("赣南碳酸锂");

        // the public page, without signing in
        MockHttpServletResponse page = mvc.perform(MockMvcRequestBuilders.get(invitation.path()))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("registration-form");

        String code = SupplyChainFixture.creditCode();
        String username = "li" + Long.toString(System.nanoTime(), 36);
        MockHttpServletResponse registered = mvc.perform(MockMvcRequestBuilders.post(invitation.path())
                        .with(csrf())
                        .param("creditCode", code)
                        .param("nameZh", "赣南碳酸锂有限公司" + username)
                        .param("address", "江西省赣州市")
                        .param("contactName", "王联系")
                        .param("contactEmail", username + "@example.com")
                        .param("username", username)
                        .param("password", "Lithium-Carb0nate-2025"))
                .andReturn()
                .getResponse();
        assertThat(registered.getContentAsString())
                .contains("id=\"registered\"")
                .contains(code);
        PlatformUser pending = (PlatformUser) users.loadUserByUsername(username);
        assertThat(pending.isEnabled()).isFalse();
        assertThat(directory.find(pending.organizationId()).orElseThrow().creditCode())
                .isEqualTo(code);
        assertThat(notifications.latest(maker.user(), 20))
                .anySatisfy(n -> assertThat(n.messageKey()).isEqualTo("notification.supplier.invitation.accepted"));
        PlatformUser admin = (PlatformUser) users.loadUserByUsername("admin");
        assertThat(notifications.latest(admin, 50))
                .anySatisfy(n -> assertThat(n.messageKey()).isEqualTo("notification.supplier.invitation.approval"));

        // single use
        assertThatThrownBy(
                        () -> invitations.accept(token, registration(SupplyChainFixture.creditCode(), username + "x")))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "supplier.invitation.used");
        // the administrator's approval: activating the user
        administration.activateUser(pending.userId());
        assertThat(users.loadUserByUsername(username).isEnabled()).isTrue();
    }

    @Test
    void anExpiredOrUnknownLinkIsRefusedAndABadRegistrationWritesNothing() {
        Party maker = SupplyChainFixture.maker(administration, users, products, declarations)
                .party();
        Invitation invitation = invitations.invite(maker.user(), "过期供应商", "x@example.cn", null);
        String token = invitation.path().substring("/invitations/".length());
        // a bad credit code: refused, and the link stays usable
        assertThatThrownBy(() -> invitations.accept(token, registration("123", "badcode" + System.nanoTime())))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "organization.creditCode.invalid");
        assertThat(invitations.check(token).organizationName()).isEqualTo("过期供应商");
        jdbc.sql("update supplier_invitation set expires_at = now() - interval '1 minute' where id = ?")
                .param(invitation.id())
                .update();
        assertThatThrownBy(() -> invitations.check(token))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "supplier.invitation.expired");
        assertThatThrownBy(() -> invitations.check("not-a-token"))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "supplier.invitation.unknown");
        assertThatThrownBy(() -> invitations.invite(maker.user(), "x", "not-an-address", null))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "supplier.invitation.emailInvalid");
    }
}
