package cn.batterycarbon.supplier;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends an invitation link to the supplier's address through Spring Boot's mail support, in the
 * inviter's language. Spring Boot provides a {@link JavaMailSender} only when {@code
 * spring.mail.host} is set; without one nothing is sent, a log line says so, and the inviter passes
 * the link on (the page shows it either way). A failing SMTP server never undoes the invitation.
 */
@Component
class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /** What the mail says: who invites whom, the link and until when it works. */
    record InvitationMail(
            String to, String inviterName, String organizationName, String message, String link, Instant expiresAt) {}

    private final Supplier<JavaMailSender> sender;
    private final MessageSource messages;
    private final String from;

    @Autowired
    InvitationMailer(
            ObjectProvider<JavaMailSender> sender,
            MessageSource messages,
            @Value(
                            "${bcf.supplier.invitation.mail-from:${bcf.notifications.mail.from:noreply@batterycarbon.example.cn}}")
                    String from) {
        this(sender::getIfAvailable, messages, from);
    }

    InvitationMailer(Supplier<JavaMailSender> sender, MessageSource messages, String from) {
        this.sender = sender;
        this.messages = messages;
        this.from = from;
    }

    /** True when the mail was handed to the SMTP server. */
    boolean send(InvitationMail mail, Locale locale) {
        JavaMailSender smtp = sender.get();
        if (smtp == null) {
            log.info(
                    "No SMTP host configured (spring.mail.host): the invitation link for {} was not e-mailed",
                    mail.to());
            return false;
        }
        String expires = DAY.format(mail.expiresAt().atZone(ZoneId.of("Asia/Shanghai")));
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        message.setSubject(
                messages.getMessage("supplier.invitation.mail.subject", new Object[] {mail.inviterName()}, locale));
        String text = messages.getMessage(
                "supplier.invitation.mail.body",
                new Object[] {mail.organizationName(), mail.inviterName(), mail.link(), expires},
                locale);
        if (mail.message() != null && !mail.message().isBlank()) {
            text = text + "\n\n" + mail.message();
        }
        message.setText(text);
        try {
            smtp.send(message);
            return true;
        } catch (MailException e) {
            log.warn("The invitation e-mail to {} failed: {}", mail.to(), e.getMessage());
            return false;
        }
    }
}
