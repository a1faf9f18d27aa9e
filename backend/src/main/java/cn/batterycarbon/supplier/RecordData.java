package cn.batterycarbon.supplier;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The figures and facts of one upstream footprint record, as the Catena-X
 * {@code pcf_for_battery_component_supplier} model carries them. Footprints are kg CO2e per
 * {@code declaredUnit} (a quantity unit the platform knows) unless named absolute.
 *
 * @param stageEndOfLifeKg may be negative (recycling credit reported in the stage)
 * @param primaryDataShare 0..1
 * @param dqTechnological data-quality rating 1 (very good) .. 5 (poor), as the PACT data-quality
 *     indicators
 */
public record RecordData(
        String productName,
        String productId,
        String customerPartNumber,
        String batteryCode,
        String declaredUnit,
        BigDecimal pcfKgCo2e,
        BigDecimal rawMaterialsKg,
        BigDecimal processingKg,
        BigDecimal transportKg,
        BigDecimal stageRawMaterialKg,
        BigDecimal stageProductionKg,
        BigDecimal stageDistributionKg,
        BigDecimal stageEndOfLifeKg,
        BigDecimal absoluteKgCo2e,
        BigDecimal primaryDataShare,
        BigDecimal dqTechnological,
        BigDecimal dqGeographical,
        BigDecimal dqTemporal,
        LocalDate periodStart,
        LocalDate periodEnd,
        String siteCountry,
        String siteProvince,
        String batches,
        ReportingStandard standard,
        String factorDatabase) {}
