package cn.batterycarbon.supplier;

import cn.batterycarbon.platform.numbers.NumberRefusedException;
import cn.batterycarbon.platform.numbers.Numbers;
import cn.batterycarbon.platform.numbers.NumericDomain;
import cn.batterycarbon.platform.units.ActivityUnits;
import cn.batterycarbon.platform.units.UnitException;
import cn.batterycarbon.platform.web.FieldErrorsException;
import cn.batterycarbon.platform.web.FieldErrorsException.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one check of an upstream record, shared by form and API: every bad field is named. Numbers
 * follow the platform's number rule ({@link Numbers}: a decimal comma or misplaced grouping is
 * refused, never guessed; no NaN or infinity), footprints not negative (except the end-of-life
 * stage, which may carry a recycling credit), the declared unit one the platform knows, shares
 * between 0 and 1, data-quality ratings between 1 and 5.
 */
public final class RecordValidator {

    private final List<FieldError> errors = new ArrayList<>();

    private RecordValidator() {}

    public static RecordData validate(RecordInput in) {
        return new RecordValidator().check(in);
    }

    private RecordData check(RecordInput in) {
        String productName = required("productName", in.productName(), 200);
        String unit = unit("declaredUnit", in.declaredUnit());
        BigDecimal pcf = number("pcfKgCo2e", in.pcfKgCo2e(), true, false);
        BigDecimal share = number("primaryDataShare", in.primaryDataShare(), false, false);
        if (share != null && share.compareTo(BigDecimal.ONE) > 0) {
            errors.add(new FieldError("primaryDataShare", "supplier.record.share"));
        }
        LocalDate start = date("periodStart", in.periodStart(), true);
        LocalDate end = date("periodEnd", in.periodEnd(), true);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FieldError("periodEnd", "supplier.request.periodOrder"));
        }
        ReportingStandard standard = null;
        if (in.standard() == null || in.standard().isBlank()) {
            errors.add(new FieldError("standard", "supplier.field.required"));
        } else {
            try {
                standard = ReportingStandard.valueOf(in.standard().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("standard", "supplier.record.standard.unknown", in.standard()));
            }
        }
        RecordData data = new RecordData(
                productName,
                optional("productId", in.productId(), 100),
                optional("customerPartNumber", in.customerPartNumber(), 100),
                optional("batteryCode", in.batteryCode(), 40),
                unit,
                pcf,
                number("rawMaterialsKg", in.rawMaterialsKg(), false, false),
                number("processingKg", in.processingKg(), false, false),
                number("transportKg", in.transportKg(), false, false),
                number("stageRawMaterialKg", in.stageRawMaterialKg(), false, false),
                number("stageProductionKg", in.stageProductionKg(), false, false),
                number("stageDistributionKg", in.stageDistributionKg(), false, false),
                number("stageEndOfLifeKg", in.stageEndOfLifeKg(), false, true),
                number("absoluteKgCo2e", in.absoluteKgCo2e(), false, false),
                share,
                rating("dqTechnological", in.dqTechnological()),
                rating("dqGeographical", in.dqGeographical()),
                rating("dqTemporal", in.dqTemporal()),
                start,
                end,
                country(in.siteCountry()),
                optional("siteProvince", in.siteProvince(), 40),
                optional("batches", in.batches(), 500),
                standard,
                optional("factorDatabase", in.factorDatabase(), 200));
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
        return data;
    }

    private String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "supplier.field.required"));
            return null;
        }
        return optional(field, value, max);
    }

    private String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            errors.add(new FieldError(field, "supplier.field.tooLong", max));
        }
        return v;
    }

    private String country(String value) {
        if (value == null || value.isBlank()) {
            return "CN";
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (!v.matches("[A-Z]{2}")) {
            errors.add(new FieldError("siteCountry", "supplier.record.country", value));
        }
        return v;
    }

    String unit(String field, String value) {
        try {
            return ActivityUnits.canonical(value);
        } catch (UnitException e) {
            errors.add(new FieldError(field, "supplier.unit.unknown", String.valueOf(value)));
            return null;
        }
    }

    private BigDecimal rating(String field, String value) {
        BigDecimal v = number(field, value, false, false);
        if (v != null && (v.compareTo(BigDecimal.ONE) < 0 || v.compareTo(BigDecimal.valueOf(5)) > 0)) {
            errors.add(new FieldError(field, "supplier.record.rating"));
            return null;
        }
        return v;
    }

    /**
     * A number by the platform's one rule ({@link Numbers}): decimal point, a comma only as a
     * thousands separator in groups of three, no NaN or infinity, within the numeric domain.
     */
    private BigDecimal number(String field, String value, boolean required, boolean negativeAllowed) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "supplier.field.required"));
            }
            return null;
        }
        try {
            return Numbers.parse(value, negativeAllowed ? NumericDomain.FACTOR_VALUE : NumericDomain.QUANTITY);
        } catch (NumberRefusedException e) {
            errors.add(new FieldError(field, e.messageKey(), e.arguments()));
            return null;
        }
    }

    private LocalDate date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "supplier.field.required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "supplier.date.invalid", value.strip()));
            return null;
        }
    }

    /** Checks a request's quantity and unit the same way. */
    public static void checkQuantity(BigDecimal quantity, String unit, List<FieldError> errors) {
        if (quantity == null || quantity.signum() <= 0) {
            errors.add(new FieldError("annualQuantity", "supplier.request.quantity"));
        } else {
            try {
                Numbers.check(quantity, NumericDomain.QUANTITY);
            } catch (NumberRefusedException e) {
                errors.add(new FieldError("annualQuantity", e.messageKey(), e.arguments()));
            }
        }
        try {
            ActivityUnits.canonical(unit);
        } catch (UnitException e) {
            errors.add(new FieldError("quantityUnit", "supplier.unit.unknown", String.valueOf(unit)));
        }
    }
}
