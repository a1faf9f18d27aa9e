package cn.batterycarbon.platform.units;

import static javax.measure.MetricPrefix.GIGA;
import static javax.measure.MetricPrefix.KILO;
import static javax.measure.MetricPrefix.MEGA;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.measure.IncommensurableException;
import javax.measure.UnconvertibleException;
import javax.measure.Unit;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.function.RationalNumber;
import tech.units.indriya.unit.Units;

/**
 * The units activity data and emission factors are declared in, parsed from the platform's
 * written form ({@code kg}, {@code MWh}, {@code t*km}, {@code kgCO2e/(t*km)}) into JSR 385 units
 * (Indriya), and the exact conversion factors between them. Plain Java: no Spring.
 *
 * <p>Conversions come from the units library, never from hand-written multipliers; they are
 * returned as {@link BigDecimal} (exact for every pair listed here: powers of ten and 3.6).
 */
public final class ActivityUnits {

    private static final Unit<?> TONNE = Units.KILOGRAM.multiply(1000);
    private static final Unit<?> KILOWATT_HOUR = KILO(Units.WATT).multiply(Units.HOUR);

    /** Written form → unit; the written forms are what users type and what templates show. */
    private static final Map<String, Unit<?>> QUANTITY_UNITS = new LinkedHashMap<>();

    /** Accepted alternative spellings → written form. */
    private static final Map<String, String> ALIASES = new LinkedHashMap<>();

    static {
        QUANTITY_UNITS.put("g", Units.GRAM);
        QUANTITY_UNITS.put("kg", Units.KILOGRAM);
        QUANTITY_UNITS.put("t", TONNE);
        QUANTITY_UNITS.put("kWh", KILOWATT_HOUR);
        QUANTITY_UNITS.put("MWh", MEGA(Units.WATT).multiply(Units.HOUR));
        QUANTITY_UNITS.put("GWh", GIGA(Units.WATT).multiply(Units.HOUR));
        QUANTITY_UNITS.put("MJ", MEGA(Units.JOULE));
        QUANTITY_UNITS.put("GJ", GIGA(Units.JOULE));
        QUANTITY_UNITS.put("m3", Units.CUBIC_METRE);
        QUANTITY_UNITS.put("L", Units.LITRE);
        QUANTITY_UNITS.put("t*km", TONNE.multiply(KILO(Units.METRE)));
        QUANTITY_UNITS.put("kg*km", Units.KILOGRAM.multiply(KILO(Units.METRE)));
        QUANTITY_UNITS.put("piece", AbstractUnit.ONE);

        ALIASES.put("tkm", "t*km");
        ALIASES.put("t·km", "t*km");
        ALIASES.put("t km", "t*km");
        ALIASES.put("kgkm", "kg*km");
        ALIASES.put("kg·km", "kg*km");
        ALIASES.put("m³", "m3");
        ALIASES.put("nm3", "m3");
        ALIASES.put("l", "L");
        ALIASES.put("pcs", "piece");
        ALIASES.put("pc", "piece");
        ALIASES.put("unit", "piece");
        ALIASES.put("item", "piece");
        ALIASES.put("个", "piece");
        ALIASES.put("件", "piece");
        ALIASES.put("吨", "t");
        ALIASES.put("千克", "kg");
        ALIASES.put("公斤", "kg");
        ALIASES.put("克", "g");
        ALIASES.put("千瓦时", "kWh");
        ALIASES.put("度", "kWh");
        ALIASES.put("兆瓦时", "MWh");
        ALIASES.put("吨公里", "t*km");
    }

    /** The CO2e mass in front of a factor unit, in kg. */
    private static final Map<String, BigDecimal> CO2E_MASSES = Map.of(
            "gCO2e", new BigDecimal("0.001"),
            "kgCO2e", BigDecimal.ONE,
            "tCO2e", new BigDecimal("1000"));

    private ActivityUnits() {}

    /** The written forms of every quantity unit, in display order. */
    public static Set<String> quantityUnits() {
        return QUANTITY_UNITS.keySet();
    }

    /** The canonical written form of a quantity unit, e.g. {@code tkm} → {@code t*km}. */
    public static String canonical(String written) {
        if (written == null || written.isBlank()) {
            throw new UnitException("unit.unknown", String.valueOf(written));
        }
        String trimmed = written.trim();
        if (QUANTITY_UNITS.containsKey(trimmed)) {
            return trimmed;
        }
        String alias = ALIASES.get(trimmed.toLowerCase(Locale.ROOT));
        if (alias != null) {
            return alias;
        }
        for (String known : QUANTITY_UNITS.keySet()) {
            if (known.equalsIgnoreCase(trimmed)) {
                return known;
            }
        }
        throw new UnitException("unit.unknown", trimmed);
    }

    public static Unit<?> quantityUnit(String written) {
        return QUANTITY_UNITS.get(canonical(written));
    }

    /**
     * A factor unit such as {@code kgCO2e/kWh}, {@code tCO2e/t} or {@code kgCO2e/(t*km)}: the CO2e
     * mass in kg per one of a quantity unit.
     */
    public record FactorUnit(BigDecimal kgCo2ePerNumerator, String perUnit) {

        /** The written form with kg CO2e, e.g. {@code kgCO2e/(t*km)}. */
        public String normalized() {
            return "kgCO2e/" + (perUnit.contains("*") ? "(" + perUnit + ")" : perUnit);
        }
    }

    public static FactorUnit factorUnit(String written) {
        if (written == null || !written.contains("/")) {
            throw new UnitException("unit.factor.unknown", String.valueOf(written));
        }
        String trimmed = written.trim().replace(" ", "");
        int slash = trimmed.indexOf('/');
        String numerator = trimmed.substring(0, slash);
        String denominator = trimmed.substring(slash + 1);
        if (denominator.startsWith("(") && denominator.endsWith(")")) {
            denominator = denominator.substring(1, denominator.length() - 1);
        }
        BigDecimal mass = CO2E_MASSES.entrySet().stream()
                .filter(e ->
                        e.getKey().equalsIgnoreCase(numerator) || e.getKey().equalsIgnoreCase(numerator + "e"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new UnitException("unit.factor.unknown", written));
        try {
            return new FactorUnit(mass, canonical(denominator));
        } catch (UnitException e) {
            throw new UnitException("unit.factor.unknown", written);
        }
    }

    /**
     * How many {@code to} one {@code from} is: {@code 1 MWh = 1000 kWh}, so
     * {@code conversion("MWh", "kWh")} is 1000.
     *
     * @throws UnitException when the two measure different things
     */
    public static BigDecimal conversion(String from, String to) {
        String fromCanonical = canonical(from);
        String toCanonical = canonical(to);
        if (fromCanonical.equals(toCanonical)) {
            return BigDecimal.ONE;
        }
        try {
            Number factor = QUANTITY_UNITS
                    .get(fromCanonical)
                    .getConverterToAny(QUANTITY_UNITS.get(toCanonical))
                    .convert(RationalNumber.of(1));
            return toBigDecimal(factor);
        } catch (IncommensurableException | UnconvertibleException e) {
            throw new UnitException("unit.incompatible", fromCanonical, toCanonical);
        }
    }

    public static boolean convertible(String from, String to) {
        try {
            conversion(from, to);
            return true;
        } catch (UnitException e) {
            return false;
        }
    }

    private static BigDecimal toBigDecimal(Number number) {
        if (number instanceof RationalNumber rational) {
            return rational.bigDecimalValue();
        }
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        return new BigDecimal(number.toString(), MathContext.DECIMAL64);
    }
}
