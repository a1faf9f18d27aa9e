package cn.batterycarbon.audit.web;

import cn.batterycarbon.audit.AuditTrail;
import cn.batterycarbon.audit.AuditTrail.Filter;
import cn.batterycarbon.audit.core.AuditRecord;
import cn.batterycarbon.platform.files.Downloads;
import cn.batterycarbon.platform.files.SpreadsheetWriter;
import cn.batterycarbon.platform.web.NotFoundException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * CSV and JSON lines exports of the log, streamed row by row with the stored values (hashes
 * included, so an export can be checked against the chain). The CSV goes through the platform's
 * one writer ({@link SpreadsheetWriter}: UTF-8 with BOM, formula-like text neutralized) and both
 * through its one download helper ({@link Downloads}).
 */
@Component
class AuditExports {

    private static final List<String> COLUMNS = List.of(
            "seq",
            "occurred_at",
            "actor_type",
            "actor_id",
            "actor_name",
            "actor_org_id",
            "actor_roles",
            "action",
            "object_type",
            "object_id",
            "tenant_id",
            "changes",
            "request_id",
            "client_address",
            "prev_hash",
            "hash");

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
        StreamingResponseBody body = csv
                ? out -> {
                    try (SpreadsheetWriter.CsvStream rows = SpreadsheetWriter.csv(out)) {
                        rows.row(COLUMNS);
                        trail.export(filter, record -> rows.row(Arrays.asList(values(record))));
                    }
                }
                : out -> {
                    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                    trail.export(filter, record -> {
                        try {
                            writer.write(json.writeValueAsString(fields(record)));
                            writer.write('\n');
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    writer.flush();
                };
        return Downloads.streamed(body, "audit-log." + (csv ? "csv" : "jsonl"));
    }

    private static Map<String, Object> fields(AuditRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        Object[] values = values(r);
        for (int i = 0; i < COLUMNS.size(); i++) {
            m.put(COLUMNS.get(i), values[i]);
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
}
