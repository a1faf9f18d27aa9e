package cn.batterycarbon.factor.core;

import cn.batterycarbon.factor.core.FactorEntry.Pedigree;
import cn.batterycarbon.factor.core.FactorEntry.Uncertainty;
import cn.batterycarbon.platform.numbers.NumberRefusedException;
import cn.batterycarbon.platform.numbers.Numbers;
import cn.batterycarbon.platform.numbers.NumericDomain;
import cn.batterycarbon.platform.units.ActivityUnits;
import cn.batterycarbon.platform.units.UnitException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one row of text (from a form, a CSV or XLSX file, or the API) into a {@link FactorEntry},
 * collecting every problem instead of stopping at the first. Units are parsed and normalized with
 * {@link ActivityUnits}: a value given per tonne of CO2e is converted to kg CO2e exactly.
 */
public final class FactorRowValidator {

    private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9_.-]{0,59}$");
    private static final Set<String> DISTRIBUTIONS = Set.of("LOGNORMAL", "NORMAL", "UNIFORM", "TRIANGULAR");
    private static final int MAX_NAME = 300;

    /** Text that a spreadsheet would run as a formula when the exported CSV is opened (CSV injection). */
    private static final String FORMULA_START = "=+@";

    private static final List<FactorColumn> TEXT_COLUMNS =
            List.of(FactorColumn.NAME_ZH, FactorColumn.NAME_EN, FactorColumn.SOURCE, FactorColumn.NOTE);
    private static final int MAX_URL = 500;
    /** The column is varchar(40): a longer unit (60 characters once answered 500) is refused here. */
    private static final int MAX_UNIT = 40;

    private FactorRowValidator() {}

    /** The outcome: the entry when there were no problems, otherwise the problems. */
    public record Result(FactorEntry entry, List<FactorProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public static Result validate(int row, Map<FactorColumn, String> cells) {
        Problems problems = new Problems(row);
        String code = text(cells, FactorColumn.CODE);
        if (code == null) {
            problems.add(FactorColumn.CODE, "factor.problem.required");
        } else {
            code = code.toUpperCase(Locale.ROOT);
            if (!CODE.matcher(code).matches()) {
                problems.add(FactorColumn.CODE, "factor.problem.code", code);
            }
        }
        FactorCategory category = null;
        String categoryText = text(cells, FactorColumn.CATEGORY);
        if (categoryText == null) {
            problems.add(FactorColumn.CATEGORY, "factor.problem.required");
        } else {
            try {
                category = FactorCategory.valueOf(
                        categoryText.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
            } catch (IllegalArgumentException e) {
                problems.add(FactorColumn.CATEGORY, "factor.problem.category", categoryText);
            }
        }
        String nameZh = name(cells, FactorColumn.NAME_ZH, problems);
        String nameEn = name(cells, FactorColumn.NAME_EN, problems);

        BigDecimal value = number(cells, FactorColumn.VALUE, true, problems);
        BigDecimal toKilograms = BigDecimal.ONE;
        String unit = null;
        String unitText = text(cells, FactorColumn.UNIT);
        if (unitText == null) {
            problems.add(FactorColumn.UNIT, "factor.problem.required");
        } else if (unitText.length() > MAX_UNIT) {
            problems.add(FactorColumn.UNIT, "factor.problem.tooLong", MAX_UNIT);
        } else {
            try {
                ActivityUnits.FactorUnit parsed = ActivityUnits.factorUnit(unitText);
                unit = parsed.normalized();
                toKilograms = parsed.kgCo2ePerNumerator();
                if (value != null) {
                    try {
                        // per tonne → per kg can leave the domain: check the stored value too
                        value = Numbers.check(
                                value.multiply(toKilograms).stripTrailingZeros(), NumericDomain.FACTOR_VALUE);
                    } catch (NumberRefusedException e) {
                        problems.add(FactorColumn.VALUE, e.messageKey(), e.arguments());
                        value = null;
                    }
                }
            } catch (UnitException e) {
                problems.add(FactorColumn.UNIT, e.messageKey(), e.arguments());
            }
        }
        if (value != null && category != null && value.signum() < 0 && !category.allowsCredits()) {
            problems.add(FactorColumn.VALUE, "factor.problem.negative", value.toPlainString());
        }

        String geography = null;
        String geographyText = text(cells, FactorColumn.GEOGRAPHY);
        if (geographyText == null) {
            problems.add(FactorColumn.GEOGRAPHY, "factor.problem.required");
        } else {
            geography = Geographies.parse(geographyText).orElse(null);
            if (geography == null) {
                problems.add(FactorColumn.GEOGRAPHY, "factor.problem.geography", geographyText);
            }
        }
        Integer year = integer(cells, FactorColumn.YEAR, true, 1990, 2100, problems);

        String source = text(cells, FactorColumn.SOURCE);
        if (source == null) {
            problems.add(FactorColumn.SOURCE, "factor.problem.source");
        }
        String url = text(cells, FactorColumn.SOURCE_URL);
        if (url != null && !isWebLink(url)) {
            problems.add(FactorColumn.SOURCE_URL, "factor.problem.url", url);
        }

        Pedigree pedigree = new Pedigree(
                integer(cells, FactorColumn.PEDIGREE_RELIABILITY, false, 1, 5, problems),
                integer(cells, FactorColumn.PEDIGREE_COMPLETENESS, false, 1, 5, problems),
                integer(cells, FactorColumn.PEDIGREE_TEMPORAL, false, 1, 5, problems),
                integer(cells, FactorColumn.PEDIGREE_GEOGRAPHICAL, false, 1, 5, problems),
                integer(cells, FactorColumn.PEDIGREE_TECHNOLOGICAL, false, 1, 5, problems));

        Uncertainty uncertainty = inUnitOfValue(uncertainty(cells, problems), toKilograms);
        if (uncertainty != null
                && value != null
                && uncertainty.b() != null
                && (value.compareTo(uncertainty.a()) < 0 || value.compareTo(uncertainty.b()) > 0)) {
            problems.add(
                    FactorColumn.UNCERTAINTY_A,
                    "factor.problem.uncertainty.outside",
                    value.toPlainString(),
                    uncertainty.a().toPlainString(),
                    uncertainty.b().toPlainString());
        }

        for (FactorColumn column : TEXT_COLUMNS) {
            String text = text(cells, column);
            if (text != null && FORMULA_START.indexOf(text.charAt(0)) >= 0) {
                problems.add(column, "factor.problem.formula", text.charAt(0));
            }
        }
        if (!problems.list.isEmpty()) {
            return new Result(null, List.copyOf(problems.list));
        }
        return new Result(
                new FactorEntry(
                        code,
                        category,
                        nameZh,
                        nameEn,
                        value,
                        unit,
                        geography,
                        year,
                        source,
                        url,
                        pedigree,
                        uncertainty,
                        text(cells, FactorColumn.NOTE)),
                List.of());
    }

    private static Uncertainty uncertainty(Map<FactorColumn, String> cells, Problems problems) {
        String distribution = text(cells, FactorColumn.UNCERTAINTY_DISTRIBUTION);
        BigDecimal a = number(cells, FactorColumn.UNCERTAINTY_A, false, problems);
        BigDecimal b = number(cells, FactorColumn.UNCERTAINTY_B, false, problems);
        if (distribution == null) {
            if (a != null || b != null) {
                problems.add(FactorColumn.UNCERTAINTY_DISTRIBUTION, "factor.problem.uncertainty.distributionMissing");
            }
            return null;
        }
        distribution = distribution.toUpperCase(Locale.ROOT);
        if (!DISTRIBUTIONS.contains(distribution)) {
            problems.add(
                    FactorColumn.UNCERTAINTY_DISTRIBUTION, "factor.problem.uncertainty.distribution", distribution);
            return null;
        }
        if (a == null) {
            problems.add(FactorColumn.UNCERTAINTY_A, "factor.problem.required");
            return null;
        }
        switch (distribution) {
            case "LOGNORMAL" -> {
                if (a.compareTo(BigDecimal.ONE) < 0) {
                    problems.add(FactorColumn.UNCERTAINTY_A, "factor.problem.uncertainty.gsd", a.toPlainString());
                }
            }
            case "NORMAL" -> {
                if (a.signum() < 0) {
                    problems.add(FactorColumn.UNCERTAINTY_A, "factor.problem.uncertainty.sd", a.toPlainString());
                }
            }
            default -> {
                if (b == null) {
                    problems.add(FactorColumn.UNCERTAINTY_B, "factor.problem.required");
                    return null;
                }
                if (a.compareTo(b) > 0) {
                    problems.add(
                            FactorColumn.UNCERTAINTY_B,
                            "factor.problem.uncertainty.range",
                            a.toPlainString(),
                            b.toPlainString());
                    return null;
                }
            }
        }
        return new Uncertainty(
                distribution, a, "LOGNORMAL".equals(distribution) || "NORMAL".equals(distribution) ? null : b);
    }

    /**
     * Standard deviations and ranges are in the unit of the value and are converted with it (a
     * range given in t CO2e becomes kg CO2e); a geometric standard deviation has no unit.
     */
    private static Uncertainty inUnitOfValue(Uncertainty uncertainty, BigDecimal toKilograms) {
        if (uncertainty == null || "LOGNORMAL".equals(uncertainty.distribution())) {
            return uncertainty;
        }
        return new Uncertainty(
                uncertainty.distribution(),
                uncertainty.a().multiply(toKilograms).stripTrailingZeros(),
                uncertainty.b() == null
                        ? null
                        : uncertainty.b().multiply(toKilograms).stripTrailingZeros());
    }

    private static String name(Map<FactorColumn, String> cells, FactorColumn column, Problems problems) {
        String name = text(cells, column);
        if (name == null) {
            problems.add(column, "factor.problem.required");
        } else if (name.length() > MAX_NAME) {
            problems.add(column, "factor.problem.tooLong", MAX_NAME);
        }
        return name;
    }

    private static BigDecimal number(
            Map<FactorColumn, String> cells, FactorColumn column, boolean required, Problems problems) {
        String text = text(cells, column);
        if (text == null) {
            if (required) {
                problems.add(column, "factor.problem.required");
            }
            return null;
        }
        try {
            return Numbers.parse(text, NumericDomain.FACTOR_VALUE);
        } catch (NumberRefusedException e) {
            problems.add(column, e.messageKey(), e.arguments());
            return null;
        }
    }

    private static Integer integer(
            Map<FactorColumn, String> cells,
            FactorColumn column,
            boolean required,
            int min,
            int max,
            Problems problems) {
        BigDecimal number = number(cells, column, required, problems);
        if (number == null) {
            return null;
        }
        try {
            int value = number.stripTrailingZeros().intValueExact();
            if (value < min || value > max) {
                problems.add(column, "factor.problem.range", text(cells, column), min, max);
                return null;
            }
            return value;
        } catch (ArithmeticException e) {
            problems.add(column, "factor.problem.integer", text(cells, column));
            return null;
        }
    }

    private static boolean isWebLink(String url) {
        if (url.length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String text(Map<FactorColumn, String> cells, FactorColumn column) {
        String value = cells.get(column);
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static final class Problems {
        private final int row;
        private final List<FactorProblem> list = new java.util.ArrayList<>();

        Problems(int row) {
            this.row = row;
        }

        void add(FactorColumn column, String key, Object... arguments) {
            list.add(new FactorProblem(row, column, key, arguments));
        }
    }
}
