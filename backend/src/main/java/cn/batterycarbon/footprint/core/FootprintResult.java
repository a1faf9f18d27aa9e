package cn.batterycarbon.footprint.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A calculated footprint: lifetime energy, totals and stages (absolute and per kWh), every line
 * with its provenance, the primary-data share, recycling credits (separate, never netted), the top
 * contributing lines and warnings. Immutable.
 *
 * <p>Sums are kept as compensated doubles; the reported figures are decimals rounded as {@link
 * Rounding} says.
 */
public final class FootprintResult {

    private final DeclarationInput input;
    private final BigDecimal lifetimeEnergyKwh;
    private final String releaseCode;
    private final double totalKg;
    private final double[] stageKg;
    private final int[] stageLines;
    private final double creditKg;
    private final double primaryKg;
    private final List<LineResult> lines;
    private final List<LineResult> topContributors;
    private final List<CalculationWarning> warnings;
    private final ElectricityRuleSet ruleSet;
    private final boolean electricityFamiliesMixed;

    FootprintResult(
            DeclarationInput input,
            String releaseCode,
            double totalKg,
            double[] stageKg,
            int[] stageLines,
            double creditKg,
            double primaryKg,
            List<LineResult> lines,
            List<LineResult> topContributors,
            List<CalculationWarning> warnings,
            ElectricityRuleSet ruleSet,
            boolean electricityFamiliesMixed) {
        this.input = input;
        this.lifetimeEnergyKwh = input.functionalUnit().lifetimeEnergyKwh();
        this.releaseCode = releaseCode;
        this.totalKg = totalKg;
        this.stageKg = stageKg.clone();
        this.stageLines = stageLines.clone();
        this.creditKg = creditKg;
        this.primaryKg = primaryKg;
        this.lines = lines;
        this.topContributors = List.copyOf(topContributors);
        this.warnings = List.copyOf(warnings);
        this.ruleSet = ruleSet;
        this.electricityFamiliesMixed = electricityFamiliesMixed;
    }

    /** The electricity rule set (name and version) the result was calculated under. */
    public ElectricityRuleSet ruleSet() {
        return ruleSet;
    }

    /**
     * Whether the electricity lines used factors of both official families (CO2-only and life-cycle
     * CO2e), which the result, the API and the certificate data must disclose.
     */
    public boolean electricityFamiliesMixed() {
        return electricityFamiliesMixed;
    }

    public DeclarationInput input() {
        return input;
    }

    /** Total energy delivered over the service life in kWh (exact). */
    public BigDecimal lifetimeEnergyKwh() {
        return lifetimeEnergyKwh;
    }

    /** The background release used; null when no line used a background factor. */
    public String releaseCode() {
        return releaseCode;
    }

    /** Absolute footprint of one pack in kg CO2e, recycling credits not netted. */
    public BigDecimal absoluteKgCo2e() {
        return Rounding.kg(totalKg);
    }

    /** CF = (E1 + E2 + E3 + E4) / E_total in kg CO2e/kWh. */
    public BigDecimal totalKgCo2ePerKwh() {
        return Rounding.perKwh(totalKg, lifetimeEnergyKwh);
    }

    public List<StageResult> stages() {
        List<StageResult> stages = new ArrayList<>(4);
        for (LifeCycleStage stage : LifeCycleStage.values()) {
            double kg = stageKg[stage.ordinal()];
            stages.add(new StageResult(
                    stage, Rounding.kg(kg), Rounding.perKwh(kg, lifetimeEnergyKwh), stageLines[stage.ordinal()]));
        }
        return stages;
    }

    public StageResult stage(LifeCycleStage stage) {
        return stages().get(stage.ordinal());
    }

    /** Avoided emissions of recovered material, reported beside the footprint, never netted. */
    public BigDecimal recyclingCreditsKgCo2e() {
        return Rounding.kg(creditKg);
    }

    public BigDecimal recyclingCreditsKgCo2ePerKwh() {
        return Rounding.perKwh(creditKg, lifetimeEnergyKwh);
    }

    /** Share of the absolute footprint calculated with supplier- or company-specific factors. */
    public BigDecimal primaryDataShare() {
        return Rounding.share(primaryKg, totalKg);
    }

    /** Every line in declaration order. */
    public List<LineResult> lines() {
        return lines;
    }

    /** The (up to {@value FootprintCalculator#TOP_CONTRIBUTORS}) lines that contribute most, largest first. */
    public List<LineResult> topContributors() {
        return topContributors;
    }

    /** A line's share of the absolute footprint. */
    public BigDecimal shareOf(LineResult line) {
        return Rounding.share(line.kgCo2e(), totalKg);
    }

    public List<CalculationWarning> warnings() {
        return warnings;
    }

    /** The unrounded absolute total (compensated double sum), for further arithmetic. */
    public double totalKgExact() {
        return totalKg;
    }

    public double stageKgExact(LifeCycleStage stage) {
        return stageKg[stage.ordinal()];
    }
}
