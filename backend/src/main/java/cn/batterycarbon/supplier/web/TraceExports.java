package cn.batterycarbon.supplier.web;

import cn.batterycarbon.supplier.SupplyChainTrace.Node;
import cn.batterycarbon.supplier.SupplyChainTrace.Trace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The trace tree as CSV (UTF-8 with BOM, so Chinese Excel opens it) and XLSX: one row per node,
 * its depth as a column, headers in the caller's language. Only what the page shows is exported:
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write('\uFEFF');
            csv.printRecord((Object[]) headers());
            for (Node node : trace.nodes()) {
                csv.printRecord(cells(node));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file(out.toByteArray(), "trace-" + trace.declaration().modelCode() + ".csv", "text/csv;charset=UTF-8");
    }

    ResponseEntity<byte[]> xlsx(Trace trace) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("trace");
            Row header = sheet.createRow(0);
            String[] headers = headers();
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            int r = 1;
            for (Node node : trace.nodes()) {
                Row row = sheet.createRow(r++);
                List<Object> cells = cells(node);
                for (int i = 0; i < cells.size(); i++) {
                    Object value = cells.get(i);
                    if (value instanceof BigDecimal number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (value instanceof Integer number) {
                        row.createCell(i).setCellValue(number);
                    } else {
                        row.createCell(i).setCellValue(value == null ? "" : value.toString());
                    }
                }
            }
            workbook.write(out);
            return file(
                    out.toByteArray(),
                    "trace-" + trace.declaration().modelCode() + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static ResponseEntity<byte[]> file(byte[] content, String name, String type) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }
}
