package cn.batterycarbon.declaration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A row of {@code declaration_calculation}: written once, never changed (Hibernate never updates
 * it, PostgreSQL triggers refuse UPDATE, DELETE and TRUNCATE). Not an {@code AuditedEntity}: it
 * has no version and no "updated" columns because it is never updated.
 */
@Entity
@Immutable
@Table(name = "declaration_calculation")
public class StoredCalculation {

    @Id
    private UUID id;

    @Column(name = "declaration_id", nullable = false)
    private UUID declarationId;

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;

    @Column(nullable = false)
    private int sequence;

    @Column(name = "inputs_json", nullable = false)
    private String inputsJson;

    @Column(name = "result_json", nullable = false)
    private String resultJson;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "calculated_by")
    private String calculatedBy;

    @Column(name = "calculated_at", nullable = false)
    private Instant calculatedAt;

    protected StoredCalculation() {}

    public StoredCalculation(
            UUID declarationId,
            UUID organizationId,
            int sequence,
            String inputsJson,
            String resultJson,
            String fingerprint,
            String calculatedBy,
            Instant calculatedAt) {
        this.id = UUID.randomUUID();
        this.declarationId = Objects.requireNonNull(declarationId);
        this.organizationId = Objects.requireNonNull(organizationId);
        this.sequence = sequence;
        this.inputsJson = Objects.requireNonNull(inputsJson);
        this.resultJson = Objects.requireNonNull(resultJson);
        this.fingerprint = Objects.requireNonNull(fingerprint);
        this.calculatedBy = calculatedBy;
        this.calculatedAt = Objects.requireNonNull(calculatedAt);
    }

    public UUID getId() {
        return id;
    }

    public UUID getDeclarationId() {
        return declarationId;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public int getSequence() {
        return sequence;
    }

    public String getInputsJson() {
        return inputsJson;
    }

    public String getResultJson() {
        return resultJson;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getCalculatedBy() {
        return calculatedBy;
    }

    public Instant getCalculatedAt() {
        return calculatedAt;
    }
}
