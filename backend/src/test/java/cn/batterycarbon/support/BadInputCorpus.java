package cn.batterycarbon.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The shared bad-input corpus (test resources {@code bad-input/}, README there): files every
 * importer refuses with the same key of the platform's reader, and number texts the number rule
 * refuses. The tests of all three importers use it.
 */
public final class BadInputCorpus {

    /** A file and the key it is refused with. */
    public record BadFile(String name, String key) {
        public byte[] bytes() {
            return resource("bad-input/" + name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static final List<BadFile> FILES = List.of(
            new BadFile("empty.csv", "file.empty"),
            new BadFile("utf16.csv", "file.encoding"),
            new BadFile("legacy.xls", "file.xls"),
            new BadFile("truncated.xlsx", "file.xlsxUnreadable"),
            new BadFile("not-a-zip.xlsx", "file.xlsxUnreadable"),
            new BadFile("unclosed-quote.csv", "file.csvSyntax"),
            new BadFile("formula-without-value.xlsx", "file.formulaWithoutValue"));

    private BadInputCorpus() {}

    /** (file) arguments for a parameterized test. */
    public static Stream<Arguments> files() {
        return FILES.stream().map(Arguments::of);
    }

    /** (text, key) arguments: numbers the number rule refuses. */
    public static Stream<Arguments> numbers() {
        List<Arguments> numbers = new ArrayList<>();
        try {
            for (CSVRecord record : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new java.io.StringReader(
                            new String(resource("bad-input/numbers.csv"), StandardCharsets.UTF_8)))) {
                numbers.add(Arguments.of(record.get("text"), record.get("key")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return numbers.stream();
    }

    public static byte[] resourceBytes(String path) {
        return resource(path);
    }

    static byte[] resource(String path) {
        try (InputStream in = BadInputCorpus.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
