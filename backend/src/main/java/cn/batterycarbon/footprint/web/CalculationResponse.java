package cn.batterycarbon.footprint.web;

import cn.batterycarbon.factor.Province;
import cn.batterycarbon.footprint.core.CalculationWarning;
import cn.batterycarbon.footprint.core.ElectricitySupply;
import cn.batterycarbon.footprint.core.FactorProvenance;
import cn.batterycarbon.footprint.core.FootprintResult;
import cn.batterycarbon.footprint.core.FunctionalUnit;
import cn.batterycarbon.footprint.core.LineResult;
import cn.batterycarbon.footprint.core.PerformanceClassTable.Classification;
import cn.batterycarbon.footprint.core.StageResult;
import cn.batterycarbon.footprint.core.UncertaintyAnalysis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The answer of {@code POST /api/v1/footprint/calculations}. Field names are a contract other
 * systems code against: add fields, never rename them.
 */
record CalculationResponse(
        String functionalUnitMethod,
        FunctionalUnitInputs functionalUnit,
        BigDecimal lifetimeEnergyKwh,
        BigDecimal absoluteKgCo2e,
        BigDecimal totalKgCo2ePerKwh,
        List<Stage> stages,
        List<Line> lines,
        List<Contributor> topContributors,
        BigDecimal primaryDataShare,
        RecyclingCredits recyclingCredits,
        String electricityRule,
        String province,
        String gridGeography,
        String factorRelease,
        PerformanceClass performanceClass,
        Uncertainty uncertainty,
        List<Warning> warnings,
        String electricityRuleSet,
        boolean electricityFamiliesMixed) {

    /** The inputs the lifetime energy was calculated from (the other method's fields are null). */
    record FunctionalUnitInputs(
            String method,
            BigDecimal usableEnergyKwh,
            BigDecimal cyclesPerYear,
            BigDecimal serviceLifeYears,
            BigDecimal ratedEnergyKwh,
            BigDecimal equivalentFullCycles,
            BigDecimal depthOfDischarge) {

        static FunctionalUnitInputs of(FunctionalUnit unit) {
            if (unit instanceof FunctionalUnit.EuFeqc eu) {
                return new FunctionalUnitInputs(
                        unit.method(),
                        eu.usableEnergyKwh(),
                        eu.cyclesPerYear(),
                        eu.serviceLifeYears(),
                        null,
                        null,
                        null);
            }
            FunctionalUnit.MeasuredCycles measured = (FunctionalUnit.MeasuredCycles) unit;
            return new FunctionalUnitInputs(
                    unit.method(),
                    null,
                    null,
                    null,
                    measured.ratedEnergyKwh(),
                    measured.equivalentFullCycles(),
                    measured.depthOfDischarge());
        }
    }

    record Stage(String stage, BigDecimal absoluteKgCo2e, BigDecimal kgCo2ePerKwh, int lineCount) {}

    record Line(
            int index,
            String stage,
            String description,
            BigDecimal quantity,
            String unit,
            BigDecimal conversionFactor,
            BigDecimal quantityInFactorUnit,
            BigDecimal kgCo2e,
            BigDecimal factorValue,
            String factorUnit,
            String factorSource,
            String factorCode,
            String factorGeography,
            Integer factorYear,
            String factorRelease,
            String factorCitation,
            String electricitySupply,
            boolean recyclingCredit) {}

    record Contributor(int index, String stage, String description, BigDecimal kgCo2e, BigDecimal share) {}

    record RecyclingCredits(BigDecimal kgCo2e, BigDecimal kgCo2ePerKwh, String note) {}

    record PerformanceClass(String performanceClass, String tableVersion) {}

    record Uncertainty(
            int iterations,
            long seed,
            BigDecimal p2_5KgCo2ePerKwh,
            BigDecimal p50KgCo2ePerKwh,
            BigDecimal p97_5KgCo2ePerKwh,
            int uncertainFactors,
            int factorsWithoutUncertainty) {}

    record Warning(String code, Integer lineIndex, String message) {}

    static CalculationResponse of(
            FootprintResult result,
            Province province,
            Classification classification,
            UncertaintyAnalysis.Result uncertainty,
            MessageSource messages,
            Locale locale) {
        List<Stage> stages = new ArrayList<>(4);
        for (StageResult stage : result.stages()) {
            stages.add(new Stage(
                    stage.stage().batteryPassName(), stage.absoluteKgCo2e(), stage.kgCo2ePerKwh(), stage.lineCount()));
        }
        List<Line> lines = new ArrayList<>(result.lines().size());
        for (LineResult line : result.lines()) {
            lines.add(line(line));
        }
        List<Contributor> top = result.topContributors().stream()
                .map(l -> new Contributor(
                        l.index(),
                        l.stage().batteryPassName(),
                        l.line().description(),
                        l.reportedKgCo2e(),
                        result.shareOf(l)))
                .toList();
        List<Warning> warnings = new ArrayList<>();
        for (CalculationWarning w : result.warnings()) {
            warnings.add(new Warning(
                    w.messageKey(),
                    w.lineIndex() < 0 ? null : w.lineIndex(),
                    messages.getMessage(w.messageKey(), w.arguments(), w.messageKey(), locale)));
        }
        if (province == null) {
            warnings.add(new Warning(
                    "footprint.warning.no-province",
                    null,
                    messages.getMessage("footprint.warning.no-province", null, locale)));
        }
        FunctionalUnit unit = result.input().functionalUnit();
        return new CalculationResponse(
                unit.method(),
                FunctionalUnitInputs.of(unit),
                result.lifetimeEnergyKwh(),
                result.absoluteKgCo2e(),
                result.totalKgCo2ePerKwh(),
                stages,
                lines,
                top,
                result.primaryDataShare(),
                new RecyclingCredits(
                        result.recyclingCreditsKgCo2e(),
                        result.recyclingCreditsKgCo2ePerKwh(),
                        messages.getMessage("footprint.credits.note", null, locale)),
                result.input().electricityRule().name(),
                province == null ? null : province.name(),
                result.input().gridGeography(),
                result.releaseCode(),
                new PerformanceClass(classification.performanceClass(), classification.tableVersion()),
                uncertainty == null
                        ? null
                        : new Uncertainty(
                                uncertainty.iterations(),
                                uncertainty.seed(),
                                uncertainty.p2_5(),
                                uncertainty.p50(),
                                uncertainty.p97_5(),
                                uncertainty.uncertainFactors(),
                                uncertainty.fixedFactorsWithoutUncertainty()),
                warnings,
                result.ruleSet().label(),
                result.electricityFamiliesMixed());
    }

    private static Line line(LineResult line) {
        FactorProvenance factor = line.factor();
        ElectricitySupply supply = line.electricitySupply();
        return new Line(
                line.index(),
                line.stage().batteryPassName(),
                line.line().description(),
                line.line().quantity(),
                line.line().unit(),
                line.conversion(),
                line.quantityInFactorUnit(),
                line.reportedKgCo2e(),
                factor.value(),
                factor.unit(),
                factor.source().name(),
                factor.code(),
                factor.geography(),
                factor.year(),
                factor.releaseCode(),
                factor.citation(),
                supply == null ? null : supply.name(),
                line.recyclingCredit());
    }
}
