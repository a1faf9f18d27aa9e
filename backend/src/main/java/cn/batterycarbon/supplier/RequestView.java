package cn.batterycarbon.supplier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A data request as either party sees it.
 *
 * @param sent whether the viewer's organization sent it (else it received it)
 * @param answerRecordId the record that answers it (latest taken version), or null
 * @param correctionId a newer version of the accepted record the requester has not taken yet, or null
 */
public record RequestView(
        UUID id,
        UUID requesterId,
        String requesterName,
        UUID supplierId,
        String supplierName,
        UUID declarationId,
        UUID lineId,
        String material,
        String specification,
        BigDecimal annualQuantity,
        String quantityUnit,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate dueDate,
        String message,
        RequestStatus status,
        int reminderCount,
        Instant lastRemindedAt,
        UUID answerRecordId,
        String decisionReason,
        Instant createdAt,
        boolean sent,
        UUID correctionId) {}
