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
        BigDecimal depthOfDischarge) {}
