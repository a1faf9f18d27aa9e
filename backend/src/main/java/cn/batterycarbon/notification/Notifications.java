package cn.batterycarbon.notification;

import cn.batterycarbon.platform.security.PlatformUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bell: notifications of the signed-in user's organization. */
@Service
@Transactional(readOnly = true)
public class Notifications {

    /** Arguments are stored joined by this (never in a message argument: it is a control character). */
    private static final String SEPARATOR = "\u001f";

    private final JdbcClient jdbc;
    private final NotificationMailer mailer;

    Notifications(JdbcClient jdbc, NotificationMailer mailer) {
        this.jdbc = jdbc;
        this.mailer = mailer;
    }

    @Transactional
    public UUID notify(UUID organizationId, String messageKey, Object[] arguments, String link) {
        UUID id = UUID.randomUUID();
        String args = Arrays.stream(arguments == null ? new Object[0] : arguments)
                .map(a -> String.valueOf(a).replace(SEPARATOR, " "))
                .collect(Collectors.joining(SEPARATOR));
        jdbc.sql("insert into notification (id, organization_id, message_key, arguments, link, created_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(id, organizationId, messageKey, args, link, Timestamp.from(Instant.now()))
                .update();
        mailer.send(organizationId, messageKey, arguments, link);
        return id;
    }

    public long unread(PlatformUser user) {
        return jdbc.sql("select count(*) from notification where organization_id = ? and read_at is null")
                .param(user.organizationId())
                .query(Long.class)
                .single();
    }

    public List<NotificationView> latest(PlatformUser user, int limit) {
        return jdbc.sql("select id, message_key, arguments, link, created_at, read_at from notification"
                        + " where organization_id = ? order by created_at desc limit ?")
                .params(user.organizationId(), limit)
                .query((rs, n) -> new NotificationView(
                        rs.getObject("id", UUID.class),
                        rs.getString("message_key"),
                        rs.getString("arguments").isEmpty()
                                ? List.of()
                                : List.of(rs.getString("arguments").split(SEPARATOR, -1)),
                        rs.getString("link"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") != null))
                .list();
    }

    /** Marks one notification read and returns where it leads (404 for another organization's). */
    @Transactional
    public String open(UUID id, PlatformUser user) {
        List<String> links = jdbc.sql("update notification set read_at = coalesce(read_at, now())"
                        + " where id = ? and organization_id = ? returning link")
                .params(id, user.organizationId())
                .query(String.class)
                .list();
        if (links.isEmpty()) {
            throw new cn.batterycarbon.platform.web.NotFoundException();
        }
        return links.get(0);
    }

    @Transactional
    public int markAllRead(PlatformUser user) {
        return jdbc.sql("update notification set read_at = now() where organization_id = ? and read_at is null")
                .param(user.organizationId())
                .update();
    }
}
