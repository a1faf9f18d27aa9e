package cn.batterycarbon.supplier.domain;

import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.persistence.AuditedEntity;
import cn.batterycarbon.supplier.RequestStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A request for an upstream footprint, from a requester organization (a manufacturer, or a supplier
 * asking its own supplier) to a supplier organization. Every state change is a method here that
 * checks the current state.
 */
@Entity
@Table(name = "supplier_request")
public class DataRequest extends AuditedEntity {

    /** What the requester asks for. */
    public record Details(
            String material,
            String specification,
            BigDecimal annualQuantity,
            String quantityUnit,
            LocalDate periodStart,
            LocalDate periodEnd,
            LocalDate dueDate,
            String message) {}

    @Column(name = "requester_org_id", nullable = false, updatable = false)
    private UUID requesterId;

    @Column(name = "supplier_org_id", nullable = false, updatable = false)
    private UUID supplierId;

    @Column(name = "declaration_id", updatable = false)
    private UUID declarationId;

    @Column(name = "line_id", updatable = false)
    private UUID lineId;

    @Column(nullable = false)
    private String material;

    private String specification;

    @Column(name = "annual_quantity", nullable = false)
    private BigDecimal annualQuantity;

    @Column(name = "quantity_unit", nullable = false)
    private String quantityUnit;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    private String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;

    @Column(name = "reminder_count", nullable = false)
    private int reminderCount;

    @Column(name = "last_reminded_at")
    private Instant lastRemindedAt;

    @Column(name = "answer_record_id")
    private UUID answerRecordId;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected DataRequest() {}

    public DataRequest(UUID requesterId, UUID supplierId, UUID declarationId, UUID lineId, Details details) {
        if (requesterId.equals(supplierId)) {
            throw new DomainException("supplier.request.self");
        }
        if (details.periodEnd().isBefore(details.periodStart())) {
            throw new DomainException("supplier.request.periodOrder");
        }
        this.requesterId = requesterId;
        this.supplierId = Objects.requireNonNull(supplierId);
        this.declarationId = declarationId;
        this.lineId = lineId;
        this.material = details.material();
        this.specification = details.specification();
        this.annualQuantity = details.annualQuantity();
        this.quantityUnit = details.quantityUnit();
        this.periodStart = details.periodStart();
        this.periodEnd = details.periodEnd();
        this.dueDate = details.dueDate();
        this.message = details.message();
        this.status = RequestStatus.OPEN;
    }

    public int remind(Instant at) {
        require(RequestStatus.OPEN, "supplier.request.remind.notOpen");
        reminderCount++;
        lastRemindedAt = at;
        return reminderCount;
    }

    public RequestStatus withdraw() {
        RequestStatus before = status;
        if (status != RequestStatus.OPEN && status != RequestStatus.ANSWERED) {
            throw new DomainException("supplier.request.withdraw.state");
        }
        status = RequestStatus.WITHDRAWN;
        return before;
    }

    /** Opens again a withdrawn, declined or rejected request, so that the supplier can answer anew. */
    public RequestStatus reopen() {
        RequestStatus before = status;
        if (status != RequestStatus.WITHDRAWN && status != RequestStatus.DECLINED && status != RequestStatus.REJECTED) {
            throw new DomainException("supplier.request.reopen.state");
        }
        status = RequestStatus.OPEN;
        decisionReason = null;
        decidedAt = null;
        return before;
    }

    public void answer(UUID recordId) {
        require(RequestStatus.OPEN, "supplier.request.answer.notOpen");
        answerRecordId = Objects.requireNonNull(recordId);
        status = RequestStatus.ANSWERED;
    }

    public void decline(String reason, Instant at) {
        require(RequestStatus.OPEN, "supplier.request.answer.notOpen");
        requireReason(reason);
        decisionReason = reason.strip();
        decidedAt = at;
        status = RequestStatus.DECLINED;
    }

    public void accept(Instant at) {
        require(RequestStatus.ANSWERED, "supplier.request.decide.notAnswered");
        decidedAt = at;
        decisionReason = null;
        status = RequestStatus.ACCEPTED;
    }

    public void reject(String reason, Instant at) {
        require(RequestStatus.ANSWERED, "supplier.request.decide.notAnswered");
        requireReason(reason);
        decisionReason = reason.strip();
        decidedAt = at;
        status = RequestStatus.REJECTED;
    }

    /** An accepted answer was corrected by the supplier and the requester takes the correction. */
    public void takeCorrection(UUID correctionId) {
        require(RequestStatus.ACCEPTED, "supplier.request.correction.notAccepted");
        answerRecordId = Objects.requireNonNull(correctionId);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("supplier.request.reasonRequired");
        }
    }

    private void require(RequestStatus expected, String messageKey) {
        if (status != expected) {
            throw new DomainException(messageKey);
        }
    }

    public UUID getRequesterId() {
        return requesterId;
    }

    public UUID getSupplierId() {
        return supplierId;
    }

    public UUID getDeclarationId() {
        return declarationId;
    }

    public UUID getLineId() {
        return lineId;
    }

    public String getMaterial() {
        return material;
    }

    public String getSpecification() {
        return specification;
    }

    public BigDecimal getAnnualQuantity() {
        return annualQuantity;
    }

    public String getQuantityUnit() {
        return quantityUnit;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getMessage() {
        return message;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public int getReminderCount() {
        return reminderCount;
    }

    public Instant getLastRemindedAt() {
        return lastRemindedAt;
    }

    public UUID getAnswerRecordId() {
        return answerRecordId;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
