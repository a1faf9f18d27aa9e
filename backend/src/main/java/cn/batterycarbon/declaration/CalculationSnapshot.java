package cn.batterycarbon.declaration;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A calculation result as stored with the declaration (and shown, compared and exported), so that
 * the result page stays the same until the next calculation. Every line keeps what produced its
 * figure: quantity, unit, conversion, factor with its source, geography, year and release.
 *
 * @param uncertainty null unless a Monte Carlo analysis was run
 * @param electricityRuleSet the electricity rule set and version, e.g. {@code FOOTPRINT_CN 2026.1}
 *     (null in results stored before rule sets were versioned)
 * @param electricityFamiliesMixed whether electricity lines used factors of both official families
 *     (CO2-only and life-cycle CO2e); certificate data carry it
 */
public record CalculationSnapshot(
        String releaseCode,
        String electricityRule,
        String functionalUnitMethod,
        BigDecimal lifetimeEnergyKwh,
        BigDecimal totalKgCo2ePerKwh,
        BigDecimal absoluteKgCo2e,
        List<StageFigure> stages,
        BigDecimal recyclingCreditsKgCo2e,
        BigDecimal recyclingCreditsKgCo2ePerKwh,
        BigDecimal primaryDataShare,
        String performanceClass,
        String performanceTableVersion,
        List<LineFigure> lines,
        List<Integer> topContributors,
        List<Warning> warnings,
        Uncertainty uncertainty,
        Instant calculatedAt,
        String electricityRuleSet,
        Boolean electricityFamiliesMixed) {

    /** @param stage the Battery Pass name, e.g. {@code MainProduction} */
    public record StageFigure(String stage, BigDecimal kgCo2e, BigDecimal kgCo2ePerKwh, int lineCount) {}

    /**
     * @param index 0-based position in calculation order (stages in order, then lines)
     * @param conversion how many of the factor's quantity unit one of the line's unit is
     * @param share share of the absolute footprint (credits: of nothing, 0)
     */
    public record LineFigure(
            int index,
            String stage,
            String category,
            String description,
            BigDecimal quantity,
            String unit,
            BigDecimal conversion,
            String factorSource,
            String factorCode,
            BigDecimal factorValue,
            String factorUnit,
            String geography,
            Integer year,
            String factorRelease,
            String citation,
            String electricitySupply,
            boolean recyclingCredit,
            BigDecimal kgCo2e,
            BigDecimal share) {}

    public record Warning(int lineIndex, String messageKey, List<String> arguments) {}

    /** Monte Carlo percentiles of kg CO2e/kWh. */
    public record Uncertainty(int iterations, long seed, BigDecimal p2_5, BigDecimal p50, BigDecimal p97_5) {}

    public StageFigure stage(String batteryPassName) {
        return stages.stream()
                .filter(s -> s.stage().equals(batteryPassName))
                .findFirst()
                .orElseThrow();
    }

    public List<LineFigure> topLines() {
        return topContributors.stream().map(lines::get).toList();
    }
}
