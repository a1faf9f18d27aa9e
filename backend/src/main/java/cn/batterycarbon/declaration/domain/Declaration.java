package cn.batterycarbon.declaration.domain;

import cn.batterycarbon.declaration.DeclarationStatus;
import cn.batterycarbon.declaration.FunctionalUnitMethod;
import cn.batterycarbon.footprint.core.ElectricityRule;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The carbon footprint declaration of one battery model from one plant for one reporting period.
 * Every state change is a method here that checks the current state.
 */
@Entity
@Table(name = "declaration")
public class Declaration extends AuditedEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "battery_model_id", nullable = false)
    private UUID batteryModelId;

    @Column(name = "plant_id", nullable = false)
    private UUID plantId;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "production_volume", nullable = false)
    private int productionVolume;

    @Enumerated(EnumType.STRING)
    @Column(name = "functional_unit_method", nullable = false)
    private FunctionalUnitMethod functionalUnitMethod;

    @Enumerated(EnumType.STRING)
    @Column(name = "electricity_rule", nullable = false)
    private ElectricityRule electricityRule;

    @Column(name = "factor_release_code", nullable = false)
    private String factorReleaseCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeclarationStatus status;

    /** Only for declarations submitted before calculation records existed (V51); never written now. */
    @Column(name = "result_json")
    private String resultJson;

    @Column(name = "latest_calculation_id")
    private UUID latestCalculationId;

    @Column(name = "calculated_at")
    private Instant calculatedAt;

    protected Declaration() {}

    public Declaration(UUID organizationId, Settings settings, String factorReleaseCode) {
        this.organizationId = Objects.requireNonNull(organizationId);
        this.status = DeclarationStatus.DRAFT;
        this.factorReleaseCode = Objects.requireNonNull(factorReleaseCode);
        apply(settings);
    }

    /** What the maker chooses for a declaration. */
    public record Settings(
            UUID batteryModelId,
            UUID plantId,
            LocalDate periodStart,
            LocalDate periodEnd,
            int productionVolume,
            FunctionalUnitMethod functionalUnitMethod,
            ElectricityRule electricityRule) {}

    /** Changes the settings; a calculated declaration goes back to draft. */
    public void change(Settings settings) {
        requireEditable();
        apply(settings);
        backToDraft();
    }

    private void apply(Settings s) {
        if (s.periodEnd().isBefore(s.periodStart())) {
            throw new DomainException("declaration.period.order");
        }
        if (s.productionVolume() <= 0) {
            throw new DomainException("declaration.productionVolume.positive");
        }
        batteryModelId = Objects.requireNonNull(s.batteryModelId());
        plantId = Objects.requireNonNull(s.plantId());
        periodStart = s.periodStart();
        periodEnd = s.periodEnd();
        productionVolume = s.productionVolume();
        functionalUnitMethod = Objects.requireNonNull(s.functionalUnitMethod());
        electricityRule = Objects.requireNonNull(s.electricityRule());
    }

    /** Pins another published factor release; only before submission, and the result is dropped. */
    public void pinRelease(String releaseCode) {
        requireEditable();
        if (!releaseCode.equals(factorReleaseCode)) {
            factorReleaseCode = releaseCode;
            backToDraft();
        }
    }

    /** Activity lines changed: a stored result no longer matches them. */
    public void linesChanged() {
        requireEditable();
        backToDraft();
    }

    /**
     * Points at a new calculation record (earlier ones stay as history); the declaration is
     * calculated until its lines or settings change.
     */
    public void recordCalculation(UUID calculationId, Instant at) {
        requireEditable();
        this.latestCalculationId = Objects.requireNonNull(calculationId);
        this.resultJson = null;
        this.calculatedAt = at;
        this.status = DeclarationStatus.CALCULATED;
    }

    /** Locks the declaration; only a calculated one can be submitted. */
    public void submit() {
        if (status != DeclarationStatus.CALCULATED) {
            throw new DomainException("declaration.submit.notCalculated");
        }
        status = DeclarationStatus.SUBMITTED;
    }

    public void requireEditable() {
        if (status == DeclarationStatus.SUBMITTED) {
            throw new DomainException("declaration.locked");
        }
    }

    private void backToDraft() {
        status = DeclarationStatus.DRAFT;
        resultJson = null;
        calculatedAt = null;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getBatteryModelId() {
        return batteryModelId;
    }

    public UUID getPlantId() {
        return plantId;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public int getProductionVolume() {
        return productionVolume;
    }

    public FunctionalUnitMethod getFunctionalUnitMethod() {
        return functionalUnitMethod;
    }

    public ElectricityRule getElectricityRule() {
        return electricityRule;
    }

    public String getFactorReleaseCode() {
        return factorReleaseCode;
    }

    public DeclarationStatus getStatus() {
        return status;
    }

    public String getResultJson() {
        return resultJson;
    }

    /** The latest calculation record, current or not (see the status); null if never calculated. */
    public UUID getLatestCalculationId() {
        return latestCalculationId;
    }

    /** The calculation the declaration currently stands on: null while it is a draft. */
    public UUID getCurrentCalculationId() {
        return status == DeclarationStatus.DRAFT ? null : latestCalculationId;
    }

    public Instant getCalculatedAt() {
        return calculatedAt;
    }
}
