package cn.batterycarbon.declaration;

import cn.batterycarbon.footprint.core.ElectricityRule;
import cn.batterycarbon.product.BatteryModelView;
import cn.batterycarbon.product.PlantView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A declaration with its model, plant and stored result.
 *
 * @param number the readable declaration number (申报编号), e.g. {@code BCF-2026-000123}
 * @param functionalUnitJustification why the functional-unit method was chosen (required to submit)
 * @param result null until calculated (and again after any change)
 * @param calculationId the calculation record the result comes from (null while a draft)
 */
public record DeclarationView(
        UUID id,
        String number,
        UUID organizationId,
        BatteryModelView model,
        PlantView plant,
        LocalDate periodStart,
        LocalDate periodEnd,
        int productionVolume,
        FunctionalUnitMethod functionalUnitMethod,
        String functionalUnitJustification,
        ElectricityRule electricityRule,
        String factorReleaseCode,
        DeclarationStatus status,
        int lineCount,
        Instant calculatedAt,
        long version,
        CalculationSnapshot result,
        UUID calculationId,
        int revision,
        UUID verificationAgencyId,
        UUID previousDeclarationId) {

    public boolean editable() {
        return status.editable();
    }
}
