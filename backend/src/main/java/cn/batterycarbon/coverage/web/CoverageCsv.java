package cn.batterycarbon.coverage.web;

import cn.batterycarbon.coverage.CompanyCoverage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;

/** The regulator's coverage list as CSV (UTF-8 with BOM, which Excel opens correctly), in the user's language. */
final class CoverageCsv {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CoverageCsv() {}

    static byte[] write(List<CompanyCoverage> companies, boolean certificates, MessageSource messages, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            out.write(UTF8_BOM);
            try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
                for (String key : List.of(
                        "coverage.column.company",
                        "coverage.column.type",
                        "coverage.column.models",
                        "coverage.column.declared",
                        "coverage.column.inProgress",
                        "coverage.column.certified",
                        "coverage.column.required",
                        "coverage.column.missingModels",
                        "coverage.column.chemistries",
                        "coverage.column.missingChemistries",
                        "coverage.column.status")) {
                    printer.print(messages.getMessage(key, null, locale));
                }
                printer.println();
                for (CompanyCoverage c : companies) {
                    printer.print(c.name(locale));
                    printer.print(messages.getMessage(c.type().messageKey(), null, locale));
                    printer.print(c.models());
                    printer.print(c.declaredModels());
                    printer.print(c.inProgressModels());
                    printer.print(
                            certificates && c.certifiedModels() != null
                                    ? String.valueOf(c.certifiedModels())
                                    : messages.getMessage("coverage.certified.unavailable", null, locale));
                    printer.print(c.requiredModels());
                    printer.print(c.missingModels());
                    printer.print(c.chemistries().stream().map(Enum::name).collect(Collectors.joining(" ")));
                    printer.print(
                            c.missingChemistries().stream().map(Enum::name).collect(Collectors.joining(" ")));
                    printer.print(messages.getMessage(
                            c.meetsPilot() ? "coverage.status.meets" : "coverage.status.missing", null, locale));
                    printer.println();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
