package cn.batterycarbon.factor.core;

import java.util.Locale;
import java.util.Optional;

/** The columns of the factor import/export file, in template order, with their header names. */
public enum FactorColumn {
    CODE("code", true),
    CATEGORY("category", true),
    NAME_ZH("name_zh", true),
    NAME_EN("name_en", true),
    VALUE("value", true),
    UNIT("unit", true),
    GEOGRAPHY("geography", true),
    YEAR("year", true),
    SOURCE("source", true),
    SOURCE_URL("source_url", false),
    PEDIGREE_RELIABILITY("pedigree_reliability", false),
    PEDIGREE_COMPLETENESS("pedigree_completeness", false),
    PEDIGREE_TEMPORAL("pedigree_temporal", false),
    PEDIGREE_GEOGRAPHICAL("pedigree_geographical", false),
    PEDIGREE_TECHNOLOGICAL("pedigree_technological", false),
    UNCERTAINTY_DISTRIBUTION("uncertainty_distribution", false),
    UNCERTAINTY_A("uncertainty_a", false),
    UNCERTAINTY_B("uncertainty_b", false),
    NOTE("note", false),
    /** Written on export (the factor set the code belongs to); derived from the code, ignored on import. */
    FAMILY("family", false);

    private final String header;
    private final boolean required;

    FactorColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    public String header() {
        return header;
    }

    /** Whether the file must have this column (a value may still be optional). */
    public boolean required() {
        return required;
    }

    public static Optional<FactorColumn> ofHeader(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
        for (FactorColumn column : values()) {
            if (column.header.equals(wanted)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
