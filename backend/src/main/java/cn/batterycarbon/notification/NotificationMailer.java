package cn.batterycarbon.notification;

import cn.batterycarbon.organization.OrganizationDirectory;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
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
 * E-mail for notifications, off by default: with {@code bcf.notifications.mail.enabled=true} and
 * {@code spring.mail.host} set, each notification is also sent to the recipient organization's
 * contact address, in Chinese with the English text below. A failing SMTP server never fails the
 * change that caused the notification (it is logged).
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final boolean enabled;
    private final String from;
    private final String baseUrl;
    private final Supplier<JavaMailSender> sender;
    private final Function<UUID, String> addressOf;
    private final MessageSource messages;

    @Autowired
    NotificationMailer(
            @Value("${bcf.notifications.mail.enabled:false}") boolean enabled,
            @Value("${bcf.notifications.mail.from:noreply@batterycarbon.example.cn}") String from,
            @Value("${bcf.notifications.mail.base-url:http://localhost:8080}") String baseUrl,
            ObjectProvider<JavaMailSender> sender,
            OrganizationDirectory organizations,
            MessageSource messages) {
        this(
                messages,
                enabled,
                from,
                baseUrl,
                sender::getIfAvailable,
                id -> organizations.find(id).map(o -> o.contactEmail()).orElse(null));
    }

    NotificationMailer(
            MessageSource messages,
            boolean enabled,
            String from,
            String baseUrl,
            Supplier<JavaMailSender> sender,
            Function<UUID, String> addressOf) {
        this.enabled = enabled;
        this.from = from;
        this.baseUrl = baseUrl;
        this.sender = sender;
        this.addressOf = addressOf;
        this.messages = messages;
    }

    void send(UUID organizationId, String messageKey, Object[] arguments, String link) {
        JavaMailSender mail = enabled ? sender.get() : null;
        if (mail == null) {
            return;
        }
        String to = addressOf.apply(organizationId);
        if (to == null || to.isBlank()) {
            return;
        }
        String zh = messages.getMessage(messageKey, arguments, messageKey, Locale.SIMPLIFIED_CHINESE);
        String en = messages.getMessage(messageKey, arguments, messageKey, Locale.ENGLISH);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(zh + " / " + en);
        message.setText(zh + "\n" + en + "\n\n" + baseUrl + (link == null ? "/notifications" : link));
        try {
            mail.send(message);
        } catch (MailException e) {
            log.warn("notification e-mail to {} failed: {}", to, e.getMessage());
        }
    }
}
