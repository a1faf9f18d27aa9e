package cn.batterycarbon.footprint.core;

import cn.batterycarbon.platform.units.ActivityUnits;
import cn.batterycarbon.platform.units.ActivityUnits.FactorUnit;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Memoises the units library: factor units are parsed and unit pairs converted once per JVM, so
 * that calculating a line costs map lookups and arithmetic, not unit algebra. The values are
 * exactly those of {@link ActivityUnits}.
 */
final class UnitConversions {

    /** {@code 1 from = exact to}, with the nearest double for the arithmetic. */
    record Conversion(BigDecimal exact, double value) {}

    private static final Map<String, FactorUnit> FACTOR_UNITS = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, Conversion>> CONVERSIONS = new ConcurrentHashMap<>();

    private UnitConversions() {}

    /** @throws cn.batterycarbon.platform.units.UnitException when the factor unit is unknown */
    static FactorUnit factorUnit(String written) {
        FactorUnit known = FACTOR_UNITS.get(written);
        if (known == null) {
            known = ActivityUnits.factorUnit(written);
            FACTOR_UNITS.put(written, known);
        }
        return known;
    }

    /**
     * How many {@code to} one {@code from} is; both canonical quantity units.
     *
     * @throws cn.batterycarbon.platform.units.UnitException when they measure different things
     */
    static Conversion conversion(String from, String to) {
        Map<String, Conversion> targets = CONVERSIONS.computeIfAbsent(from, f -> new ConcurrentHashMap<>());
        Conversion known = targets.get(to);
        if (known == null) {
            BigDecimal exact = ActivityUnits.conversion(from, to);
            known = new Conversion(exact, exact.doubleValue());
            targets.put(to, known);
        }
        return known;
    }
}
