package cn.batterycarbon.declaration.imports;

import cn.batterycarbon.declaration.LineCategory;
import cn.batterycarbon.declaration.LineData;
import cn.batterycarbon.declaration.RecyclingRoute;
import cn.batterycarbon.declaration.TransportMode;
import cn.batterycarbon.footprint.core.ElectricitySupply;
import cn.batterycarbon.footprint.core.FactorSource;
import cn.batterycarbon.footprint.core.LifeCycleStage;
import cn.batterycarbon.platform.numbers.NumberRefusedException;
import cn.batterycarbon.platform.numbers.Numbers;
import cn.batterycarbon.platform.numbers.NumericDomain;
import cn.batterycarbon.platform.units.ActivityUnits;
import cn.batterycarbon.platform.units.UnitException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Checks one activity line, whether it comes from a file row, the form or the API, and names
 * every problem with its column. Not thread-safe: it caches unit look-ups (one per import).
 */
public final class LineValidator {

    /** A problem in one column of the line. */
    public record Problem(LineColumn column, String messageKey, Object... arguments) {}

    /** The line, or null with the problems that stopped it. */
    public record Result(LineData line, List<Problem> problems) {}

    private static final int MAX_TEXT = 300;

    private final Map<String, Object> units = new HashMap<>();
    private final Map<String, Object> factorUnits = new HashMap<>();
    private final Map<String, Boolean> convertible = new HashMap<>();

    /** @param cells column → text, blank cells absent or null */
    public Result validate(LifeCycleStage stage, Map<LineColumn, String> cells) {
        List<Problem> problems = new ArrayList<>();
        LineCategory category = category(text(cells, LineColumn.CATEGORY), stage, problems);
        String description = text(cells, LineColumn.DESCRIPTION);
        if (description == null) {
            problems.add(new Problem(LineColumn.DESCRIPTION, "declaration.line.required"));
        } else if (description.length() > MAX_TEXT) {
            problems.add(new Problem(LineColumn.DESCRIPTION, "declaration.line.tooLong", MAX_TEXT));
        }

        TransportMode mode = enumValue(cells, LineColumn.TRANSPORT_MODE, TransportMode.class, problems);
        BigDecimal distance = decimal(cells, LineColumn.DISTANCE_KM, problems);
        BigDecimal mass = decimal(cells, LineColumn.MASS_KG, problems);
        if (category == LineCategory.TRANSPORT && mode == null && !has(problems, LineColumn.TRANSPORT_MODE)) {
            problems.add(new Problem(LineColumn.TRANSPORT_MODE, "declaration.line.transportModeRequired"));
        }
        if (category != null
                && category != LineCategory.TRANSPORT
                && (mode != null || distance != null || mass != null)) {
            problems.add(new Problem(LineColumn.TRANSPORT_MODE, "declaration.line.transportOnly"));
        }

        BigDecimal quantity = decimal(cells, LineColumn.QUANTITY, problems);
        String unitText = text(cells, LineColumn.UNIT);
        String unit = null;
        if (quantity == null && !has(problems, LineColumn.QUANTITY)) {
            if (category == LineCategory.TRANSPORT && distance != null && mass != null) {
                // distance × mass transported, as the transport factor's t*km
                quantity = distance.multiply(mass);
                unit = "kg*km";
                unitText = null;
            } else {
                problems.add(new Problem(LineColumn.QUANTITY, "declaration.line.required"));
            }
        }
        if (unit == null) {
            if (unitText == null) {
                if (quantity != null) {
                    problems.add(new Problem(LineColumn.UNIT, "declaration.line.required"));
                }
            } else {
                unit = unit(unitText, problems);
            }
        }

        ElectricitySupply supply = enumValue(cells, LineColumn.ELECTRICITY_SUPPLY, ElectricitySupply.class, problems);
        if (supply != null && category != null && category != LineCategory.ELECTRICITY) {
            problems.add(new Problem(LineColumn.ELECTRICITY_SUPPLY, "declaration.line.electricityOnly"));
        }
        String certificates = text(cells, LineColumn.CERTIFICATE_IDS);
        if (certificates != null && supply != ElectricitySupply.GREEN_CERTIFICATE) {
            problems.add(new Problem(LineColumn.CERTIFICATE_IDS, "declaration.line.certificatesNeedSupply"));
        }
        if (certificates != null && certificates.length() > 1000) {
            problems.add(new Problem(LineColumn.CERTIFICATE_IDS, "declaration.line.tooLong", 1000));
        }

        String factorCode = text(cells, LineColumn.FACTOR_CODE);
        BigDecimal factorValue = decimal(cells, LineColumn.FACTOR_VALUE, problems);
        if (category == LineCategory.ELECTRICITY
                && supply == null
                && factorCode == null
                && factorValue == null
                && !has(problems, LineColumn.FACTOR_VALUE)) {
            // Electricity with nothing else said comes from the grid of the plant's region.
            supply = ElectricitySupply.GRID;
        }
        String factorUnit = text(cells, LineColumn.FACTOR_UNIT);
        String sourceText = text(cells, LineColumn.FACTOR_SOURCE);
        String citation = text(cells, LineColumn.FACTOR_CITATION);
        FactorSource source = null;
        if (factorCode != null && (factorValue != null || has(problems, LineColumn.FACTOR_VALUE))) {
            problems.add(new Problem(LineColumn.FACTOR_CODE, "declaration.line.factorBoth"));
        } else if (factorCode == null && factorValue == null && !has(problems, LineColumn.FACTOR_VALUE)) {
            if (supply == null) {
                problems.add(new Problem(LineColumn.FACTOR_CODE, "declaration.line.factorMissing"));
            }
        }
        if (factorCode != null && factorCode.length() > 80) {
            problems.add(new Problem(LineColumn.FACTOR_CODE, "declaration.line.tooLong", 80));
        }
        if (factorValue != null) {
            if (factorUnit == null) {
                problems.add(new Problem(LineColumn.FACTOR_UNIT, "declaration.line.factorUnitRequired"));
            } else {
                String perUnit = factorUnit(factorUnit, problems);
                if (perUnit != null && unit != null && !convertible(unit, perUnit)) {
                    problems.add(new Problem(LineColumn.FACTOR_UNIT, "unit.incompatible", unit, factorUnit));
                }
            }
            source = source(sourceText, problems);
        } else if (factorUnit != null || sourceText != null) {
            problems.add(new Problem(
                    factorUnit != null ? LineColumn.FACTOR_UNIT : LineColumn.FACTOR_SOURCE,
                    "declaration.line.specificOnly"));
        }
        if (citation != null && citation.length() > MAX_TEXT) {
            problems.add(new Problem(LineColumn.FACTOR_CITATION, "declaration.line.tooLong", MAX_TEXT));
        }

        BigDecimal share = share(text(cells, LineColumn.RECYCLED_SHARE), problems);
        String origin = text(cells, LineColumn.ORIGIN);
        if (origin != null && origin.length() > 80) {
            problems.add(new Problem(LineColumn.ORIGIN, "declaration.line.tooLong", 80));
        }
        RecyclingRoute route = enumValue(cells, LineColumn.RECYCLING_ROUTE, RecyclingRoute.class, problems);
        if (route != null && stage != LifeCycleStage.RECYCLING) {
            problems.add(new Problem(LineColumn.RECYCLING_ROUTE, "declaration.line.recyclingOnly"));
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(
                new LineData(
                        stage,
                        category,
                        description,
                        quantity,
                        unit,
                        factorCode,
                        factorValue,
                        factorValue == null ? null : factorUnit,
                        source,
                        citation,
                        share,
                        origin,
                        supply,
                        certificates,
                        mode,
                        distance,
                        mass,
                        route),
                List.of());
    }

    private static boolean has(List<Problem> problems, LineColumn column) {
        for (Problem p : problems) {
            if (p.column() == column) {
                return true;
            }
        }
        return false;
    }

    private static String text(Map<LineColumn, String> cells, LineColumn column) {
        String value = cells.get(column);
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static LineCategory category(String text, LifeCycleStage stage, List<Problem> problems) {
        if (text == null) {
            problems.add(new Problem(LineColumn.CATEGORY, "declaration.line.required"));
            return null;
        }
        LineCategory category = parseEnum(LineCategory.class, text);
        if (category == null) {
            problems.add(
                    new Problem(LineColumn.CATEGORY, "declaration.line.unknownValue", text, names(LineCategory.class)));
            return null;
        }
        if (!category.allowedIn(stage)) {
            // the stage and category in the reader's language, not as enum codes
            problems.add(new Problem(
                    LineColumn.CATEGORY,
                    "declaration.line.categoryStage",
                    text,
                    new DefaultMessageSourceResolvable(
                            new String[] {"footprint.stage." + stage.batteryPassName()}, stage.batteryPassName()),
                    new DefaultMessageSourceResolvable(
                            new String[] {"declaration.category." + category.name()}, category.name())));
            return null;
        }
        return category;
    }

    private static <E extends Enum<E>> E enumValue(
            Map<LineColumn, String> cells, LineColumn column, Class<E> type, List<Problem> problems) {
        String text = text(cells, column);
        if (text == null) {
            return null;
        }
        E value = parseEnum(type, text);
        if (value == null) {
            problems.add(new Problem(column, "declaration.line.unknownValue", text, names(type)));
        }
        return value;
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
        String key = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(key)) {
                return constant;
            }
        }
        return null;
    }

    private static String names(Class<? extends Enum<?>> type) {
        StringBuilder names = new StringBuilder();
        for (Enum<?> constant : type.getEnumConstants()) {
            if (names.length() > 0) {
                names.append(", ");
            }
            names.append(constant.name());
        }
        return names.toString();
    }

    private static BigDecimal decimal(Map<LineColumn, String> cells, LineColumn column, List<Problem> problems) {
        String text = text(cells, column);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal value = Numbers.parse(
                    text, column == LineColumn.FACTOR_VALUE ? NumericDomain.FACTOR_VALUE : NumericDomain.QUANTITY);
            if (value.signum() < 0) {
                // a declaration's own factor is an emission, never a credit
                problems.add(new Problem(column, "number.negative", text));
                return null;
            }
            return value;
        } catch (NumberRefusedException e) {
            problems.add(new Problem(column, e.messageKey(), e.arguments()));
            return null;
        }
    }

    private static BigDecimal share(String text, List<Problem> problems) {
        if (text == null) {
            return null;
        }
        boolean percent = text.endsWith("%") || text.endsWith("％");
        try {
            BigDecimal value = Numbers.read(percent ? text.substring(0, text.length() - 1) : text);
            if (percent) {
                value = Numbers.check(value, NumericDomain.AMOUNT).movePointLeft(2);
            }
            value = Numbers.check(value, NumericDomain.SHARE);
            return value.setScale(Math.max(0, Math.min(4, value.scale())), java.math.RoundingMode.HALF_UP);
        } catch (NumberRefusedException e) {
            problems.add(new Problem(LineColumn.RECYCLED_SHARE, "declaration.line.share", text));
            return null;
        }
    }

    private static FactorSource source(String text, List<Problem> problems) {
        if (text == null) {
            return FactorSource.COMPANY_SPECIFIC;
        }
        String key = text.strip().toUpperCase(Locale.ROOT);
        switch (key) {
            case "COMPANY", "COMPANY_SPECIFIC", "企业", "企业自有" -> {
                return FactorSource.COMPANY_SPECIFIC;
            }
            case "SUPPLIER", "SUPPLIER_SPECIFIC", "供应商" -> {
                return FactorSource.SUPPLIER_SPECIFIC;
            }
            default -> {
                problems.add(new Problem(
                        LineColumn.FACTOR_SOURCE, "declaration.line.unknownValue", text, "COMPANY, SUPPLIER"));
                return null;
            }
        }
    }

    private String unit(String text, List<Problem> problems) {
        Object cached = units.computeIfAbsent(text, t -> {
            try {
                return ActivityUnits.canonical(t);
            } catch (UnitException e) {
                return e;
            }
        });
        if (cached instanceof UnitException e) {
            problems.add(new Problem(LineColumn.UNIT, e.messageKey(), e.arguments()));
            return null;
        }
        return (String) cached;
    }

    private String factorUnit(String text, List<Problem> problems) {
        Object cached = factorUnits.computeIfAbsent(text, t -> {
            try {
                return ActivityUnits.factorUnit(t).perUnit();
            } catch (UnitException e) {
                return e;
            }
        });
        if (cached instanceof UnitException e) {
            problems.add(new Problem(LineColumn.FACTOR_UNIT, e.messageKey(), e.arguments()));
            return null;
        }
        return (String) cached;
    }

    private boolean convertible(String unit, String perUnit) {
        return convertible.computeIfAbsent(unit + "\u0000" + perUnit, k -> ActivityUnits.convertible(unit, perUnit));
    }
}
