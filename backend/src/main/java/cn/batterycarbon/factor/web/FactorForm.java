package cn.batterycarbon.factor.web;

import cn.batterycarbon.factor.core.FactorColumn;
import cn.batterycarbon.factor.core.FactorEntry;
import cn.batterycarbon.factor.core.FactorFiles;
import java.util.EnumMap;
import java.util.Map;

/**
 * The add/edit factor form. Every field is text: the same validator that checks file rows turns it
 * into a factor, so a form and an import accept and refuse exactly the same input.
 */
public class FactorForm {

    private String code;
    private String category;
    private String nameZh;
    private String nameEn;
    private String value;
    private String unit;
    private String geography;
    private String year;
    private String source;
    private String sourceUrl;
    private String pedigreeReliability;
    private String pedigreeCompleteness;
    private String pedigreeTemporal;
    private String pedigreeGeographical;
    private String pedigreeTechnological;
    private String uncertaintyDistribution;
    private String uncertaintyA;
    private String uncertaintyB;
    private String note;

    static FactorForm of(FactorEntry entry) {
        Map<FactorColumn, String> cells = FactorFiles.cells(entry);
        FactorForm form = new FactorForm();
        form.code = cells.get(FactorColumn.CODE);
        form.category = cells.get(FactorColumn.CATEGORY);
        form.nameZh = cells.get(FactorColumn.NAME_ZH);
        form.nameEn = cells.get(FactorColumn.NAME_EN);
        form.value = cells.get(FactorColumn.VALUE);
        form.unit = cells.get(FactorColumn.UNIT);
        form.geography = cells.get(FactorColumn.GEOGRAPHY);
        form.year = cells.get(FactorColumn.YEAR);
        form.source = cells.get(FactorColumn.SOURCE);
        form.sourceUrl = cells.get(FactorColumn.SOURCE_URL);
        form.pedigreeReliability = cells.get(FactorColumn.PEDIGREE_RELIABILITY);
        form.pedigreeCompleteness = cells.get(FactorColumn.PEDIGREE_COMPLETENESS);
        form.pedigreeTemporal = cells.get(FactorColumn.PEDIGREE_TEMPORAL);
        form.pedigreeGeographical = cells.get(FactorColumn.PEDIGREE_GEOGRAPHICAL);
        form.pedigreeTechnological = cells.get(FactorColumn.PEDIGREE_TECHNOLOGICAL);
        form.uncertaintyDistribution = cells.get(FactorColumn.UNCERTAINTY_DISTRIBUTION);
        form.uncertaintyA = cells.get(FactorColumn.UNCERTAINTY_A);
        form.uncertaintyB = cells.get(FactorColumn.UNCERTAINTY_B);
        form.note = cells.get(FactorColumn.NOTE);
        return form;
    }

    Map<FactorColumn, String> cells() {
        Map<FactorColumn, String> cells = new EnumMap<>(FactorColumn.class);
        put(cells, FactorColumn.CODE, code);
        put(cells, FactorColumn.CATEGORY, category);
        put(cells, FactorColumn.NAME_ZH, nameZh);
        put(cells, FactorColumn.NAME_EN, nameEn);
        put(cells, FactorColumn.VALUE, value);
        put(cells, FactorColumn.UNIT, unit);
        put(cells, FactorColumn.GEOGRAPHY, geography);
        put(cells, FactorColumn.YEAR, year);
        put(cells, FactorColumn.SOURCE, source);
        put(cells, FactorColumn.SOURCE_URL, sourceUrl);
        put(cells, FactorColumn.PEDIGREE_RELIABILITY, pedigreeReliability);
        put(cells, FactorColumn.PEDIGREE_COMPLETENESS, pedigreeCompleteness);
        put(cells, FactorColumn.PEDIGREE_TEMPORAL, pedigreeTemporal);
        put(cells, FactorColumn.PEDIGREE_GEOGRAPHICAL, pedigreeGeographical);
        put(cells, FactorColumn.PEDIGREE_TECHNOLOGICAL, pedigreeTechnological);
        put(cells, FactorColumn.UNCERTAINTY_DISTRIBUTION, uncertaintyDistribution);
        put(cells, FactorColumn.UNCERTAINTY_A, uncertaintyA);
        put(cells, FactorColumn.UNCERTAINTY_B, uncertaintyB);
        put(cells, FactorColumn.NOTE, note);
        return cells;
    }

    /** The form field that shows a problem of {@code column}. */
    static String field(FactorColumn column) {
        if (column == null) {
            return null;
        }
        StringBuilder field = new StringBuilder();
        boolean upper = false;
        for (char c : column.header().toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return field.toString();
    }

    private static void put(Map<FactorColumn, String> cells, FactorColumn column, String value) {
        cells.put(column, value == null ? "" : value);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getGeography() {
        return geography;
    }

    public void setGeography(String geography) {
        this.geography = geography;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public String getPedigreeReliability() {
        return pedigreeReliability;
    }

    public void setPedigreeReliability(String pedigreeReliability) {
        this.pedigreeReliability = pedigreeReliability;
    }

    public String getPedigreeCompleteness() {
        return pedigreeCompleteness;
    }

    public void setPedigreeCompleteness(String pedigreeCompleteness) {
        this.pedigreeCompleteness = pedigreeCompleteness;
    }

    public String getPedigreeTemporal() {
        return pedigreeTemporal;
    }

    public void setPedigreeTemporal(String pedigreeTemporal) {
        this.pedigreeTemporal = pedigreeTemporal;
    }

    public String getPedigreeGeographical() {
        return pedigreeGeographical;
    }

    public void setPedigreeGeographical(String pedigreeGeographical) {
        this.pedigreeGeographical = pedigreeGeographical;
    }

    public String getPedigreeTechnological() {
        return pedigreeTechnological;
    }

    public void setPedigreeTechnological(String pedigreeTechnological) {
        this.pedigreeTechnological = pedigreeTechnological;
    }

    public String getUncertaintyDistribution() {
        return uncertaintyDistribution;
    }

    public void setUncertaintyDistribution(String uncertaintyDistribution) {
        this.uncertaintyDistribution = uncertaintyDistribution;
    }

    public String getUncertaintyA() {
        return uncertaintyA;
    }

    public void setUncertaintyA(String uncertaintyA) {
        this.uncertaintyA = uncertaintyA;
    }

    public String getUncertaintyB() {
        return uncertaintyB;
    }

    public void setUncertaintyB(String uncertaintyB) {
        this.uncertaintyB = uncertaintyB;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
