package cn.batterycarbon.product;

import cn.batterycarbon.footprint.core.VehicleCategory;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A battery model as other modules and the API see it.
 *
 * @param measuredCycles equivalent full cycles measured in the cycle-life test; null if not tested
 * @param depthOfDischarge depth of discharge of that test, in (0, 1]; null if not tested
 * @param cycleTestBasis standard and edition of the cycle-life test (e.g. {@code GB/T 31484-2015});
 *     the measured-cycles functional unit needs it
 */
public record BatteryModelView(
        UUID id,
        UUID organizationId,
        String modelCode,
        String name,
        Chemistry chemistry,
        BatteryFormat format,
        BigDecimal ratedEnergyKwh,
        BigDecimal usableEnergyKwh,
        BigDecimal nominalVoltageV,
        BigDecimal capacityAh,
        BigDecimal massKg,
        VehicleCategory vehicleCategory,
        BigDecimal warrantyYears,
        Integer warrantyKm,
        BigDecimal measuredCycles,
        BigDecimal depthOfDischarge,
        String cycleTestBasis,
        long version) {

    /** Whether the model has the cycle-life test data the measured-cycles method needs. */
    public boolean hasCycleTest() {
        return measuredCycles != null && depthOfDischarge != null;
    }

    /** Whether the cycle-life test names its standard and edition (the pilot asks for GB/T 31484). */
    public boolean hasCycleTestBasis() {
        return cycleTestBasis != null && !cycleTestBasis.isBlank();
    }
}
