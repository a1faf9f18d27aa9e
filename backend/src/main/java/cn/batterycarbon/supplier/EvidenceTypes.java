package cn.batterycarbon.supplier;

import cn.batterycarbon.platform.domain.DomainException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;

/**
 * Which evidence files are accepted: PDF, PNG, JPEG and XLSX, decided from the content (Apache
 * Tika's magic bytes), never from the name or the browser's claim. A file whose content does not
 * match its extension is refused, naming both.
 */
final class EvidenceTypes {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Media type → extensions a file of that type may carry. */
    private static final Map<String, Set<String>> ACCEPTED = Map.of(
            "application/pdf",
            Set.of("pdf"),
            "image/png",
            Set.of("png"),
            "image/jpeg",
            Set.of("jpg", "jpeg"),
            XLSX,
            Set.of("xlsx"));

    private static final Tika TIKA = new Tika();

    private EvidenceTypes() {}

    /** The media type of an acceptable file, or a {@link DomainException} naming the problem. */
    static String check(String fileName, byte[] content, long maxBytes) {
        if (content.length == 0) {
            throw new DomainException("supplier.evidence.empty", fileName);
        }
        if (content.length > maxBytes) {
            throw new DomainException("supplier.evidence.tooLarge", fileName, maxBytes / (1024 * 1024));
        }
        String sniffed = sniff(content);
        String extension = extension(fileName);
        Set<String> allowed = ACCEPTED.get(sniffed);
        if (allowed == null) {
            throw new DomainException("supplier.evidence.type", fileName, sniffed);
        }
        if (!allowed.contains(extension)) {
            throw new DomainException("supplier.evidence.mismatch", fileName, sniffed);
        }
        return sniffed;
    }

    static String sniff(byte[] content) {
        String type = TIKA.detect(content);
        if ("application/zip".equals(type) || "application/x-tika-ooxml".equals(type)) {
            return isWorkbook(content) ? XLSX : type;
        }
        return type;
    }

    /** An OOXML package is a spreadsheet when it has the workbook part. */
    private static boolean isWorkbook(byte[] content) {
        try (InputStream in = new ByteArrayInputStream(content);
                ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
                if ("xl/workbook.xml".equals(entry.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
