package cn.batterycarbon.factor.domain;

import cn.batterycarbon.factor.core.FactorCategory;
import cn.batterycarbon.factor.core.FactorEntry;
import cn.batterycarbon.factor.core.FactorEntry.Pedigree;
import cn.batterycarbon.factor.core.FactorEntry.Uncertainty;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;

/**
 * One emission factor row of a release: value in kg CO2e per the declared unit, for a geography and
 * reference year, with its source citation, data-quality (pedigree) scores and uncertainty.
 * Within a release it is identified by (code, geography, year).
 */
@Entity
@Table(name = "emission_factor")
public class EmissionFactor extends AuditedEntity {

    @Column(name = "release_id", nullable = false, updatable = false)
    private UUID releaseId;

    @Column(nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FactorCategory category;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private BigDecimal value;

    @Column(nullable = false)
    private String unit;

    @Column(nullable = false)
    private String geography;

    @Column(name = "reference_year", nullable = false)
    private int year;

    @Column(name = "source_citation", nullable = false)
    private String sourceCitation;

    @Column(name = "source_url")
    private String sourceUrl;

    @Column(name = "pedigree_reliability")
    private Integer pedigreeReliability;

    @Column(name = "pedigree_completeness")
    private Integer pedigreeCompleteness;

    @Column(name = "pedigree_temporal")
    private Integer pedigreeTemporal;

    @Column(name = "pedigree_geographical")
    private Integer pedigreeGeographical;

    @Column(name = "pedigree_technological")
    private Integer pedigreeTechnological;

    @Column(name = "uncertainty_distribution")
    private String uncertaintyDistribution;

    @Column(name = "uncertainty_a")
    private BigDecimal uncertaintyA;

    @Column(name = "uncertainty_b")
    private BigDecimal uncertaintyB;

    @Column(nullable = false)
    private boolean retired;

    private String note;

    protected EmissionFactor() {}

    public EmissionFactor(UUID releaseId, FactorEntry entry) {
        this.releaseId = releaseId;
        apply(entry);
    }

    /** Replaces the row's data; its identity (code, geography, year) may change with it. */
    public void update(FactorEntry entry) {
        apply(entry);
    }

    public void retire() {
        if (retired) {
            throw new DomainException("factor.alreadyRetired", code);
        }
        retired = true;
    }

    public void restore() {
        if (!retired) {
            throw new DomainException("factor.notRetired", code);
        }
        retired = false;
    }

    private void apply(FactorEntry entry) {
        this.code = entry.code();
        this.category = entry.category();
        this.nameZh = entry.nameZh();
        this.nameEn = entry.nameEn();
        this.value = entry.value();
        this.unit = entry.unit();
        this.geography = entry.geography();
        this.year = entry.year();
        this.sourceCitation = entry.sourceCitation();
        this.sourceUrl = entry.sourceUrl();
        Pedigree pedigree = entry.pedigree() == null ? Pedigree.NONE : entry.pedigree();
        this.pedigreeReliability = pedigree.reliability();
        this.pedigreeCompleteness = pedigree.completeness();
        this.pedigreeTemporal = pedigree.temporal();
        this.pedigreeGeographical = pedigree.geographical();
        this.pedigreeTechnological = pedigree.technological();
        Uncertainty uncertainty = entry.uncertainty();
        this.uncertaintyDistribution = uncertainty == null ? null : uncertainty.distribution();
        this.uncertaintyA = uncertainty == null ? null : uncertainty.a();
        this.uncertaintyB = uncertainty == null ? null : uncertainty.b();
        this.note = entry.note();
    }

    /** The row as a plain value, for diffs, exports and the in-memory table. */
    public FactorEntry entry() {
        return new FactorEntry(
                code,
                category,
                nameZh,
                nameEn,
                value,
                unit,
                geography,
                year,
                sourceCitation,
                sourceUrl,
                pedigree(),
                uncertainty(),
                note);
    }

    public Pedigree pedigree() {
        return new Pedigree(
                pedigreeReliability,
                pedigreeCompleteness,
                pedigreeTemporal,
                pedigreeGeographical,
                pedigreeTechnological);
    }

    public Uncertainty uncertainty() {
        return uncertaintyDistribution == null
                ? null
                : new Uncertainty(uncertaintyDistribution, uncertaintyA, uncertaintyB);
    }

    public FactorEntry.FactorKey key() {
        return new FactorEntry.FactorKey(code, geography, year);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public UUID getReleaseId() {
        return releaseId;
    }

    public String getCode() {
        return code;
    }

    /** The named factor set this factor belongs to (derived from the code, see {@link FactorFamily}). */
    public cn.batterycarbon.factor.FactorFamily family() {
        return cn.batterycarbon.factor.FactorFamily.of(code);
    }

    public FactorCategory getCategory() {
        return category;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getUnit() {
        return unit;
    }

    public String getGeography() {
        return geography;
    }

    public int getYear() {
        return year;
    }

    public String getSourceCitation() {
        return sourceCitation;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public boolean isRetired() {
        return retired;
    }

    public String getNote() {
        return note;
    }
}
