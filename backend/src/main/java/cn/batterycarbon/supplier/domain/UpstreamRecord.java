package cn.batterycarbon.supplier.domain;

import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.persistence.AuditedEntity;
import cn.batterycarbon.supplier.Disclosure;
import cn.batterycarbon.supplier.RecordData;
import cn.batterycarbon.supplier.ReportingStandard;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One version of a supplier's upstream footprint. Its figures are never changed (a database
 * trigger refuses it): a correction is a new version of the same series, and this one then points
 * to it. Only the disclosure choices may change.
 */
@Entity
@Table(name = "upstream_record")
public class UpstreamRecord extends AuditedEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "series_id", nullable = false, updatable = false)
    private UUID seriesId;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(name = "superseded_by")
    private UUID supersededBy;

    @Column(name = "product_name", nullable = false, updatable = false)
    private String productName;

    @Column(name = "product_id", updatable = false)
    private String productId;

    @Column(name = "customer_part_number", updatable = false)
    private String customerPartNumber;

    @Column(name = "battery_code", updatable = false)
    private String batteryCode;

    @Column(name = "declared_unit", nullable = false, updatable = false)
    private String declaredUnit;

    @Column(name = "pcf_kg_co2e", nullable = false, updatable = false)
    private BigDecimal pcfKgCo2e;

    @Column(name = "raw_materials_kg_co2e", updatable = false)
    private BigDecimal rawMaterialsKg;

    @Column(name = "processing_kg_co2e", updatable = false)
    private BigDecimal processingKg;

    @Column(name = "transport_kg_co2e", updatable = false)
    private BigDecimal transportKg;

    @Column(name = "stage_raw_material_kg", updatable = false)
    private BigDecimal stageRawMaterialKg;

    @Column(name = "stage_production_kg", updatable = false)
    private BigDecimal stageProductionKg;

    @Column(name = "stage_distribution_kg", updatable = false)
    private BigDecimal stageDistributionKg;

    @Column(name = "stage_end_of_life_kg", updatable = false)
    private BigDecimal stageEndOfLifeKg;

    @Column(name = "absolute_kg_co2e", updatable = false)
    private BigDecimal absoluteKgCo2e;

    @Column(name = "primary_data_share", updatable = false)
    private BigDecimal primaryDataShare;

    @Column(name = "dq_technological", updatable = false)
    private BigDecimal dqTechnological;

    @Column(name = "dq_geographical", updatable = false)
    private BigDecimal dqGeographical;

    @Column(name = "dq_temporal", updatable = false)
    private BigDecimal dqTemporal;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false, updatable = false)
    private LocalDate periodEnd;

    @Column(name = "site_country", nullable = false, updatable = false)
    private String siteCountry;

    @Column(name = "site_province", updatable = false)
    private String siteProvince;

    @Column(updatable = false)
    private String batches;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReportingStandard standard;

    @Column(name = "factor_database", updatable = false)
    private String factorDatabase;

    @Column(name = "correction_note", updatable = false)
    private String correctionNote;

    @Column(name = "disclose_breakdown", nullable = false)
    private boolean discloseBreakdown;

    @Column(name = "disclose_stages", nullable = false)
    private boolean discloseStages;

    @Column(name = "disclose_upstream_names", nullable = false)
    private boolean discloseUpstreamNames;

    @Column(name = "disclose_site", nullable = false)
    private boolean discloseSite;

    @Column(name = "disclose_evidence", nullable = false)
    private boolean discloseEvidence;

    @Column(name = "verifier_full_access", nullable = false)
    private boolean verifierFullAccess;

    protected UpstreamRecord() {}

    /** The first version of a new series. */
    public UpstreamRecord(UUID organizationId, RecordData data, Disclosure disclosure) {
        this(organizationId, UUID.randomUUID(), 1, data, disclosure, null);
    }

    private UpstreamRecord(
            UUID organizationId, UUID seriesId, int revision, RecordData d, Disclosure disclosure, String note) {
        this.organizationId = Objects.requireNonNull(organizationId);
        this.seriesId = seriesId;
        this.revision = revision;
        this.correctionNote = note;
        productName = d.productName();
        productId = d.productId();
        customerPartNumber = d.customerPartNumber();
        batteryCode = d.batteryCode();
        declaredUnit = d.declaredUnit();
        pcfKgCo2e = d.pcfKgCo2e();
        rawMaterialsKg = d.rawMaterialsKg();
        processingKg = d.processingKg();
        transportKg = d.transportKg();
        stageRawMaterialKg = d.stageRawMaterialKg();
        stageProductionKg = d.stageProductionKg();
        stageDistributionKg = d.stageDistributionKg();
        stageEndOfLifeKg = d.stageEndOfLifeKg();
        absoluteKgCo2e = d.absoluteKgCo2e();
        primaryDataShare = d.primaryDataShare();
        dqTechnological = d.dqTechnological();
        dqGeographical = d.dqGeographical();
        dqTemporal = d.dqTemporal();
        periodStart = d.periodStart();
        periodEnd = d.periodEnd();
        siteCountry = d.siteCountry() == null ? "CN" : d.siteCountry();
        siteProvince = d.siteProvince();
        batches = d.batches();
        standard = Objects.requireNonNull(d.standard());
        factorDatabase = d.factorDatabase();
        disclose(disclosure);
    }

    /**
     * Publishes a correction: a new version of this series with the given figures; this version is
     * kept and points to it. Only the latest version can be corrected.
     */
    public UpstreamRecord correct(RecordData data, String note) {
        if (supersededBy != null) {
            throw new DomainException("supplier.record.correction.notLatest");
        }
        if (note == null || note.isBlank()) {
            throw new DomainException("supplier.record.correction.noteRequired");
        }
        UpstreamRecord next =
                new UpstreamRecord(organizationId, seriesId, revision + 1, data, disclosure(), note.strip());
        supersededBy = next.getId();
        return next;
    }

    public void disclose(Disclosure d) {
        discloseBreakdown = d.breakdown();
        discloseStages = d.stages();
        discloseUpstreamNames = d.upstreamNames();
        discloseSite = d.site();
        discloseEvidence = d.evidence();
        verifierFullAccess = d.verifierFullAccess();
    }

    public Disclosure disclosure() {
        return new Disclosure(
                discloseBreakdown,
                discloseStages,
                discloseUpstreamNames,
                discloseSite,
                discloseEvidence,
                verifierFullAccess);
    }

    public RecordData data() {
        return new RecordData(
                productName,
                productId,
                customerPartNumber,
                batteryCode,
                declaredUnit,
                pcfKgCo2e,
                rawMaterialsKg,
                processingKg,
                transportKg,
                stageRawMaterialKg,
                stageProductionKg,
                stageDistributionKg,
                stageEndOfLifeKg,
                absoluteKgCo2e,
                primaryDataShare,
                dqTechnological,
                dqGeographical,
                dqTemporal,
                periodStart,
                periodEnd,
                siteCountry,
                siteProvince,
                batches,
                standard,
                factorDatabase);
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getSeriesId() {
        return seriesId;
    }

    public int getRevision() {
        return revision;
    }

    public UUID getSupersededBy() {
        return supersededBy;
    }

    public String getCorrectionNote() {
        return correctionNote;
    }

    public String getProductName() {
        return productName;
    }

    public String getDeclaredUnit() {
        return declaredUnit;
    }

    public BigDecimal getPcfKgCo2e() {
        return pcfKgCo2e;
    }
}
