package cn.batterycarbon.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import cn.batterycarbon.declaration.DeclarationService;
import cn.batterycarbon.notification.Notifications;
import cn.batterycarbon.organization.OrganizationDirectory;
import cn.batterycarbon.organization.SupplierRegistration;
import cn.batterycarbon.organization.SupplierRegistration.Registration;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.product.ProductCatalog;
import cn.batterycarbon.supplier.SupplierInvitations.Invitation;
import cn.batterycarbon.supplier.SupplyChainFixture.Party;
import cn.batterycarbon.support.IntegrationTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Inviting a supplier not on the platform: the link is single use and time-limited; using it
 * creates the supplier organization and its first user, who cannot sign in until an administrator
 * activates the account; the inviter and the administrators are notified. The link reaches the
 * invited address by e-mail through a real SMTP server (GreenMail on 127.0.0.1, started by the
 * test), in the inviter's language; without an SMTP host nothing is sent and the page shows it.
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

    @Autowired
    SupplierRegistration supplierRegistration;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MessageSource messages;

    /** A real SMTP server for the invitation e-mail, on 127.0.0.1 (the shared context has no mail host). */
    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    private static final Pattern LINK = Pattern.compile("https://bcf\\.test(/invitations/[A-Za-z0-9_-]+)");

    private Registration registration(String code, String username) {
        return new Registration(
                code,
                "赣南碳酸锂有限公司" + username,
                "Gannan Lithium " + username,
                "江西省赣州市",
                "王联系",
                null,
                username + "@example.com",
                username,
                "王联系",
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
        // notifications are written by an asynchronous module listener after the commit
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(notifications.latest(maker.user(), 20))
                        .anySatisfy(n ->
                                assertThat(n.messageKey()).isEqualTo("notification.supplier.invitation.accepted")));
        PlatformUser admin = (PlatformUser) users.loadUserByUsername("admin");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(notifications.latest(admin, 50))
                        .anySatisfy(n ->
                                assertThat(n.messageKey()).isEqualTo("notification.supplier.invitation.approval")));

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

    private SupplierInvitations withSmtp() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        InvitationMailer mailer = new InvitationMailer(() -> sender, messages, "noreply@bcf.test");
        return new SupplierInvitations(jdbc, supplierRegistration, directory, events, Duration.ofDays(14), mailer);
    }

    @Test
    void theInvitedSupplierReceivesTheSingleUseLinkInTheInvitersLanguage() throws Exception {
        PlatformUser maker = SupplyChainFixture.maker(administration, users, products, declarations)
                .party()
                .user();
        SupplierInvitations mailing = withSmtp();
        Invitation invitation = mailing.invite(maker, "赣南碳酸锂", "sales@ganli.example.cn", "请提供碳酸锂数据");
        assertThat(mailing.mail(
                        invitation,
                        "https://bcf.test" + invitation.path(),
                        maker,
                        "请提供碳酸锂数据",
                        Locale.SIMPLIFIED_CHINESE))
                .isTrue();
        Invitation english = mailing.invite(maker, "Ganzhou Lithium", "sales@ganzhou-li.example.com", null);
        assertThat(mailing.mail(english, "https://bcf.test" + english.path(), maker, null, Locale.ENGLISH))
                .isTrue();

        assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
        MimeMessage chinese = smtp.getReceivedMessages()[0];
        MimeMessage inEnglish = smtp.getReceivedMessages()[1];
        String makerName = directory.find(maker.organizationId()).orElseThrow().name(Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese.getAllRecipients()[0].toString()).isEqualTo("sales@ganli.example.cn");
        assertThat(chinese.getSubject()).isEqualTo(makerName + " 邀请您入驻动力电池碳足迹平台");
        assertThat(inEnglish.getAllRecipients()[0].toString()).isEqualTo("sales@ganzhou-li.example.com");
        assertThat(inEnglish.getSubject()).endsWith("invites you to the battery carbon footprint platform");
        String body = GreenMailUtil.getBody(chinese);
        assertThat(chinese.getContent().toString()).contains("请提供碳酸锂数据").contains("只能使用一次");
        Matcher link = LINK.matcher(chinese.getContent().toString());
        assertThat(link.find()).as(body).isTrue();
        assertThat(link.group(1)).isEqualTo(invitation.path());

        // the link from the mail opens the registration page, once
        assertThat(mvc.perform(MockMvcRequestBuilders.get(link.group(1)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("registration-form");
        String token = link.group(1).substring("/invitations/".length());
        String username = "mail" + Long.toString(System.nanoTime(), 36);
        invitations.accept(token, registration(SupplyChainFixture.creditCode(), username));
        assertThat(mvc.perform(MockMvcRequestBuilders.get(link.group(1)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("registration-form");
    }

    @Test
    void withoutAnSmtpHostNothingIsSentAndThePageShowsTheLink() throws Exception {
        PlatformUser maker = SupplyChainFixture.maker(administration, users, products, declarations)
                .party()
                .user();
        String page = mvc.perform(MockMvcRequestBuilders.post("/supply-chain/invitations")
                        .with(user(maker))
                        .with(csrf())
                        .param("organizationName", "无邮件供应商")
                        .param("email", "nomail@example.cn"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"invitation-link\"").doesNotContain("id=\"invitation-mailed\"");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }
}
