package cn.batterycarbon.supplier.web;

import cn.batterycarbon.platform.numbers.NumberRefusedException;
import cn.batterycarbon.platform.numbers.Numbers;
import cn.batterycarbon.platform.numbers.NumericDomain;
import cn.batterycarbon.platform.web.FieldErrorsException;
import cn.batterycarbon.supplier.DataRequestService.NewRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** A data request as the requester fills it in. */
public class RequestForm {

    private UUID supplierId;
    private UUID declarationId;
    private UUID lineId;
    private String material;
    private String specification;

    /** As typed: read by the platform's number rule when the request is sent. */
    private String annualQuantity;

    private String quantityUnit = "kg";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodStart;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodEnd;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    private String message;

    public NewRequest command() {
        return new NewRequest(
                supplierId,
                declarationId,
                lineId,
                material,
                specification,
                quantity(),
                quantityUnit,
                periodStart,
                periodEnd,
                dueDate,
                message);
    }

    public UUID getSupplierId() {
        return supplierId;
    }

    public void setSupplierId(UUID v) {
        supplierId = v;
    }

    public UUID getDeclarationId() {
        return declarationId;
    }

    public void setDeclarationId(UUID v) {
        declarationId = v;
    }

    public UUID getLineId() {
        return lineId;
    }

    public void setLineId(UUID v) {
        lineId = v;
    }

    public String getMaterial() {
        return material;
    }

    public void setMaterial(String v) {
        material = v;
    }

    public String getSpecification() {
        return specification;
    }

    public void setSpecification(String v) {
        specification = v;
    }

    /** Blank is left to the service (required); a number the rule refuses is named on the field. */
    private BigDecimal quantity() {
        if (annualQuantity == null || annualQuantity.isBlank()) {
            return null;
        }
        try {
            return Numbers.parse(annualQuantity, NumericDomain.QUANTITY);
        } catch (NumberRefusedException e) {
            throw new FieldErrorsException(
                    List.of(new FieldErrorsException.FieldError("annualQuantity", e.messageKey(), e.arguments())));
        }
    }

    public String getAnnualQuantity() {
        return annualQuantity;
    }

    public void setAnnualQuantity(String v) {
        annualQuantity = v;
    }

    public String getQuantityUnit() {
        return quantityUnit;
    }

    public void setQuantityUnit(String v) {
        quantityUnit = v;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate v) {
        periodStart = v;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate v) {
        periodEnd = v;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate v) {
        dueDate = v;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String v) {
        message = v;
    }
}
