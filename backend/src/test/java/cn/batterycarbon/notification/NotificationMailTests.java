package cn.batterycarbon.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Notification e-mail against a real SMTP server (GreenMail, started by the test on a free port):
 * sent when enabled, in Chinese and English with the link; nothing when disabled; an unreachable
 * server never fails the change that caused the notification.
 */
class NotificationMailTests {

    private GreenMail smtp;
    private JavaMailSenderImpl sender;
    private final ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        messages.setBasenames("classpath:i18n/notification");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    private static java.util.function.Supplier<org.springframework.mail.javamail.JavaMailSender> smtpSender(
            JavaMailSenderImpl sender) {
        return () -> sender;
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void anEnabledMailerSendsTheNotificationInBothLanguages() throws Exception {
        NotificationMailer mailer = new NotificationMailer(
                messages, true, "noreply@bcf.test", "https://bcf.test", smtpSender(sender), id -> "esg@supplier.test");
        mailer.send(
                UUID.randomUUID(),
                "notification.supplier.request.sent",
                new Object[] {"磷酸铁锂正极材料"},
                "/supply-chain/requests/1");
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("esg@supplier.test");
        assertThat(mail.getSubject()).contains("收到新的数据请求：磷酸铁锂正极材料").contains("New data request");
        assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
        assertThat(mail.getContent().toString()).contains("https://bcf.test/supply-chain/requests/1");
    }

    @Test
    void aDisabledMailerSendsNothing() {
        NotificationMailer mailer = new NotificationMailer(
                messages, false, "noreply@bcf.test", "https://bcf.test", smtpSender(sender), id -> "x@y.test");
        mailer.send(UUID.randomUUID(), "notification.supplier.request.sent", new Object[] {"x"}, null);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void anUnreachableServerDoesNotFailTheCaller() {
        JavaMailSenderImpl down = new JavaMailSenderImpl();
        down.setHost("127.0.0.1");
        down.setPort(1);
        NotificationMailer mailer = new NotificationMailer(
                messages, true, "noreply@bcf.test", "https://bcf.test", smtpSender(down), id -> "x@y.test");
        mailer.send(UUID.randomUUID(), "notification.supplier.request.sent", new Object[] {"x"}, null);
    }
}
