package cn.batterycarbon.platform.files;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The one download helper: an attachment with its file name (UTF-8, RFC 6266) and content type. */
public final class Downloads {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private Downloads() {}

    /** The content type follows the file name's extension (.csv, .xlsx, .pdf, .json, else binary). */
    public static ResponseEntity<byte[]> attachment(byte[] content, String filename) {
        return attachment(content, filename, typeOf(filename));
    }

    /** An attachment whose content type is known (an evidence file whose type was read from its content). */
    public static ResponseEntity<byte[]> attachment(byte[] content, String filename, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }

    private static MediaType typeOf(String filename) {
        String lower = filename.toLowerCase(Locale.ROOT);
        MediaType type = lower.endsWith(".csv")
                ? CSV
                : lower.endsWith(".xlsx")
                        ? XLSX
                        : lower.endsWith(".pdf")
                                ? MediaType.APPLICATION_PDF
                                : lower.endsWith(".json")
                                        ? MediaType.APPLICATION_JSON
                                        : MediaType.APPLICATION_OCTET_STREAM;
        return type;
    }
}
