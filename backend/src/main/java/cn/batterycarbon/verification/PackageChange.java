package cn.batterycarbon.verification;

/**
 * One difference between the previous submission and this one.
 *
 * @param kind {@code ADDED}, {@code REMOVED}, {@code CHANGED} (a line) or {@code SETTING}
 * @param label which line (stage · description) or setting
 * @param field the changed field of a line or setting, null for whole lines
 */
public record PackageChange(String kind, String label, String field, String before, String after) {}
