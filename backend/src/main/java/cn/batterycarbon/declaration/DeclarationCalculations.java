package cn.batterycarbon.declaration;

import cn.batterycarbon.declaration.domain.ActivityLineStore;
import cn.batterycarbon.declaration.domain.Declaration;
import cn.batterycarbon.declaration.domain.Declarations;
import cn.batterycarbon.declaration.domain.StoredLine;
import cn.batterycarbon.factor.DeclarationImpact;
import cn.batterycarbon.factor.ResolvedFactor;
import cn.batterycarbon.footprint.FootprintCalculations;
import cn.batterycarbon.footprint.core.CalculationInputException;
import cn.batterycarbon.footprint.core.CalculationWarning;
import cn.batterycarbon.footprint.core.DeclarationInput;
import cn.batterycarbon.footprint.core.ElectricityRule;
import cn.batterycarbon.footprint.core.ElectricitySupply;
import cn.batterycarbon.footprint.core.FactorProvenance;
import cn.batterycarbon.footprint.core.FootprintResult;
import cn.batterycarbon.footprint.core.FunctionalUnit;
import cn.batterycarbon.footprint.core.InputProblem;
import cn.batterycarbon.footprint.core.LineResult;
import cn.batterycarbon.footprint.core.PerformanceClassTable;
import cn.batterycarbon.footprint.core.StageResult;
import cn.batterycarbon.footprint.core.UncertaintyAnalysis;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.numbers.NumberRefusedException;
import cn.batterycarbon.platform.numbers.Numbers;
import cn.batterycarbon.platform.numbers.NumericDomain;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.units.ActivityUnits;
import cn.batterycarbon.platform.units.UnitException;
import cn.batterycarbon.platform.web.FieldErrorsException;
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
            CalculationRecords records) {
        this.service = service;
        this.declarations = declarations;
        this.lines = lines;
        this.products = products;
        this.footprint = footprint;
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
        List<FieldErrorsException.FieldError> errors = new ArrayList<>();
        if (lineIndex < 0 || lineIndex >= data.size()) {
            throw new FieldErrorsException(List.of(
                    new FieldErrorsException.FieldError("line", "declaration.whatIf.noSuchLine", lineIndex + 1)));
        }
        LineData line = data.get(lineIndex);
        if (quantity == null && factorValue == null) {
            errors.add(new FieldErrorsException.FieldError("quantity", "declaration.whatIf.nothing"));
        }
        if (quantity != null && quantity.signum() < 0) {
            errors.add(new FieldErrorsException.FieldError(
                    "quantity", "declaration.line.negative", quantity.toPlainString()));
        }
        if (factorValue != null) {
            if (factorValue.signum() < 0 && !line.recyclingCredit()) {
                errors.add(new FieldErrorsException.FieldError(
                        "factorValue", "declaration.line.negative", factorValue.toPlainString()));
            }
            if (line.electricitySupply() == ElectricitySupply.GRID) {
                // Grid electricity takes the grid factor of the rule set, never a specific value.
                errors.add(new FieldErrorsException.FieldError("factorValue", "declaration.whatIf.gridSpecific"));
            }
            if (factorUnit == null || factorUnit.isBlank()) {
                errors.add(new FieldErrorsException.FieldError("factorUnit", "declaration.line.factorUnitRequired"));
            } else {
                try {
                    String perUnit =
                            ActivityUnits.factorUnit(factorUnit.strip()).perUnit();
                    if (!ActivityUnits.convertible(line.unit(), perUnit)) {
                        errors.add(new FieldErrorsException.FieldError(
                                "factorUnit", "declaration.whatIf.unitMismatch", factorUnit.strip(), line.unit()));
                    }
                } catch (UnitException e) {
                    errors.add(new FieldErrorsException.FieldError("factorUnit", e.messageKey(), e.arguments()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
        inDomain(quantity, NumericDomain.QUANTITY, "declaration.whatIf.quantityRefused");
        inDomain(factorValue, NumericDomain.FACTOR_VALUE, "declaration.whatIf.factorValueRefused");
        List<LineData> changed = new ArrayList<>(data);
        if (quantity != null) {
            line = line.withQuantity(quantity);
        }
        if (factorValue != null) {
            line = line.withFactorValue(factorValue, factorUnit.strip());
        }
        changed.set(lineIndex, line);
        String release = declaration.getFactorReleaseCode();
        CalculationSnapshot asSaved =
                run(declaration, user, data, release, false).result();
        CalculationSnapshot whatIf;
        try {
            whatIf = run(declaration, user, changed, release, false).result();
        } catch (CalculationRefusedException e) {
            throw new FieldErrorsException(e.problems().stream()
                    .map(p -> new FieldErrorsException.FieldError(whatIfField(p), p.messageKey(), p.arguments()))
                    .toList());
        }
        return new Comparison("declaration.compare.asSaved", asSaved, "declaration.compare.whatIf", whatIf);
    }

    /** The what-if form field a problem of the core is about. */
    private static String whatIfField(InputProblem problem) {
        String field = problem.field() == null ? "" : problem.field().toLowerCase(java.util.Locale.ROOT);
        if (field.contains("unit")) {
            return "factorUnit";
        }
        if (field.contains("factor")) {
            return "factorValue";
        }
        return "quantity";
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
        service.requirePublished(newRelease);
        List<ReleaseImpact> impacts = new ArrayList<>();
        for (DeclarationView view : service.declarations(user)) {
            if (view.factorReleaseCode().equals(newRelease) || view.lineCount() == 0) {
                continue;
            }
            DeclarationImpact impact = impact(service.visible(view.id(), user), view.model(), view.plant(), newRelease);
            if (impact.changes()) {
                impacts.add(new ReleaseImpact(view, impact));
            }
        }
        impacts.sort(java.util.Comparator.comparing(
                (ReleaseImpact i) -> i.impact().relativeChange() == null
                        ? null
                        : i.impact().relativeChange().abs(),
                java.util.Comparator.nullsFirst(java.util.Comparator.reverseOrder())));
        return impacts;
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
     * How recalculating a declaration with another release would change it: the footprint core
     * runs twice, with the pinned release and with {@code newRelease} (nothing is saved).
     */
    DeclarationImpact impact(Declaration declaration, BatteryModelView model, PlantView plant, String newRelease) {
        List<LineData> data = lines.linesOf(declaration.getId()).stream()
                .map(StoredLine::data)
                .toList();
        String oldRelease = declaration.getFactorReleaseCode();
        Attempt before = attempt(declaration, model, plant, data, oldRelease);
        Attempt after = attempt(declaration, model, plant, data, newRelease);
        List<DeclarationImpact.LineImpact> changed = new ArrayList<>();
        boolean complete = before.result() != null && after.result() != null;
        if (complete) {
            for (int i = 0; i < before.result().lines().size(); i++) {
                LineResult a = before.result().lines().get(i);
                LineResult b = after.result().lines().get(i);
                if (a.factor().code() == null && b.factor().code() == null) {
                    continue;
                }
                if (a.reportedKgCo2e().compareTo(b.reportedKgCo2e()) != 0
                        || !java.util.Objects.equals(
                                a.factor().code(), b.factor().code())) {
                    changed.add(new DeclarationImpact.LineImpact(
                            i,
                            b.factor().code() != null
                                    ? b.factor().code()
                                    : a.factor().code(),
                            resolved(a.factor()),
                            resolved(b.factor()),
                            a.reportedKgCo2e(),
                            b.reportedKgCo2e(),
                            null));
                }
            }
        } else {
            for (Attempt failed : List.of(before, after)) {
                for (InputProblem p : failed.problems()) {
                    changed.add(new DeclarationImpact.LineImpact(
                            p.lineIndex(),
                            p.lineIndex() < 0 ? null : data.get(p.lineIndex()).factorCode(),
                            null,
                            null,
                            null,
                            null,
                            p.messageKey()));
                }
            }
        }
        BigDecimal from =
                before.result() == null ? BigDecimal.ZERO : before.result().absoluteKgCo2e();
        BigDecimal to =
                after.result() == null ? BigDecimal.ZERO : after.result().absoluteKgCo2e();
        BigDecimal change = complete ? to.subtract(from) : BigDecimal.ZERO;
        BigDecimal relative =
                !complete || from.signum() == 0 ? null : change.divide(from.abs(), java.math.MathContext.DECIMAL64);
        return new DeclarationImpact(
                declaration.getId().toString(),
                declaration.getOrganizationId(),
                oldRelease,
                newRelease,
                from,
                to,
                change,
                relative,
                complete,
                List.copyOf(changed));
    }

    /** A footprint, or the problems that kept the core from calculating it. */
    private record Attempt(FootprintResult result, List<InputProblem> problems) {}

    private Attempt attempt(
            Declaration declaration, BatteryModelView model, PlantView plant, List<LineData> data, String releaseCode) {
        FootprintCalculations.Release release = footprint.release(releaseCode);
        if (release.problem() != null) {
            return new Attempt(null, List.of());
        }
        try {
            return new Attempt(
                    footprint.calculate(
                            input(declaration, model, plant, data, declaration.getElectricityRule()),
                            release.resolver()),
                    List.of());
        } catch (CalculationInputException e) {
            return new Attempt(null, e.problems());
        } catch (DomainException e) {
            return new Attempt(null, List.of());
        }
    }

    private static ResolvedFactor resolved(FactorProvenance f) {
        if (f.code() == null) {
            return null;
        }
        return new ResolvedFactor(
                f.code(),
                f.code(),
                f.code(),
                f.value(),
                f.unit(),
                f.geography(),
                f.year() == null ? 0 : f.year(),
                f.releaseCode(),
                f.citation(),
                null);
    }

    static String label(DeclarationView d) {
        return d.number() + " · " + d.model().modelCode() + " · " + d.plant().name() + " · " + d.periodStart() + "–"
                + d.periodEnd();
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
        FootprintResult result;
        try {
            result = footprint.calculate(input(declaration, model, plant, data, rule), release.resolver());
        } catch (CalculationInputException e) {
            throw new CalculationRefusedException(
                    e.problems(), data.stream().map(LineData::description).toList());
        }
        PerformanceClassTable.Classification classification =
                footprint.performanceClasses().classify(result.totalKgCo2ePerKwh());
        CalculationSnapshot.Uncertainty uncertainty = null;
        if (monteCarlo) {
            UncertaintyAnalysis.Result mc = UncertaintyAnalysis.run(result, MONTE_CARLO_SEED);
            uncertainty = new CalculationSnapshot.Uncertainty(
                    mc.iterations(),
                    mc.seed(),
                    mc.p2_5(),
                    mc.p50(),
                    mc.p97_5(),
                    mc.uncertainShare(),
                    mc.uncertainFactors());
        }
        CalculationSnapshot snapshot =
                snapshot(result, data, releaseCode, declaration, classification, uncertainty, Instant.now(clock));
        return new Run(
                inputs(declaration, model, plant, releaseCode, data, result, rule),
                withMethodsAndCompleteness(snapshot, declaration, model, data));
    }

    /**
     * The result under both functional-unit methods (the absolute footprint does not depend on
     * the method, only the lifetime energy it is divided by), and the completeness warnings.
     */
    private CalculationSnapshot withMethodsAndCompleteness(
            CalculationSnapshot s, Declaration declaration, BatteryModelView model, List<LineData> data) {
        List<CalculationSnapshot.MethodFigure> methods = new ArrayList<>();
        for (FunctionalUnitMethod method : FunctionalUnitMethod.values()) {
            boolean chosen = method == declaration.getFunctionalUnitMethod();
            if (chosen) {
                methods.add(new CalculationSnapshot.MethodFigure(
                        method.name(), true, true, s.lifetimeEnergyKwh(), s.totalKgCo2ePerKwh(), s.performanceClass()));
                continue;
            }
            BigDecimal lifetime;
            try {
                lifetime = functionalUnit(method, model).lifetimeEnergyKwh();
            } catch (DomainException | IllegalArgumentException e) {
                methods.add(new CalculationSnapshot.MethodFigure(method.name(), false, false, null, null, null));
                continue;
            }
            BigDecimal perKwh = cn.batterycarbon.footprint.core.Rounding.perKwh(
                    s.absoluteKgCo2e().doubleValue(), lifetime);
            methods.add(new CalculationSnapshot.MethodFigure(
                    method.name(),
                    false,
                    true,
                    lifetime,
                    perKwh,
                    footprint.performanceClasses().classify(perKwh).performanceClass()));
        }
        return new CalculationSnapshot(
                s.releaseCode(),
                s.electricityRule(),
                s.functionalUnitMethod(),
                s.lifetimeEnergyKwh(),
                s.totalKgCo2ePerKwh(),
                s.absoluteKgCo2e(),
                s.stages(),
                s.recyclingCreditsKgCo2e(),
                s.recyclingCreditsKgCo2ePerKwh(),
                s.primaryDataShare(),
                s.performanceClass(),
                s.performanceTableVersion(),
                s.lines(),
                s.topContributors(),
                s.warnings(),
                s.uncertainty(),
                s.calculatedAt(),
                s.electricityRuleSet(),
                s.electricityFamiliesMixed(),
                List.copyOf(methods),
                Completeness.of(data, s.primaryDataShare()));
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
                declaration.getNumber(),
                declaration.getOrganizationId(),
                new CalculationInputs.Settings(
                        declaration.getPeriodStart(),
                        declaration.getPeriodEnd(),
                        declaration.getProductionVolume(),
                        declaration.getFunctionalUnitMethod().name(),
                        declaration.getFunctionalUnitJustification(),
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

    private static DeclarationInput input(
            Declaration declaration,
            BatteryModelView model,
            PlantView plant,
            List<LineData> data,
            ElectricityRule rule) {
        return new DeclarationInput(
                functionalUnit(declaration.getFunctionalUnitMethod(), model),
                rule,
                // The release falls back from the province to its grid region, then national.
                plant.province().geographyCode(),
                data.stream().map(LineData::toCore).toList());
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
                result.electricityFamiliesMixed(),
                null,
                null);
    }
}
