package cn.batterycarbon.audit.web;

import cn.batterycarbon.audit.AuditTrail;
import cn.batterycarbon.audit.AuditTrail.Filter;
import cn.batterycarbon.audit.core.AuditRecord;
import cn.batterycarbon.platform.web.NotFoundException;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * CSV (UTF-8 with BOM for Excel; cells starting with = + - @ are prefixed with ' so Excel does
 * not run them) and JSON lines exports of the log, streamed row by row with the stored values
 * (hashes included, so an export can be checked against the chain).
 */
@Component
class AuditExports {

    private static final String[] COLUMNS = {
        "seq", "occurred_at", "actor_type", "actor_id", "actor_name", "actor_org_id", "actor_roles", "action",
        "object_type", "object_id", "tenant_id", "changes", "request_id", "client_address", "prev_hash", "hash"
    };

    private final AuditTrail trail;
    private final JsonMapper json;

    AuditExports(AuditTrail trail, JsonMapper json) {
        this.trail = trail;
        this.json = json;
    }

    ResponseEntity<StreamingResponseBody> export(String format, Filter filter) {
        boolean csv = "csv".equalsIgnoreCase(format);
        if (!csv && !"jsonl".equalsIgnoreCase(format)) {
            throw new NotFoundException();
        }
        StreamingResponseBody body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            if (csv) {
                writer.write('\uFEFF');
                writer.write(String.join(",", COLUMNS));
                writer.write("\r\n");
            }
            trail.export(filter, record -> {
                try {
                    writer.write(csv ? csvLine(record) : json.writeValueAsString(fields(record)) + "\n");
                } catch (java.io.IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        };
        String filename = "audit-log." + (csv ? "csv" : "jsonl");
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : AuditApi.jsonLines())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }

    private static Map<String, Object> fields(AuditRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        Object[] values = values(r);
        for (int i = 0; i < COLUMNS.length; i++) {
            m.put(COLUMNS[i], values[i]);
        }
        return m;
    }

    private static Object[] values(AuditRecord r) {
        return new Object[] {
            r.seq(),
            r.occurredAt().toString(),
            r.actorType(),
            r.actorId(),
            r.actorName(),
            r.actorOrganizationId(),
            r.actorRoles(),
            r.action(),
            r.objectType(),
            r.objectId(),
            r.tenantId(),
            r.changes(),
            r.requestId(),
            r.clientAddress(),
            r.prevHash(),
            r.hash()
        };
    }

    private static String csvLine(AuditRecord r) {
        StringBuilder line = new StringBuilder();
        Object[] values = values(r);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(values[i]));
        }
        return line.append("\r\n").toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
