package cn.batterycarbon.product;

import cn.batterycarbon.footprint.core.VehicleCategory;
import java.math.BigDecimal;

/** Everything about a battery model that its maker enters and may change. */
public record BatteryModelDetails(
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
        String cycleTestBasis) {

    /** A model without a cycle-test basis (none needed unless the measured-cycles method is used). */
    public BatteryModelDetails(
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
            BigDecimal depthOfDischarge) {
        this(
                modelCode,
                name,
                chemistry,
                format,
                ratedEnergyKwh,
                usableEnergyKwh,
                nominalVoltageV,
                capacityAh,
                massKg,
                vehicleCategory,
                warrantyYears,
                warrantyKm,
                measuredCycles,
                depthOfDischarge,
                null);
    }
}
