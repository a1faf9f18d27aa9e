package cn.batterycarbon.supplier;

/**
 * An upstream record as typed in a form or sent to the API: every value as text, checked by
 * {@link RecordValidator} into {@link RecordData}. Field names are those of the API.
 */
public record RecordInput(
        String productName,
        String productId,
        String customerPartNumber,
        String batteryCode,
        String declaredUnit,
        String pcfKgCo2e,
        String rawMaterialsKg,
        String processingKg,
        String transportKg,
        String stageRawMaterialKg,
        String stageProductionKg,
        String stageDistributionKg,
        String stageEndOfLifeKg,
        String absoluteKgCo2e,
        String primaryDataShare,
        String dqTechnological,
        String dqGeographical,
        String dqTemporal,
        String periodStart,
        String periodEnd,
        String siteCountry,
        String siteProvince,
        String batches,
        String standard,
        String factorDatabase) {

    public static RecordInput of(RecordData d) {
        return new RecordInput(
                d.productName(),
                d.productId(),
                d.customerPartNumber(),
                d.batteryCode(),
                d.declaredUnit(),
                text(d.pcfKgCo2e()),
                text(d.rawMaterialsKg()),
                text(d.processingKg()),
                text(d.transportKg()),
                text(d.stageRawMaterialKg()),
                text(d.stageProductionKg()),
                text(d.stageDistributionKg()),
                text(d.stageEndOfLifeKg()),
                text(d.absoluteKgCo2e()),
                text(d.primaryDataShare()),
                text(d.dqTechnological()),
                text(d.dqGeographical()),
                text(d.dqTemporal()),
                d.periodStart() == null ? null : d.periodStart().toString(),
                d.periodEnd() == null ? null : d.periodEnd().toString(),
                d.siteCountry(),
                d.siteProvince(),
                d.batches(),
                d.standard() == null ? null : d.standard().name(),
                d.factorDatabase());
    }

    private static String text(java.math.BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
