package cn.batterycarbon.footprint.web;

import cn.batterycarbon.factor.Province;
import cn.batterycarbon.footprint.core.ActivityLine;
import cn.batterycarbon.footprint.core.Electricity;
import cn.batterycarbon.footprint.core.ElectricityFactorCodes;
import cn.batterycarbon.footprint.core.ElectricityRule;
import cn.batterycarbon.footprint.core.ElectricitySupply;
import cn.batterycarbon.footprint.core.FactorChoice;
import cn.batterycarbon.footprint.core.FactorSource;
import cn.batterycarbon.footprint.core.FunctionalUnit;
import cn.batterycarbon.footprint.core.LifeCycleStage;
import cn.batterycarbon.footprint.core.VehicleCategory;
import cn.batterycarbon.platform.numbers.NumberRefusedException;
import cn.batterycarbon.platform.numbers.Numbers;
import cn.batterycarbon.platform.numbers.NumericDomain;
import cn.batterycarbon.platform.units.ActivityUnits;
import cn.batterycarbon.platform.units.UnitException;
import cn.batterycarbon.platform.web.FieldErrorsException.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads a calculation request from its JSON tree, collecting a {@link FieldError} for every
 * offending field (JSON paths such as {@code lines[2].unit}) instead of stopping at the first.
 * Lines that are fine are kept with their original index so that the core can check them too.
 */
final class CalculationRequestReader {

    /** Upper bound of lines per request, to keep one request from exhausting the server. */
    static final int MAX_LINES = 200_000;

    /** A line that read cleanly, with its index in the request. */
    record IndexedLine(int index, ActivityLine line) {}

    /** What the request asked for; fields are null where the request was wrong. */
    record Parsed(
            FunctionalUnit functionalUnit,
            ElectricityRule electricityRule,
            Province province,
            String factorRelease,
            Integer referenceYear,
            ElectricityFactorCodes electricityFactorCodes,
            Long uncertaintySeed,
            int requestedLines,
            List<IndexedLine> lines,
            List<FieldError> errors) {}

    private final List<FieldError> errors = new ArrayList<>();

    static Parsed read(JsonNode root) {
        return new CalculationRequestReader().parse(root);
    }

    private Parsed parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            errors.add(new FieldError("$", "footprint.error.body"));
            return new Parsed(null, null, null, null, null, null, null, 0, List.of(), errors);
        }
        FunctionalUnit functionalUnit = functionalUnit(root.get("functionalUnit"));
        ElectricityRule rule = enumValue(root, "electricityRule", "electricityRule", ElectricityRule.class, true);
        Province province = province(root.get("province"));
        String release = optionalText(root, "factorRelease", "factorRelease");
        Integer year = optionalInteger(root, "referenceYear", "referenceYear", 1990, 2100);
        ElectricityFactorCodes codes = electricityFactorCodes(root.get("electricityFactorCodes"));
        Long seed = uncertaintySeed(root.get("uncertainty"));
        JsonNode lines = root.get("lines");
        List<IndexedLine> read = new ArrayList<>();
        int count = 0;
        if (lines == null || lines.isNull() || !lines.isArray()) {
            errors.add(new FieldError("lines", "footprint.error.lines.missing"));
        } else if (lines.isEmpty()) {
            errors.add(new FieldError("lines", "footprint.error.lines.missing"));
        } else if (lines.size() > MAX_LINES) {
            errors.add(new FieldError("lines", "footprint.error.lines.too-many", MAX_LINES));
        } else {
            count = lines.size();
            for (int i = 0; i < count; i++) {
                ActivityLine line = line(lines.get(i), "lines[" + i + "]");
                if (line != null) {
                    read.add(new IndexedLine(i, line));
                }
            }
        }
        return new Parsed(functionalUnit, rule, province, release, year, codes, seed, count, read, errors);
    }

    private FunctionalUnit functionalUnit(JsonNode node) {
        if (node == null || node.isNull() || !node.isObject()) {
            errors.add(new FieldError("functionalUnit", "footprint.error.required"));
            return null;
        }
        String method = optionalText(node, "method", "functionalUnit.method");
        if (method == null) {
            errors.add(new FieldError("functionalUnit.method", "footprint.error.functional-unit.method"));
            return null;
        }
        switch (method.trim().toUpperCase(Locale.ROOT)) {
            case "EU_FEQC":
                BigDecimal usable = positive(node, "usableEnergyKwh", "functionalUnit.usableEnergyKwh");
                BigDecimal years = positive(node, "serviceLifeYears", "functionalUnit.serviceLifeYears");
                BigDecimal cycles;
                JsonNode category = node.get("vehicleCategory");
                if (present(node.get("cyclesPerYear")) || !present(category)) {
                    cycles = positive(node, "cyclesPerYear", "functionalUnit.cyclesPerYear");
                } else {
                    VehicleCategory vehicle = enumValue(
                            node, "vehicleCategory", "functionalUnit.vehicleCategory", VehicleCategory.class, true);
                    cycles = vehicle == null ? null : vehicle.fullEquivalentCyclesPerYear();
                }
                return usable == null || years == null || cycles == null
                        ? null
                        : new FunctionalUnit.EuFeqc(usable, cycles, years);
            case "MEASURED_CYCLES":
                BigDecimal rated = positive(node, "ratedEnergyKwh", "functionalUnit.ratedEnergyKwh");
                BigDecimal efc = positive(node, "equivalentFullCycles", "functionalUnit.equivalentFullCycles");
                BigDecimal dod = positive(node, "depthOfDischarge", "functionalUnit.depthOfDischarge");
                if (dod != null && dod.compareTo(BigDecimal.ONE) > 0) {
                    errors.add(new FieldError("functionalUnit.depthOfDischarge", "footprint.error.depth-of-discharge"));
                    dod = null;
                }
                return rated == null || efc == null || dod == null
                        ? null
                        : new FunctionalUnit.MeasuredCycles(rated, efc, dod);
            default:
                errors.add(new FieldError("functionalUnit.method", "footprint.error.functional-unit.method"));
                return null;
        }
    }

    private Province province(JsonNode node) {
        if (!present(node)) {
            return null;
        }
        if (!node.isString()) {
            errors.add(new FieldError("province", "footprint.error.province", node.toString()));
            return null;
        }
        return Province.parse(node.stringValue()).orElseGet(() -> {
            errors.add(new FieldError("province", "footprint.error.province", node.stringValue()));
            return null;
        });
    }

    private ElectricityFactorCodes electricityFactorCodes(JsonNode node) {
        if (!present(node)) {
            return ElectricityFactorCodes.DEFAULT;
        }
        if (!node.isObject()) {
            errors.add(new FieldError("electricityFactorCodes", "footprint.error.object"));
            return null;
        }
        ElectricityFactorCodes defaults = ElectricityFactorCodes.DEFAULT;
        String grid = optionalText(node, "grid", "electricityFactorCodes.grid");
        String residual = optionalText(node, "residual", "electricityFactorCodes.residual");
        String green = optionalText(node, "green", "electricityFactorCodes.green");
        return new ElectricityFactorCodes(
                grid == null ? defaults.grid() : grid,
                residual == null ? defaults.residual() : residual,
                green == null ? defaults.green() : green);
    }

    private Long uncertaintySeed(JsonNode node) {
        if (!present(node)) {
            return null;
        }
        if (!node.isObject()) {
            errors.add(new FieldError("uncertainty", "footprint.error.object"));
            return null;
        }
        JsonNode seed = node.get("seed");
        if (!present(seed)) {
            return 0L;
        }
        if (!seed.isIntegralNumber() || !seed.canConvertToLong()) {
            errors.add(new FieldError("uncertainty.seed", "footprint.error.integer"));
            return null;
        }
        return seed.longValue();
    }

    private ActivityLine line(JsonNode node, String path) {
        int before = errors.size();
        if (node == null || !node.isObject()) {
            errors.add(new FieldError(path, "footprint.error.object"));
            return null;
        }
        LifeCycleStage stage = null;
        JsonNode stageNode = node.get("stage");
        if (!present(stageNode)) {
            errors.add(new FieldError(path + ".stage", "footprint.error.required"));
        } else if (!stageNode.isString()
                || LifeCycleStage.parse(stageNode.stringValue()).isEmpty()) {
            errors.add(new FieldError(path + ".stage", "footprint.error.stage", stageNode.asString()));
        } else {
            stage = LifeCycleStage.parse(stageNode.stringValue()).orElseThrow();
        }
        String description = optionalText(node, "description", path + ".description");
        BigDecimal quantity = number(node, "quantity", path + ".quantity", true);
        if (quantity != null && quantity.signum() < 0) {
            errors.add(new FieldError(path + ".quantity", "footprint.error.quantity.negative"));
        }
        String unit = null;
        String unitText = optionalText(node, "unit", path + ".unit");
        if (unitText == null) {
            if (!lastIs(errors, path + ".unit")) {
                errors.add(new FieldError(path + ".unit", "footprint.error.required"));
            }
        } else {
            try {
                unit = ActivityUnits.canonical(unitText);
            } catch (UnitException e) {
                errors.add(new FieldError(path + ".unit", e.messageKey(), e.arguments()));
            }
        }
        Electricity electricity = electricity(node.get("electricity"), path + ".electricity");
        FactorChoice factor = factor(node, path, electricity != null || present(node.get("electricity")));
        boolean credit = false;
        JsonNode creditNode = node.get("recyclingCredit");
        if (present(creditNode)) {
            if (!creditNode.isBoolean()) {
                errors.add(new FieldError(path + ".recyclingCredit", "footprint.error.boolean"));
            } else {
                credit = creditNode.booleanValue();
                if (credit && stage != null && stage != LifeCycleStage.RECYCLING) {
                    errors.add(new FieldError(path + ".recyclingCredit", "footprint.error.credit.stage"));
                }
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new ActivityLine(stage, description, quantity, unit, factor, electricity, credit);
    }

    private FactorChoice factor(JsonNode node, String path, boolean electricity) {
        boolean hasCode = present(node.get("factorCode"));
        boolean hasFactor = present(node.get("factor"));
        if (hasCode && hasFactor) {
            errors.add(new FieldError(path + ".factor", "footprint.error.factor.both"));
            return null;
        }
        if (hasCode) {
            String code = optionalText(node, "factorCode", path + ".factorCode");
            return code == null ? null : new FactorChoice.Background(code.trim());
        }
        if (!hasFactor) {
            if (!electricity) {
                errors.add(new FieldError(path + ".factor", "footprint.error.factor.missing"));
            }
            return null;
        }
        JsonNode factor = node.get("factor");
        if (!factor.isObject()) {
            errors.add(new FieldError(path + ".factor", "footprint.error.object"));
            return null;
        }
        BigDecimal value = number(factor, "value", path + ".factor.value", true);
        String unit = optionalText(factor, "unit", path + ".factor.unit");
        if (unit == null) {
            if (!lastIs(errors, path + ".factor.unit")) {
                errors.add(new FieldError(path + ".factor.unit", "footprint.error.required"));
            }
        } else {
            try {
                ActivityUnits.factorUnit(unit);
            } catch (UnitException e) {
                errors.add(new FieldError(path + ".factor.unit", e.messageKey(), e.arguments()));
                unit = null;
            }
        }
        FactorSource source = FactorSource.COMPANY_SPECIFIC;
        if (present(factor.get("source"))) {
            source = enumValue(factor, "source", path + ".factor.source", FactorSource.class, true);
            if (source == FactorSource.BACKGROUND) {
                errors.add(new FieldError(path + ".factor.source", "footprint.error.factor.source"));
                source = null;
            }
        }
        String citation = optionalText(factor, "citation", path + ".factor.citation");
        if (value == null || unit == null || source == null) {
            return null;
        }
        return new FactorChoice.Specific(source, value, unit, citation);
    }

    private Electricity electricity(JsonNode node, String path) {
        if (!present(node)) {
            return null;
        }
        if (!node.isObject()) {
            errors.add(new FieldError(path, "footprint.error.object"));
            return null;
        }
        ElectricitySupply supply = enumValue(node, "supply", path + ".supply", ElectricitySupply.class, true);
        List<String> ids = new ArrayList<>();
        JsonNode certificates = node.get("certificateIds");
        if (present(certificates)) {
            if (!certificates.isArray()) {
                errors.add(new FieldError(path + ".certificateIds", "footprint.error.array"));
            } else {
                for (int i = 0; i < certificates.size(); i++) {
                    JsonNode id = certificates.get(i);
                    if (!id.isString() || id.stringValue().isBlank()) {
                        errors.add(new FieldError(path + ".certificateIds[" + i + "]", "footprint.error.text"));
                    } else {
                        ids.add(id.stringValue().trim());
                    }
                }
            }
        }
        return supply == null ? null : new Electricity(supply, ids);
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    private String optionalText(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (!present(node)) {
            return null;
        }
        if (!node.isString() || node.stringValue().isBlank()) {
            errors.add(new FieldError(path, "footprint.error.text"));
            return null;
        }
        return node.stringValue();
    }

    private Integer optionalInteger(JsonNode parent, String name, String path, int min, int max) {
        JsonNode node = parent.get(name);
        if (!present(node)) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            errors.add(new FieldError(path, "footprint.error.integer-range", min, max));
            return null;
        }
        return node.intValue();
    }

    /** A finite JSON number; {@code NaN}, infinities and numbers written as text are refused. */
    private BigDecimal number(JsonNode parent, String name, String path, boolean required) {
        JsonNode node = parent.get(name);
        if (!present(node)) {
            if (required) {
                errors.add(new FieldError(path, "footprint.error.required"));
            }
            return null;
        }
        if (!node.isNumber()) {
            errors.add(new FieldError(path, "footprint.error.number", node.toString()));
            return null;
        }
        if (node.isFloatingPointNumber() && !node.isBigDecimal() && !Double.isFinite(node.doubleValue())) {
            // 9e999 read as a double is infinite: far outside the numeric domain
            errors.add(new FieldError(path, "number.tooLarge", node.toString(), "10^15"));
            return null;
        }
        try {
            // magnitude and precision before any arithmetic: 1e308 or 1e-999999999 stop here
            return Numbers.check(node.decimalValue(), NumericDomain.AMOUNT);
        } catch (NumberRefusedException e) {
            errors.add(new FieldError(path, e.messageKey(), e.arguments()));
            return null;
        }
    }

    private BigDecimal positive(JsonNode parent, String name, String path) {
        BigDecimal value = number(parent, name, path, true);
        if (value != null && value.signum() <= 0) {
            errors.add(new FieldError(path, "footprint.error.positive"));
            return null;
        }
        return value;
    }

    private <E extends Enum<E>> E enumValue(
            JsonNode parent, String name, String path, Class<E> type, boolean required) {
        JsonNode node = parent.get(name);
        if (!present(node)) {
            if (required) {
                errors.add(new FieldError(path, "footprint.error.required"));
            }
            return null;
        }
        String allowed = String.join(
                ", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        Function<String, E> parse = text -> Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equalsIgnoreCase(text.trim()))
                .findFirst()
                .orElse(null);
        E value = node.isString() ? parse.apply(node.stringValue()) : null;
        if (value == null) {
            errors.add(new FieldError(path, "footprint.error.enum", node.asString(), allowed));
        }
        return value;
    }

    /**
     * Whether the error just added is about this field (optionalText names a non-text value itself).
     * Looking at the last error only keeps validation linear: searching all errors for every line
     * made 50,000 bad lines take minutes.
     */
    private static boolean lastIs(List<FieldError> errors, String field) {
        return !errors.isEmpty() && errors.get(errors.size() - 1).field().equals(field);
    }
}
