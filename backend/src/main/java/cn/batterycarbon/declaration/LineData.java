package cn.batterycarbon.declaration;

import cn.batterycarbon.footprint.core.ActivityLine;
import cn.batterycarbon.footprint.core.Electricity;
import cn.batterycarbon.footprint.core.ElectricitySupply;
import cn.batterycarbon.footprint.core.FactorChoice;
import cn.batterycarbon.footprint.core.FactorSource;
import cn.batterycarbon.footprint.core.LifeCycleStage;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * One validated activity line of a declaration, per pack. Exactly one of {@code factorCode}
 * (background database) and {@code factorValue} (with unit and source) is set, except for
 * electricity with a supply, whose factor the electricity rule may choose.
 *
 * @param unit canonical quantity unit
 * @param certificateIds comma-separated green electricity certificate ids, or null
 */
public record LineData(
        LifeCycleStage stage,
        LineCategory category,
        String description,
        BigDecimal quantity,
        String unit,
        String factorCode,
        BigDecimal factorValue,
        String factorUnit,
        FactorSource factorSource,
        String factorCitation,
        BigDecimal recycledShare,
        String origin,
        ElectricitySupply electricitySupply,
        String certificateIds,
        TransportMode transportMode,
        BigDecimal distanceKm,
        BigDecimal massKg,
        RecyclingRoute recyclingRoute) {

    public boolean recyclingCredit() {
        return category == LineCategory.RECOVERED_MATERIAL_CREDIT;
    }

    /** Whether the line uses primary (supplier- or company-specific) data. */
    public boolean primary() {
        return factorValue != null;
    }

    public List<String> certificateIdList() {
        if (certificateIds == null || certificateIds.isBlank()) {
            return List.of();
        }
        return Arrays.stream(certificateIds.split("[,;，；\\s]+"))
                .filter(s -> !s.isBlank())
                .toList();
    }

    /** The line as the calculation core takes it. */
    public ActivityLine toCore() {
        FactorChoice factor = null;
        if (factorCode != null) {
            factor = new FactorChoice.Background(factorCode);
        } else if (factorValue != null) {
            factor = new FactorChoice.Specific(factorSource, factorValue, factorUnit, factorCitation);
        }
        Electricity electricity =
                electricitySupply == null ? null : new Electricity(electricitySupply, certificateIdList());
        ActivityLine line = new ActivityLine(stage, description, quantity, unit, factor, electricity, false);
        return recyclingCredit() ? line.asRecyclingCredit() : line;
    }

    public LineData withQuantity(BigDecimal newQuantity) {
        return new LineData(
                stage,
                category,
                description,
                newQuantity,
                unit,
                factorCode,
                factorValue,
                factorUnit,
                factorSource,
                factorCitation,
                recycledShare,
                origin,
                electricitySupply,
                certificateIds,
                transportMode,
                distanceKm,
                massKg,
                recyclingRoute);
    }

    /** The same line with a company-specific factor value instead of its factor (what-if). */
    public LineData withFactorValue(BigDecimal value, String unitOfFactor) {
        return new LineData(
                stage,
                category,
                description,
                quantity,
                unit,
                null,
                value,
                unitOfFactor,
                factorSource == null ? FactorSource.COMPANY_SPECIFIC : factorSource,
                factorCitation,
                recycledShare,
                origin,
                electricitySupply,
                certificateIds,
                transportMode,
                distanceKm,
                massKg,
                recyclingRoute);
    }
}
