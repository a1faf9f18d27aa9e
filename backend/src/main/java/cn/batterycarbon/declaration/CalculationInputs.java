package cn.batterycarbon.declaration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything a calculation of a declaration was made from, as stored in its {@link
 * CalculationRecord}: the settings, the battery model's figures the functional unit uses, the
 * plant's geography, the pinned factor release, the activity lines, and every background factor
 * value actually used. With these the result can be recalculated and checked by hand.
 */
public record CalculationInputs(
        UUID declarationId,
        String declarationNumber,
        UUID organizationId,
        Settings settings,
        Model model,
        Plant plant,
        String factorRelease,
        List<LineData> lines,
        List<FactorUsed> factorsUsed) {

    public record Settings(
            LocalDate periodStart,
            LocalDate periodEnd,
            int productionVolume,
            String functionalUnitMethod,
            String functionalUnitJustification,
            String electricityRule) {}

    public record Model(
            UUID id,
            String modelCode,
            String chemistry,
            BigDecimal ratedEnergyKwh,
            BigDecimal usableEnergyKwh,
            String vehicleCategory,
            BigDecimal warrantyYears,
            BigDecimal measuredCycles,
            BigDecimal depthOfDischarge) {}

    /** @param geography the geography code the release's factors were looked up for */
    public record Plant(UUID id, String name, String province, String geography) {}

    /** A background factor as the release gave it, once per code and geography. */
    public record FactorUsed(
            String code,
            BigDecimal value,
            String unit,
            String geography,
            Integer year,
            String release,
            String citation) {}
}
