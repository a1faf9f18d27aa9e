package cn.batterycarbon.declaration.domain;

import cn.batterycarbon.declaration.DeclarationStatus;
import cn.batterycarbon.declaration.FunctionalUnitMethod;
import cn.batterycarbon.declaration.WorkflowActor;
import cn.batterycarbon.footprint.core.ElectricityRule;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.persistence.AuditedEntity;
import cn.batterycarbon.platform.security.Role;
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
 * Every state change is a method here that checks the current state, and for the verification
 * workflow also the actor's role, organization and assignment ({@link WorkflowActor}):
 * draft → calculated → submitted → under verification → returned (a new editable revision) or
 * approved → certified → revoked or superseded.
 */
@Entity
@Table(name = "declaration")
public class Declaration extends AuditedEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    /** The readable declaration number (申报编号), e.g. BCF-2026-000123; never changes. */
    @Column(nullable = false, updatable = false, unique = true)
    private String number;

    @Column(name = "functional_unit_justification")
    private String functionalUnitJustification;

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

    @Column(nullable = false)
    private int revision = 1;

    @Column(name = "verification_agency_id")
    private UUID verificationAgencyId;

    @Column(name = "previous_declaration_id", updatable = false)
    private UUID previousDeclarationId;

    protected Declaration() {}

    public Declaration(UUID organizationId, String number, Settings settings, String factorReleaseCode) {
        this.organizationId = Objects.requireNonNull(organizationId);
        this.number = Objects.requireNonNull(number);
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
            ElectricityRule electricityRule,
            String functionalUnitJustification) {}

    /** The number for the {@code sequence}-th declaration created in {@code year}. */
    public static String number(int year, long sequence) {
        return String.format(java.util.Locale.ROOT, "BCF-%04d-%06d", year, sequence);
    }

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
        String why = s.functionalUnitJustification();
        functionalUnitJustification = why == null || why.isBlank() ? null : why.strip();
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

    /**
     * Submits the calculated declaration to a verification agency; from now on it is locked until
     * the agency returns it. Only a manufacturer of the owning organization may submit, and a
     * corrected revision goes to the same agency. The choice of the functional-unit method must be
     * justified: the two methods can put the same pack several performance classes apart.
     */
    public void submit(WorkflowActor actor, UUID agencyId, boolean verifiersAssigned) {
        requireOwner(actor);
        if (status != DeclarationStatus.CALCULATED) {
            throw new DomainException("declaration.submit.notCalculated");
        }
        if (functionalUnitJustification == null) {
            // issue 17.4: the method can move a pack by several classes, so the choice is explained
            throw new DomainException("declaration.submit.noJustification");
        }
        if (verificationAgencyId != null && !verificationAgencyId.equals(agencyId)) {
            throw new DomainException("declaration.submit.sameAgency");
        }
        verificationAgencyId = Objects.requireNonNull(agencyId);
        // a corrected revision goes straight back to the verifiers already assigned
        status = verifiersAssigned ? DeclarationStatus.UNDER_VERIFICATION : DeclarationStatus.SUBMITTED;
    }

    /** The agency's lead assigns the first verifier: verification starts. Later assignments keep it. */
    public void startVerification(WorkflowActor actor) {
        requireAgency(actor, true);
        if (status == DeclarationStatus.UNDER_VERIFICATION) {
            return;
        }
        if (status != DeclarationStatus.SUBMITTED) {
            throw new DomainException("declaration.transition.assign");
        }
        status = DeclarationStatus.UNDER_VERIFICATION;
    }

    /** An assigned verifier (or the lead) sends the declaration back: it becomes an editable new revision. */
    public void returnForCorrection(WorkflowActor actor) {
        requireAgency(actor, false);
        if (status != DeclarationStatus.UNDER_VERIFICATION) {
            throw new DomainException("declaration.transition.return");
        }
        status = DeclarationStatus.RETURNED;
        revision++;
    }

    /** An assigned verifier (or the lead) approves the declaration under verification. */
    public void approve(WorkflowActor actor) {
        requireAgency(actor, false);
        if (status != DeclarationStatus.UNDER_VERIFICATION) {
            throw new DomainException("declaration.transition.approve");
        }
        status = DeclarationStatus.APPROVED;
    }

    /** The platform has issued the certificate of the approved declaration. */
    public void certify() {
        if (status != DeclarationStatus.APPROVED) {
            throw new DomainException("declaration.transition.certify");
        }
        status = DeclarationStatus.CERTIFIED;
    }

    /** The agency that certified it, or a regulator, revokes the certificate of this declaration. */
    public void revoke(WorkflowActor actor) {
        boolean regulator = actor.roles().contains(Role.REGULATOR);
        if (!regulator) {
            requireAgency(actor, false);
        }
        if (status != DeclarationStatus.CERTIFIED) {
            throw new DomainException("declaration.transition.revoke");
        }
        status = DeclarationStatus.REVOKED;
    }

    /** A newer revision of the same declaration has been certified. */
    public void supersede() {
        if (status != DeclarationStatus.CERTIFIED) {
            throw new DomainException("declaration.transition.supersede");
        }
        status = DeclarationStatus.SUPERSEDED;
    }

    /** Starts a new declaration as the next revision of this certified (or revoked) one. */
    public Declaration nextRevision(WorkflowActor actor, String nextNumber) {
        requireOwner(actor);
        if (status != DeclarationStatus.CERTIFIED && status != DeclarationStatus.REVOKED) {
            throw new DomainException("declaration.transition.newRevision");
        }
        Declaration next = new Declaration(
                organizationId,
                nextNumber,
                new Settings(
                        batteryModelId,
                        plantId,
                        periodStart,
                        periodEnd,
                        productionVolume,
                        functionalUnitMethod,
                        electricityRule,
                        functionalUnitJustification),
                factorReleaseCode);
        next.revision = revision + 1;
        next.previousDeclarationId = getId();
        return next;
    }

    public void requireEditable() {
        if (!status.editable()) {
            throw new DomainException("declaration.locked");
        }
    }

    /** Only a declaration never submitted can be deleted: submissions keep referring to it. */
    public void requireDeletable() {
        requireEditable();
        if (verificationAgencyId != null || previousDeclarationId != null) {
            throw new DomainException("declaration.delete.submitted");
        }
    }

    private void requireOwner(WorkflowActor actor) {
        if (!actor.roles().contains(Role.MANUFACTURER)
                || !actor.organizationId().equals(organizationId)) {
            throw new DomainException("declaration.transition.notOwner");
        }
    }

    private void requireAgency(WorkflowActor actor, boolean leadOnly) {
        if (verificationAgencyId == null || !actor.organizationId().equals(verificationAgencyId)) {
            throw new DomainException("declaration.transition.notAgency");
        }
        boolean lead = actor.roles().contains(Role.VERIFICATION_LEAD);
        if (leadOnly && !lead) {
            throw new DomainException("declaration.transition.notLead");
        }
        if (!lead && !(actor.assigned() && actor.roles().contains(Role.VERIFIER))) {
            throw new DomainException("declaration.transition.notAssigned");
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

    public String getNumber() {
        return number;
    }

    public String getFunctionalUnitJustification() {
        return functionalUnitJustification;
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

    public int getRevision() {
        return revision;
    }

    public UUID getVerificationAgencyId() {
        return verificationAgencyId;
    }

    public UUID getPreviousDeclarationId() {
        return previousDeclarationId;
    }
}
