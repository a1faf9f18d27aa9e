package cn.batterycarbon.footprint.core;

/**
 * Something the user should know about a result that did not stop the calculation, e.g.
 * certificates ignored under the location-based rule.
 *
 * @param lineIndex the 0-based line, or -1 for the declaration as a whole
 */
public record CalculationWarning(int lineIndex, String messageKey, Object... arguments) {}
