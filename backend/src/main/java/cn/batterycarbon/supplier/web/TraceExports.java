package cn.batterycarbon.supplier.web;

import cn.batterycarbon.platform.files.Downloads;
import cn.batterycarbon.platform.files.SpreadsheetWriter;
import cn.batterycarbon.supplier.SupplyChainTrace.Node;
import cn.batterycarbon.supplier.SupplyChainTrace.Trace;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The trace tree as CSV and XLSX through the platform's one writer ({@link SpreadsheetWriter}: CSV
 * in UTF-8 with BOM and formula-like text neutralized, XLSX with numeric cells) and download helper:
 * one row per node, its depth as a column, headers in the caller's language. Only what the page shows is exported:
 * the suppliers' disclosure already applied.
 */
@Component
class TraceExports {

    private static final String[] HEADER_KEYS = {
        "supplier.trace.depth",
        "supplier.trace.kind",
        "supplier.trace.node",
        "supplier.trace.supplier",
        "supplier.trace.status",
        "supplier.trace.footprint",
        "supplier.trace.unit",
        "supplier.trace.primaryShare",
        "supplier.trace.dataQuality",
        "supplier.trace.fingerprints",
        "supplier.trace.verification",
        "supplier.trace.revision"
    };

    private final MessageSource messages;

    TraceExports(MessageSource messages) {
        this.messages = messages;
    }

    ResponseEntity<byte[]> csv(Trace trace) {
        return Downloads.attachment(SpreadsheetWriter.csv(rows(trace)), fileName(trace, "csv"));
    }

    ResponseEntity<byte[]> xlsx(Trace trace) {
        return Downloads.attachment(
                SpreadsheetWriter.xlsx(List.of(SpreadsheetWriter.SheetData.of("trace", rows(trace)))),
                fileName(trace, "xlsx"));
    }

    private List<List<Object>> rows(Trace trace) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of((Object[]) headers()));
        for (Node node : trace.nodes()) {
            rows.add(cells(node));
        }
        return rows;
    }

    private static String fileName(Trace trace, String extension) {
        return "trace-" + trace.declaration().modelCode() + "." + extension;
    }

    private String[] headers() {
        String[] headers = new String[HEADER_KEYS.length];
        for (int i = 0; i < headers.length; i++) {
            headers[i] = messages.getMessage(HEADER_KEYS[i], null, LocaleContextHolder.getLocale());
        }
        return headers;
    }

    private List<Object> cells(Node n) {
        List<Object> cells = new ArrayList<>();
        cells.add(n.depth());
        cells.add(messages.getMessage("supplier.trace.kind." + n.kind().name(), null, LocaleContextHolder.getLocale()));
        cells.add(n.label() == null ? text("supplier.notDisclosed") : n.label());
        cells.add(
                n.supplierName() == null
                        ? (n.kind().name().equals("MATERIAL") ? "" : text("supplier.notDisclosed"))
                        : n.supplierName());
        cells.add(n.status() == null ? "" : text("supplier.status." + n.status()));
        cells.add(n.kgCo2e());
        cells.add(n.unit() == null ? "" : (n.kind().name().equals("MATERIAL") ? n.unit() : "kgCO2e/" + n.unit()));
        cells.add(n.primaryDataShare());
        cells.add(n.dataQuality() == null ? "" : n.dataQuality());
        cells.add(String.join(" ", n.fingerprints()));
        cells.add(n.verification() == null ? "" : text(n.verification()));
        cells.add(n.revision());
        return cells;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
