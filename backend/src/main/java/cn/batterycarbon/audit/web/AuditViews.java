package cn.batterycarbon.audit.web;

import cn.batterycarbon.audit.core.AuditRecord;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns stored entries into what people read: action names and times in their language and zone. */
@Component
class AuditViews {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One changed field. */
    record FieldChange(String field, String before, String after) {}

    /** An entry as shown on a timeline or in the log browser. */
    record EntryView(
            long seq,
            String occurredAt,
            String time,
            String actorType,
            String actor,
            UUID actorOrganizationId,
            String actorRoles,
            String action,
            String actionLabel,
            String objectType,
            UUID objectId,
            UUID tenantId,
            List<FieldChange> changes,
            String requestId,
            String clientAddress,
            String hash) {}

    private final MessageSource messages;
    private final JsonMapper json;

    AuditViews(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    EntryView view(AuditRecord r, Locale locale) {
        String actor = r.actorName() != null
                ? r.actorName()
                : messages.getMessage("audit.actor." + r.actorType(), null, r.actorType(), locale);
        return new EntryView(
                r.seq(),
                r.occurredAt().toString(),
                TIME.format(r.occurredAt().atZone(CHINA)),
                r.actorType(),
                actor,
                r.actorOrganizationId(),
                r.actorRoles(),
                r.action(),
                messages.getMessage("audit.action." + r.action(), null, r.action(), locale),
                r.objectType(),
                r.objectId(),
                r.tenantId(),
                changes(r.changes()),
                r.requestId(),
                r.clientAddress(),
                r.hash());
    }

    List<FieldChange> changes(String changesJson) {
        List<FieldChange> list = new ArrayList<>();
        JsonNode root = json.readTree(changesJson);
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            list.add(new FieldChange(
                    field.getKey(),
                    text(field.getValue().get("before")),
                    text(field.getValue().get("after"))));
        }
        return list;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.isString() ? node.asString() : node.toString();
    }
}
