package cn.batterycarbon.coverage.web;

import cn.batterycarbon.coverage.CompanyCoverage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * The regulator's coverage list as rows for the platform's file toolkit (CSV or XLSX, cells
 * neutralized there), headed in the user's language.
 */
final class CoverageTable {

    private static final List<String> HEADERS = List.of(
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
            "coverage.column.status");

    private CoverageTable() {}

    static List<List<Object>> rows(
            List<CompanyCoverage> companies, boolean certificates, MessageSource messages, Locale locale) {
        List<List<Object>> rows = new ArrayList<>(companies.size() + 1);
        rows.add(HEADERS.stream()
                .map(key -> (Object) messages.getMessage(key, null, locale))
                .toList());
        for (CompanyCoverage c : companies) {
            rows.add(List.of(
                    c.name(locale),
                    messages.getMessage(c.type().messageKey(), null, locale),
                    c.models(),
                    c.declaredModels(),
                    c.inProgressModels(),
                    certificates && c.certifiedModels() != null
                            ? (Object) c.certifiedModels()
                            : messages.getMessage("coverage.certified.unavailable", null, locale),
                    c.requiredModels(),
                    c.missingModels(),
                    c.chemistries().stream().map(Enum::name).collect(Collectors.joining(" ")),
                    c.missingChemistries().stream().map(Enum::name).collect(Collectors.joining(" ")),
                    messages.getMessage(
                            c.meetsPilot() ? "coverage.status.meets" : "coverage.status.missing", null, locale)));
        }
        return rows;
    }
}
