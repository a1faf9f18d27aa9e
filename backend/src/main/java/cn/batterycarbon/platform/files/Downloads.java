package cn.batterycarbon.platform.files;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The one download helper: an attachment with its file name (UTF-8, RFC 6266) and content type. */
public final class Downloads {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    public static final MediaType JSON_LINES = MediaType.parseMediaType("application/jsonl");

    private Downloads() {}

    /**
     * The content type follows the file name's extension (.csv, .xlsx, .pdf, .json, .jsonl, else
     * binary).
     */
    public static ResponseEntity<byte[]> attachment(byte[] content, String filename) {
        return attachment(content, filename, type(filename));
    }

    /** An attachment whose content type is known (an evidence file whose type was read from its content). */
    public static ResponseEntity<byte[]> attachment(byte[] content, String filename, MediaType type) {
        return headers(filename, type).body(content);
    }

    /**
     * The same attachment written while it is sent (exports too large to hold in memory, e.g.
     * {@link SpreadsheetWriter#csv(java.io.OutputStream)}).
     */
    public static ResponseEntity<StreamingResponseBody> streamed(StreamingResponseBody body, String filename) {
        return headers(filename, type(filename)).body(body);
    }

    private static ResponseEntity.BodyBuilder headers(String filename, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString());
    }

    private static MediaType type(String filename) {
        String lower = filename.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return CSV;
        }
        if (lower.endsWith(".xlsx")) {
            return XLSX;
        }
        if (lower.endsWith(".pdf")) {
            return MediaType.APPLICATION_PDF;
        }
        if (lower.endsWith(".jsonl")) {
            return JSON_LINES;
        }
        if (lower.endsWith(".json")) {
            return MediaType.APPLICATION_JSON;
        }
        return MediaType.APPLICATION_OCTET_STREAM;
    }
}
