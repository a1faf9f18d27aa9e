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
 * <p>Numeric approach: each line is {@code quantity × (conversion × factor)} in double (three
 * correctly rounded operations, relative error below 4 × 2⁻⁵³); stage totals, the absolute total,
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

        for (int i = 0; i < n; i++) {
            ActivityLine line = lines.get(i);
            ElectricitySupply supply = supplyOf(line, input.electricityFactorCodes());
            FactorChoice choice = supply == null
                    ? line.factor()
                    : electricityFactor(i, line, supply, input, certificates, problems, warnings);
            if (choice == null) {
                continue;
            }
            FactorProvenance factor;
            String factorField;
            if (choice instanceof FactorChoice.Background b) {
                factorField = "factorCode";
                Resolved resolved = background.computeIfAbsent(b.code(), code -> resolve(code, input, resolver));
                factor = resolved.factor();
                if (factor == null) {
                    problems.add(
                            resolved.badUnit() == null
                                    ? new InputProblem(
                                            i,
                                            factorField,
                                            "footprint.error.factor.unknown-code",
                                            b.code(),
                                            resolver.releaseCode())
                                    : new InputProblem(
                                            i,
                                            factorField,
                                            "footprint.error.factor.bad-unit",
                                            b.code(),
                                            resolved.badUnit()));
                    continue;
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
                warnings);
    }

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
        if (line.factor() instanceof FactorChoice.Background b && b.code().equals(codes.grid())) {
            return ElectricitySupply.GRID;
        }
        return null;
    }

    /**
     * The factor the electricity rule gives a line (methodology §1):
     *
     * <pre>
     * supply              LOCATION_BASED      MARKET_BASED_CN              EU_DRAFT_DA
     * GRID                grid average        residual                     grid average
     * GREEN_CERTIFICATE   grid average (*)    line's factor or green code  grid average (*)
     * GREEN_DIRECT_LINE   grid average (*)    line's factor or green code  line's factor or green code
     * (*) with a warning that the green supply was not counted
     * </pre>
     */
    private static FactorChoice electricityFactor(
            int i,
            ActivityLine line,
            ElectricitySupply supply,
            DeclarationInput input,
            Set<String> certificates,
            List<InputProblem> problems,
            List<CalculationWarning> warnings) {
        ElectricityFactorCodes codes = input.electricityFactorCodes();
        ElectricityRule rule = input.electricityRule();
        FactorChoice.Background grid = new FactorChoice.Background(codes.grid());
        switch (supply) {
            case GRID:
                if (line.factor() instanceof FactorChoice.Specific) {
                    problems.add(new InputProblem(i, "factor", "footprint.error.electricity.grid-specific"));
                    return null;
                }
                if (rule == ElectricityRule.MARKET_BASED_CN) {
                    return new FactorChoice.Background(codes.residual());
                }
                return line.factor() != null ? line.factor() : grid;
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
                if (rule != ElectricityRule.MARKET_BASED_CN) {
                    warnings.add(new CalculationWarning(i, "footprint.warning.certificates-ignored", rule.name()));
                    return grid;
                }
                return line.factor() != null ? line.factor() : new FactorChoice.Background(codes.green());
            case GREEN_DIRECT_LINE:
            default:
                if (rule == ElectricityRule.LOCATION_BASED) {
                    warnings.add(new CalculationWarning(i, "footprint.warning.direct-line-ignored", rule.name()));
                    return grid;
                }
                return line.factor() != null ? line.factor() : new FactorChoice.Background(codes.green());
        }
    }

    /** A background factor ready for use, or why it is not: unknown code (both null) or an unreadable unit. */
    private record Resolved(FactorProvenance factor, String badUnit) {}

    private static Resolved resolve(String code, DeclarationInput input, FactorResolver resolver) {
        Optional<BackgroundFactor> found = resolver.find(code, input.gridGeography(), input.referenceYear());
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
                        f.uncertainty()),
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
