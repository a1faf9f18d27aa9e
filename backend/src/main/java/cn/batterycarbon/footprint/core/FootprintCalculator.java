package cn.batterycarbon.footprint.core;

import cn.batterycarbon.platform.units.ActivityUnits.FactorUnit;
import cn.batterycarbon.platform.units.UnitException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Calculates a declaration's footprint (methodology §1): emissions of a stage = Σ quantity (in the
 * factor's unit) × factor; CF = Σ stages / lifetime energy.
 *
 * <p>Numeric approach: each line is {@code quantity × (conversion × (factor × CO2e mass))} in
 * double, the factor part formed exactly in decimal first (five correctly rounded steps in all,
 * relative error below 5 × 2⁻⁵³); stage totals, the absolute total,
 * credits and the primary part are Neumaier-compensated sums, whose error does not grow with the
 * number of lines. Reported figures are decimals rounded half-up ({@link Rounding}). The order of
 * operations is fixed, so the same input always gives the same bits.
 *
 * <p>Stateless and thread-safe.
 */
public final class FootprintCalculator {

    /** How many top contributing lines a result keeps. */
    public static final int TOP_CONTRIBUTORS = 10;

    private static final int STAGES = LifeCycleStage.values().length;

    /**
     * @throws CalculationInputException naming every line that cannot be calculated (unknown
     *     factor code, incompatible or unknown units, a credit outside Recycling ...)
     */
    public FootprintResult calculate(DeclarationInput input, FactorResolver resolver) {
        List<ActivityLine> lines = input.lines();
        int n = lines.size();
        LineResult[] results = new LineResult[n];
        List<InputProblem> problems = new ArrayList<>();
        List<CalculationWarning> warnings = new ArrayList<>();
        Map<String, Resolved> background = new HashMap<>();
        Set<String> certificates = new HashSet<>();

        double[] stageSum = new double[STAGES];
        double[] stageComp = new double[STAGES];
        int[] stageLines = new int[STAGES];
        double total = 0;
        double totalComp = 0;
        double credit = 0;
        double creditComp = 0;
        double primary = 0;
        double primaryComp = 0;
        LineResult[] top = new LineResult[TOP_CONTRIBUTORS];
        int topSize = 0;
        boolean usedBackground = false;
        ElectricityRuleSet ruleSet = ElectricityRuleSets.of(input.electricityRule());
        ElectricityChoices electricity = new ElectricityChoices(ruleSet, input.electricityFactorCodes(), lines);
        Set<ElectricityFamily> familiesUsed = java.util.EnumSet.noneOf(ElectricityFamily.class);
        Set<String> nationalFallbacks = new java.util.LinkedHashSet<>();

        for (int i = 0; i < n; i++) {
            ActivityLine line = lines.get(i);
            ElectricitySupply supply = supplyOf(line, input.electricityFactorCodes());
            Pick pick = supply == null
                    ? new Pick(line.factor(), false, false)
                    : electricityFactor(i, line, supply, ruleSet, electricity, certificates, problems, warnings);
            if (pick == null) {
                continue;
            }
            FactorChoice choice = pick.choice();
            FactorProvenance factor;
            String factorField;
            if (choice instanceof FactorChoice.Background b) {
                factorField = "factorCode";
                factor = background(i, b.code(), pick.national(), input, resolver, background, problems);
                if (factor == null) {
                    continue;
                }
                if (pick.transmission()) {
                    FactorProvenance td =
                            background(i, ruleSet.transmission().code(), true, input, resolver, background, problems);
                    if (td == null) {
                        continue;
                    }
                    factor = withTransmission(factor, td);
                }
                if (supply != null) {
                    ElectricityFamily family = ElectricityFamily.ofCode(b.code());
                    if (family != null) {
                        familiesUsed.add(family);
                    }
                    if (pick.national()
                            && input.gridGeography() != null
                            && !input.gridGeography().equals(factor.geography())) {
                        nationalFallbacks.add(b.code());
                    }
                }
                usedBackground = true;
            } else {
                factorField = "factor.unit";
                factor = specific(i, (FactorChoice.Specific) choice, problems);
                if (factor == null) {
                    continue;
                }
            }
            if (factor.value().signum() < 0 && !line.recyclingCredit()) {
                problems.add(new InputProblem(
                        i,
                        choice instanceof FactorChoice.Background ? "factorCode" : "factor.value",
                        "footprint.error.factor.negative"));
                continue;
            }
            if (line.recyclingCredit() && line.stage() != LifeCycleStage.RECYCLING) {
                problems.add(new InputProblem(i, "recyclingCredit", "footprint.error.credit.stage"));
                continue;
            }
            UnitConversions.Conversion conversion;
            try {
                conversion = UnitConversions.conversion(line.unit(), factor.perUnit());
            } catch (UnitException e) {
                problems.add(
                        new InputProblem(i, "unit", "footprint.error.unit.incompatible", line.unit(), factor.unit()));
                continue;
            }
            if (!problems.isEmpty()) {
                // Keep looking for problems in the other lines, but stop calculating.
                continue;
            }
            double kg = line.quantity().doubleValue() * (conversion.value() * factor.kgCo2ePerUnit());
            LineResult result = new LineResult(i, line, conversion.exact(), factor, supply, kg);
            results[i] = result;
            if (line.recyclingCredit()) {
                double t = credit + kg;
                creditComp += Math.abs(credit) >= Math.abs(kg) ? (credit - t) + kg : (kg - t) + credit;
                credit = t;
                continue;
            }
            int s = line.stage().ordinal();
            double stage = stageSum[s];
            double t = stage + kg;
            stageComp[s] += Math.abs(stage) >= Math.abs(kg) ? (stage - t) + kg : (kg - t) + stage;
            stageSum[s] = t;
            stageLines[s]++;
            t = total + kg;
            totalComp += Math.abs(total) >= Math.abs(kg) ? (total - t) + kg : (kg - t) + total;
            total = t;
            if (factor.source().primary()) {
                t = primary + kg;
                primaryComp += Math.abs(primary) >= Math.abs(kg) ? (primary - t) + kg : (kg - t) + primary;
                primary = t;
            }
            if (topSize < TOP_CONTRIBUTORS || kg > top[topSize - 1].kgCo2e()) {
                topSize = insertTop(top, topSize, result);
            }
        }
        if (!problems.isEmpty()) {
            throw new CalculationInputException(problems);
        }
        for (String code : nationalFallbacks) {
            warnings.add(
                    new CalculationWarning(-1, "footprint.warning.electricity-national", code, input.gridGeography()));
        }
        boolean mixed = familiesUsed.size() > 1;
        if (mixed) {
            warnings.add(new CalculationWarning(-1, "footprint.warning.electricity-families-mixed", ruleSet.label()));
        }
        double[] stageKg = new double[STAGES];
        for (int s = 0; s < STAGES; s++) {
            stageKg[s] = stageSum[s] + stageComp[s];
        }
        return new FootprintResult(
                input,
                usedBackground ? resolver.releaseCode() : null,
                total + totalComp,
                stageKg,
                stageLines,
                credit + creditComp,
                primary + primaryComp,
                Collections.unmodifiableList(Arrays.asList(results)),
                Arrays.asList(top).subList(0, topSize),
                warnings,
                ruleSet,
                mixed);
    }

    /** A resolved background factor (cached per code and geography), or null with the problem recorded. */
    private static FactorProvenance background(
            int i,
            String code,
            boolean national,
            DeclarationInput input,
            FactorResolver resolver,
            Map<String, Resolved> cache,
            List<InputProblem> problems) {
        String geography = national ? null : input.gridGeography();
        String key = national ? code + "|CN" : code;
        Resolved resolved = cache.get(key);
        if (resolved == null) {
            resolved = resolve(code, geography, input.referenceYear(), resolver);
            cache.put(key, resolved);
        }
        if (resolved.factor() != null) {
            return resolved.factor();
        }
        if (resolved.badUnit() != null) {
            problems.add(
                    new InputProblem(i, "factorCode", "footprint.error.factor.bad-unit", code, resolved.badUnit()));
            return null;
        }
        problems.add(
                switch (resolver.absence(code, geography, input.referenceYear())) {
                    case NOT_FOR_GEOGRAPHY ->
                        new InputProblem(
                                i,
                                "factorCode",
                                "footprint.error.factor.not-for-geography",
                                code,
                                geography == null ? "CN" : geography,
                                resolver.releaseCode());
                    case ONLY_LATER_YEARS ->
                        new InputProblem(
                                i,
                                "factorCode",
                                "footprint.error.factor.only-later-years",
                                code,
                                String.valueOf(input.referenceYear()),
                                resolver.releaseCode());
                    default ->
                        new InputProblem(
                                i, "factorCode", "footprint.error.factor.unknown-code", code, resolver.releaseCode());
                });
        return null;
    }

    /**
     * Generation plus transmission and distribution as one factor per kWh: the values add, the
     * provenance names both codes and both sources.
     */
    private static FactorProvenance withTransmission(FactorProvenance generation, FactorProvenance td) {
        if (!generation.perUnit().equals(td.perUnit())
                || generation.kgCo2ePerNumerator().compareTo(td.kgCo2ePerNumerator()) != 0) {
            return generation;
        }
        return new FactorProvenance(
                generation.source(),
                generation.code() + "+" + td.code(),
                generation.value().add(td.value()),
                generation.unit(),
                generation.perUnit(),
                generation.kgCo2ePerNumerator(),
                generation
                        .value()
                        .add(td.value())
                        .multiply(generation.kgCo2ePerNumerator())
                        .doubleValue(),
                generation.geography(),
                generation.year(),
                generation.releaseCode(),
                generation.citation() + " | " + td.code() + " " + td.year() + ": " + td.citation(),
                null,
                generation.category());
    }

    /** The factor an electricity line gets, where to look it up, and whether T&D is added. */
    private record Pick(FactorChoice choice, boolean national, boolean transmission) {}

    /** Largest first; on equal emissions the earlier line stays first. */
    private static int insertTop(LineResult[] top, int size, LineResult result) {
        int position = Math.min(size, top.length - 1);
        while (position > 0 && top[position - 1].kgCo2e() < result.kgCo2e()) {
            if (position < top.length) {
                top[position] = top[position - 1];
            }
            position--;
        }
        top[position] = result;
        return Math.min(size + 1, top.length);
    }

    /** Explicitly marked electricity, or a line that asks for the grid electricity code. */
    private static ElectricitySupply supplyOf(ActivityLine line, ElectricityFactorCodes codes) {
        if (line.electricity() != null) {
            return line.electricity().supply();
        }
        if (line.factor() instanceof FactorChoice.Background b
                && (b.code().equals(codes.grid()) || ElectricityRuleSets.isRuleCode(b.code()))) {
            return ElectricitySupply.GRID;
        }
        return null;
    }

    /**
     * The factor the rule set gives an electricity line ({@link ElectricityRuleSets}): grid
     * electricity gets the rule's grid factor (the remaining-grid factor when the declaration claims
     * green electricity); certified and direct green electricity the line's own technology factor
     * where the rule counts it, otherwise the grid factor with a warning; never zero by default.
     */
    private static Pick electricityFactor(
            int i,
            ActivityLine line,
            ElectricitySupply supply,
            ElectricityRuleSet rule,
            ElectricityChoices codes,
            Set<String> certificates,
            List<InputProblem> problems,
            List<CalculationWarning> warnings) {
        switch (supply) {
            case GRID:
                if (line.factor() instanceof FactorChoice.Specific) {
                    problems.add(new InputProblem(i, "factor", "footprint.error.electricity.grid-specific"));
                    return null;
                }
                return codes.grid(true);
            case GREEN_CERTIFICATE:
                List<String> ids = line.electricity() == null
                        ? List.of()
                        : line.electricity().certificateIds();
                if (ids.isEmpty()) {
                    problems.add(new InputProblem(
                            i, "electricity.certificateIds", "footprint.error.electricity.certificates-missing"));
                    return null;
                }
                for (String id : ids) {
                    if (!certificates.add(id)) {
                        problems.add(new InputProblem(
                                i, "electricity.certificateIds", "footprint.error.electricity.certificate-twice", id));
                        return null;
                    }
                }
                if (rule.certified() == null) {
                    warnings.add(new CalculationWarning(i, "footprint.warning.certificates-ignored", rule.label()));
                    return codes.grid(true);
                }
                return codes.green(i, line, rule.certified(), rule.transmission() != null, warnings);
            case GREEN_DIRECT_LINE:
            default:
                if (rule.directLine() == null) {
                    warnings.add(new CalculationWarning(i, "footprint.warning.direct-line-ignored", rule.label()));
                    return codes.grid(true);
                }
                return codes.green(i, line, rule.directLine(), false, warnings);
        }
    }

    /** The rule set's background choices, made once per calculation. */
    private static final class ElectricityChoices {
        private final ElectricityRuleSet rule;
        private final ElectricityFactorCodes codes;
        private final boolean claimsGreen;

        ElectricityChoices(ElectricityRuleSet rule, ElectricityFactorCodes codes, List<ActivityLine> lines) {
            this.rule = rule;
            this.codes = codes;
            this.claimsGreen = lines.stream()
                    .anyMatch(l -> l.electricity() != null && l.electricity().supply() != ElectricitySupply.GRID);
        }

        /** Grid electricity (through the public grid: with T&D where the rule adds it). */
        Pick grid(boolean delivered) {
            ElectricityRuleSet.Choice choice = claimsGreen ? rule.remainingGrid() : rule.grid();
            return new Pick(
                    new FactorChoice.Background(override(choice.code())),
                    choice.national(),
                    delivered && rule.transmission() != null);
        }

        /** Green electricity at its technology's factor; without one, the rule's default with a warning. */
        Pick green(
                int i,
                ActivityLine line,
                ElectricityRuleSet.Choice choice,
                boolean transmission,
                List<CalculationWarning> warnings) {
            FactorChoice own = line.factor();
            if (choice.technologyFromLine() && own != null) {
                if (own instanceof FactorChoice.Background b && ElectricityRuleSets.isRuleCode(b.code())) {
                    // an average or residual code is not a technology
                } else {
                    return new Pick(own, true, transmission && own instanceof FactorChoice.Background);
                }
            }
            String code = ElectricityFactorCodes.DEFAULT.green().equals(codes.green()) ? choice.code() : codes.green();
            if (code.equals(choice.code())) {
                warnings.add(new CalculationWarning(i, "footprint.warning.green-technology-missing", code));
            }
            return new Pick(new FactorChoice.Background(code), true, transmission);
        }

        /** A caller may name other grid and residual codes (API {@code electricityFactorCodes}). */
        private String override(String code) {
            if (code.equals(ElectricityRuleSets.GRID_CO2)) {
                return codes.grid();
            }
            if (code.equals(ElectricityRuleSets.RESIDUAL_CO2)) {
                return codes.residual();
            }
            return code;
        }
    }

    /** A background factor ready for use, or why it is not: unknown code (both null) or an unreadable unit. */
    private record Resolved(FactorProvenance factor, String badUnit) {}

    private static Resolved resolve(String code, String geography, Integer year, FactorResolver resolver) {
        Optional<BackgroundFactor> found = resolver.find(code, geography, year);
        if (found.isEmpty() && year != null && code.startsWith("ELEC-CFP-TD")) {
            // the footprint family publishes T&D from 2024 only: the latest value stands in
            found = resolver.find(code, geography, null);
        }
        if (found.isEmpty()) {
            return new Resolved(null, null);
        }
        BackgroundFactor f = found.get();
        FactorUnit unit;
        try {
            unit = UnitConversions.factorUnit(f.unit());
        } catch (UnitException e) {
            return new Resolved(null, f.unit());
        }
        return new Resolved(
                new FactorProvenance(
                        FactorSource.BACKGROUND,
                        f.code(),
                        f.value(),
                        f.unit(),
                        unit.perUnit(),
                        unit.kgCo2ePerNumerator(),
                        f.value().multiply(unit.kgCo2ePerNumerator()).doubleValue(),
                        f.geography(),
                        f.year(),
                        f.releaseCode(),
                        f.citation(),
                        f.uncertainty(),
                        f.category()),
                null);
    }

    private static FactorProvenance specific(int i, FactorChoice.Specific choice, List<InputProblem> problems) {
        FactorUnit unit;
        try {
            unit = UnitConversions.factorUnit(choice.unit());
        } catch (UnitException e) {
            problems.add(new InputProblem(i, "factor.unit", "unit.factor.unknown", choice.unit()));
            return null;
        }
        BigDecimal mass = unit.kgCo2ePerNumerator();
        double kgPerUnit = mass.compareTo(BigDecimal.ONE) == 0
                ? choice.value().doubleValue()
                : choice.value().multiply(mass).doubleValue();
        return new FactorProvenance(
                choice.source(),
                null,
                choice.value(),
                choice.unit(),
                unit.perUnit(),
                mass,
                kgPerUnit,
                null,
                null,
                null,
                choice.citation(),
                null);
    }
}
