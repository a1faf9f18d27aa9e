package cn.batterycarbon.declaration;

import cn.batterycarbon.declaration.domain.ActivityLineStore;
import cn.batterycarbon.declaration.domain.Declaration;
import cn.batterycarbon.declaration.domain.Declarations;
import cn.batterycarbon.declaration.domain.StoredLine;
import cn.batterycarbon.factor.DeclarationImpact;
import cn.batterycarbon.factor.FactorReleaseImpacts;
import cn.batterycarbon.factor.PinnedDeclaration;
import cn.batterycarbon.footprint.FootprintCalculations;
import cn.batterycarbon.footprint.core.CalculationInputException;
import cn.batterycarbon.footprint.core.CalculationWarning;
import cn.batterycarbon.footprint.core.DeclarationInput;
import cn.batterycarbon.footprint.core.ElectricityRule;
import cn.batterycarbon.footprint.core.ElectricityRuleSet;
import cn.batterycarbon.footprint.core.ElectricityRuleSets;
import cn.batterycarbon.footprint.core.ElectricitySupply;
import cn.batterycarbon.footprint.core.FactorProvenance;
import cn.batterycarbon.footprint.core.FootprintResult;
import cn.batterycarbon.footprint.core.FunctionalUnit;
import cn.batterycarbon.footprint.core.LineResult;
import cn.batterycarbon.footprint.core.PerformanceClassTable;
import cn.batterycarbon.footprint.core.StageResult;
import cn.batterycarbon.footprint.core.UncertaintyAnalysis;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.numbers.NumberRefusedException;
import cn.batterycarbon.platform.numbers.Numbers;
import cn.batterycarbon.platform.numbers.NumericDomain;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.product.BatteryModelView;
import cn.batterycarbon.product.PlantView;
import cn.batterycarbon.product.ProductCatalog;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calculates declarations with the footprint core and the factor release they are pinned to,
 * stores the result, and answers "what if": another value, another release, another declaration.
 */
@Service
@Transactional(readOnly = true)
public class DeclarationCalculations {

    /** Seed of the Monte Carlo analysis: the same declaration gives the same percentiles. */
    public static final long MONTE_CARLO_SEED = 20260101L;

    /** Two results side by side. */
    public record Comparison(String leftLabel, CalculationSnapshot left, String rightLabel, CalculationSnapshot right) {

        public BigDecimal totalChange() {
            return right.totalKgCo2ePerKwh().subtract(left.totalKgCo2ePerKwh());
        }
    }

    /** How a newer release would change one declaration. */
    public record ReleaseImpact(DeclarationView declaration, DeclarationImpact impact) {}

    /** What recalculating drafts on a release did. */
    public record Recalculation(String releaseCode, int recalculated, List<String> failed)
            implements java.io.Serializable {}

    private final DeclarationService service;
    private final Declarations declarations;
    private final ActivityLineStore lines;
    private final ProductCatalog products;
    private final FootprintCalculations footprint;
    private final FactorReleaseImpacts impacts;
    private final CalculationRecords records;
    private final Clock clock = Clock.systemUTC();

    /** A calculation before it is stored: what went in and what came out. */
    record Run(CalculationInputs inputs, CalculationSnapshot result) {}

    DeclarationCalculations(
            DeclarationService service,
            Declarations declarations,
            ActivityLineStore lines,
            ProductCatalog products,
            FootprintCalculations footprint,
            FactorReleaseImpacts impacts,
            CalculationRecords records) {
        this.service = service;
        this.declarations = declarations;
        this.lines = lines;
        this.products = products;
        this.footprint = footprint;
        this.impacts = impacts;
        this.records = records;
    }

    /**
     * Calculates the declaration and stores the calculation as its next immutable record.
     *
     * @throws CalculationRefusedException naming every line the core refused
     */
    @Transactional
    public CalculationSnapshot calculate(UUID id, PlatformUser user, boolean monteCarlo) {
        Declaration declaration = service.visible(id, user);
        declaration.requireEditable();
        List<LineData> data = lines.linesOf(id).stream().map(StoredLine::data).toList();
        if (data.isEmpty()) {
            throw new DomainException("declaration.calculate.noLines");
        }
        Run run = run(declaration, user, data, declaration.getFactorReleaseCode(), monteCarlo);
        records.store(declaration, run.inputs(), run.result(), user);
        declarations.saveAndFlush(declaration);
        return run.result();
    }

    /**
     * The declaration with one line changed (its quantity, or its factor replaced by a specific
     * value), next to the declaration as it is. Nothing is saved.
     */
    public Comparison whatIf(
            UUID id, PlatformUser user, int lineIndex, BigDecimal quantity, BigDecimal factorValue, String factorUnit) {
        Declaration declaration = service.visible(id, user);
        List<LineData> data = lines.linesOf(id).stream().map(StoredLine::data).toList();
        if (lineIndex < 0 || lineIndex >= data.size()) {
            throw new DomainException("declaration.whatIf.line", lineIndex + 1);
        }
        if (quantity == null && factorValue == null) {
            throw new DomainException("declaration.whatIf.nothing");
        }
        inDomain(quantity, NumericDomain.QUANTITY, "declaration.whatIf.quantityRefused");
        inDomain(factorValue, NumericDomain.FACTOR_VALUE, "declaration.whatIf.factorValueRefused");
        List<LineData> changed = new ArrayList<>(data);
        LineData line = changed.get(lineIndex);
        if (quantity != null) {
            line = line.withQuantity(quantity);
        }
        if (factorValue != null) {
            if (factorUnit == null || factorUnit.isBlank()) {
                throw new DomainException("declaration.line.factorUnitRequired");
            }
            line = line.withFactorValue(factorValue, factorUnit.strip());
        }
        changed.set(lineIndex, line);
        String release = declaration.getFactorReleaseCode();
        return new Comparison(
                "declaration.compare.asSaved",
                run(declaration, user, data, release, false).result(),
                "declaration.compare.whatIf",
                run(declaration, user, changed, release, false).result());
    }

    /** A what-if number outside its numeric domain (1e308, 1e-400) is refused before any arithmetic. */
    private static void inDomain(BigDecimal value, NumericDomain domain, String messageKey) {
        if (value == null) {
            return;
        }
        try {
            Numbers.check(value, domain);
        } catch (NumberRefusedException e) {
            throw new DomainException(messageKey, e);
        }
    }

    /** The declaration calculated with its pinned release and with another one. Nothing is saved. */
    public Comparison withRelease(UUID id, PlatformUser user, String otherRelease) {
        Declaration declaration = service.visible(id, user);
        service.requirePublished(otherRelease);
        List<LineData> data = lines.linesOf(id).stream().map(StoredLine::data).toList();
        return new Comparison(
                declaration.getFactorReleaseCode(),
                run(declaration, user, data, declaration.getFactorReleaseCode(), false)
                        .result(),
                otherRelease,
                run(declaration, user, data, otherRelease, false).result());
    }

    /** Two calculated declarations' stored results side by side. */
    public Comparison compare(UUID left, UUID right, PlatformUser user) {
        DeclarationView a = service.declaration(left, user);
        DeclarationView b = service.declaration(right, user);
        if (a.result() == null || b.result() == null) {
            throw new DomainException("declaration.compare.notCalculated");
        }
        return new Comparison(label(a), a.result(), label(b), b.result());
    }

    /** The newest published release, and which of the organization's declarations it would change. */
    public List<ReleaseImpact> releaseImpact(PlatformUser user, String newRelease) {
        List<DeclarationView> mine = service.declarations(user);
        Map<String, DeclarationView> byId =
                mine.stream().collect(Collectors.toMap(d -> d.id().toString(), Function.identity()));
        List<PinnedDeclaration> pinned = new ArrayList<>();
        for (DeclarationView view : mine) {
            pinned.add(pinned(
                    view.id(), user.organizationId(), view.factorReleaseCode(), view.plant(), view.electricityRule()));
        }
        return impacts.impactOf(newRelease, pinned).stream()
                .map(impact -> new ReleaseImpact(byId.get(impact.declarationId()), impact))
                .toList();
    }

    public String latestRelease() {
        return service.latestRelease();
    }

    /** Moves every declaration of the organization that is not submitted to the release and recalculates it. */
    @Transactional
    public Recalculation recalculateDrafts(PlatformUser user, String release) {
        service.requirePublished(release);
        int done = 0;
        List<String> failed = new ArrayList<>();
        for (DeclarationView view : service.declarations(user)) {
            if (!view.editable() || view.factorReleaseCode().equals(release)) {
                continue;
            }
            Declaration declaration = service.visible(view.id(), user);
            declaration.pinRelease(release);
            List<LineData> data =
                    lines.linesOf(view.id()).stream().map(StoredLine::data).toList();
            if (data.isEmpty()) {
                declarations.saveAndFlush(declaration);
                continue;
            }
            try {
                Run run = run(declaration, user, data, release, false);
                records.store(declaration, run.inputs(), run.result(), user);
                done++;
            } catch (CalculationRefusedException | DomainException e) {
                failed.add(label(view));
            }
            declarations.saveAndFlush(declaration);
        }
        return new Recalculation(release, done, failed);
    }

    /**
     * A declaration as the factor module needs it: pinned release and background-factor lines,
     * including electricity lines whose factor the rule set picks from the release.
     */
    PinnedDeclaration pinned(UUID id, UUID organizationId, String releaseCode, PlantView plant, ElectricityRule rule) {
        List<PinnedDeclaration.Line> background = new ArrayList<>();
        for (StoredLine line : lines.linesOf(id)) {
            LineData d = line.data();
            String code = d.factorCode();
            if (code == null && d.factorValue() == null && d.electricitySupply() != null) {
                code = electricityCode(rule, d.electricitySupply());
            }
            if (code != null) {
                background.add(new PinnedDeclaration.Line(
                        code, plant.province().geographyCode(), null, d.quantity(), d.unit()));
            }
        }
        return new PinnedDeclaration(id.toString(), organizationId, releaseCode, background);
    }

    /** The background code the rule set gives electricity without a factor (methodology §5). */
    static String electricityCode(ElectricityRule rule, ElectricitySupply supply) {
        // the one rule table of footprint.core decides (T&D is left to the full calculation)
        ElectricityRuleSet set = ElectricityRuleSets.of(rule);
        return switch (supply) {
            case GRID -> set.grid().code();
            case GREEN_CERTIFICATE ->
                set.certified() == null ? set.grid().code() : set.certified().code();
            case GREEN_DIRECT_LINE ->
                set.directLine() == null ? set.grid().code() : set.directLine().code();
        };
    }

    static String label(DeclarationView d) {
        return d.model().modelCode() + " · " + d.plant().name() + " · " + d.periodStart() + "–" + d.periodEnd();
    }

    private Run run(
            Declaration declaration, PlatformUser user, List<LineData> data, String releaseCode, boolean monteCarlo) {
        return run(declaration, user, data, releaseCode, monteCarlo, declaration.getElectricityRule());
    }

    /**
     * The declaration as it is, calculated under another electricity rule set. Nothing is saved; a
     * refusal under one rule must not spoil the caller's transaction for the other rules.
     */
    @Transactional(
            readOnly = true,
            noRollbackFor = {CalculationRefusedException.class, DomainException.class})
    CalculationSnapshot underRule(UUID id, PlatformUser user, List<LineData> data, ElectricityRule rule) {
        Declaration declaration = service.visible(id, user);
        return run(declaration, user, data, declaration.getFactorReleaseCode(), false, rule)
                .result();
    }

    private Run run(
            Declaration declaration,
            PlatformUser user,
            List<LineData> data,
            String releaseCode,
            boolean monteCarlo,
            ElectricityRule rule) {
        BatteryModelView model = products.model(declaration.getBatteryModelId(), user);
        PlantView plant = products.plant(declaration.getPlantId(), user);
        FootprintCalculations.Release release = footprint.release(releaseCode);
        if (release.problem() != null) {
            throw new DomainException("declaration.release.unknown", releaseCode);
        }
        DeclarationInput input = new DeclarationInput(
                functionalUnit(declaration.getFunctionalUnitMethod(), model),
                rule,
                // The release falls back from the province to its grid region, then national.
                plant.province().geographyCode(),
                data.stream().map(LineData::toCore).toList());
        FootprintResult result;
        try {
            result = footprint.calculate(input, release.resolver());
        } catch (CalculationInputException e) {
            throw new CalculationRefusedException(
                    e.problems(), data.stream().map(LineData::description).toList());
        }
        PerformanceClassTable.Classification classification =
                footprint.performanceClasses().classify(result.totalKgCo2ePerKwh());
        CalculationSnapshot.Uncertainty uncertainty = null;
        if (monteCarlo) {
            UncertaintyAnalysis.Result mc = UncertaintyAnalysis.run(result, MONTE_CARLO_SEED);
            uncertainty =
                    new CalculationSnapshot.Uncertainty(mc.iterations(), mc.seed(), mc.p2_5(), mc.p50(), mc.p97_5());
        }
        return new Run(
                inputs(declaration, model, plant, releaseCode, data, result, rule),
                snapshot(result, data, releaseCode, declaration, classification, uncertainty, Instant.now(clock)));
    }

    private static CalculationInputs inputs(
            Declaration declaration,
            BatteryModelView model,
            PlantView plant,
            String releaseCode,
            List<LineData> data,
            FootprintResult result,
            ElectricityRule rule) {
        Map<String, CalculationInputs.FactorUsed> used = new java.util.LinkedHashMap<>();
        for (LineResult line : result.lines()) {
            FactorProvenance f = line.factor();
            if (f.code() != null) {
                used.putIfAbsent(
                        f.code() + "|" + f.geography(),
                        new CalculationInputs.FactorUsed(
                                f.code(), f.value(), f.unit(), f.geography(), f.year(), f.releaseCode(), f.citation()));
            }
        }
        return new CalculationInputs(
                declaration.getId(),
                null,
                declaration.getOrganizationId(),
                new CalculationInputs.Settings(
                        declaration.getPeriodStart(),
                        declaration.getPeriodEnd(),
                        declaration.getProductionVolume(),
                        declaration.getFunctionalUnitMethod().name(),
                        null,
                        rule.name()),
                new CalculationInputs.Model(
                        model.id(),
                        model.modelCode(),
                        model.chemistry() == null ? null : model.chemistry().name(),
                        model.ratedEnergyKwh(),
                        model.usableEnergyKwh(),
                        model.vehicleCategory() == null
                                ? null
                                : model.vehicleCategory().name(),
                        model.warrantyYears(),
                        model.measuredCycles(),
                        model.depthOfDischarge()),
                new CalculationInputs.Plant(
                        plant.id(),
                        plant.name(),
                        plant.province().name(),
                        plant.province().geographyCode()),
                releaseCode,
                data,
                List.copyOf(used.values()));
    }

    static FunctionalUnit functionalUnit(FunctionalUnitMethod method, BatteryModelView model) {
        if (method == FunctionalUnitMethod.MEASURED_CYCLES) {
            if (!model.hasCycleTest()) {
                throw new DomainException("declaration.method.noCycleTest", model.modelCode());
            }
            if (!model.hasCycleTestBasis()) {
                throw new DomainException("declaration.method.noCycleTestBasis", model.modelCode());
            }
            return new FunctionalUnit.MeasuredCycles(
                    model.ratedEnergyKwh(), model.measuredCycles(), model.depthOfDischarge());
        }
        return FunctionalUnit.EuFeqc.forVehicle(
                model.usableEnergyKwh(), model.vehicleCategory(), model.warrantyYears());
    }

    private static CalculationSnapshot snapshot(
            FootprintResult result,
            List<LineData> data,
            String releaseCode,
            Declaration declaration,
            PerformanceClassTable.Classification classification,
            CalculationSnapshot.Uncertainty uncertainty,
            Instant at) {
        List<CalculationSnapshot.StageFigure> stages = new ArrayList<>();
        for (StageResult stage : result.stages()) {
            stages.add(new CalculationSnapshot.StageFigure(
                    stage.stage().batteryPassName(), stage.absoluteKgCo2e(), stage.kgCo2ePerKwh(), stage.lineCount()));
        }
        List<CalculationSnapshot.LineFigure> lineFigures = new ArrayList<>();
        for (LineResult line : result.lines()) {
            FactorProvenance f = line.factor();
            LineData d = data.get(line.index());
            lineFigures.add(new CalculationSnapshot.LineFigure(
                    line.index(),
                    line.stage().batteryPassName(),
                    d.category().name(),
                    d.description(),
                    d.quantity(),
                    d.unit(),
                    line.conversion(),
                    f.source().name(),
                    f.code(),
                    f.value(),
                    f.unit(),
                    f.geography(),
                    f.year(),
                    f.releaseCode(),
                    f.citation(),
                    line.electricitySupply() == null
                            ? null
                            : line.electricitySupply().name(),
                    line.recyclingCredit(),
                    line.reportedKgCo2e(),
                    line.recyclingCredit() ? BigDecimal.ZERO.setScale(4) : result.shareOf(line)));
        }
        List<CalculationSnapshot.Warning> warnings = new ArrayList<>();
        for (LineResult line : result.lines()) {
            LineData d = data.get(line.index());
            String factorCategory = line.factor().category();
            if (!d.category().fits(factorCategory)) {
                warnings.add(new CalculationSnapshot.Warning(
                        line.index(),
                        "declaration.warning.factorCategory." + factorCategory,
                        List.of(line.factor().code())));
            }
        }
        for (CalculationWarning w : result.warnings()) {
            warnings.add(new CalculationSnapshot.Warning(
                    w.lineIndex(),
                    w.messageKey(),
                    Arrays.stream(w.arguments()).map(String::valueOf).toList()));
        }
        return new CalculationSnapshot(
                releaseCode,
                result.input().electricityRule().name(),
                declaration.getFunctionalUnitMethod().name(),
                result.lifetimeEnergyKwh(),
                result.totalKgCo2ePerKwh(),
                result.absoluteKgCo2e(),
                stages,
                result.recyclingCreditsKgCo2e(),
                result.recyclingCreditsKgCo2ePerKwh(),
                result.primaryDataShare(),
                classification.performanceClass(),
                classification.tableVersion(),
                lineFigures,
                result.topContributors().stream().map(LineResult::index).toList(),
                warnings,
                uncertainty,
                at,
                result.ruleSet().label(),
                result.electricityFamiliesMixed());
    }
}
