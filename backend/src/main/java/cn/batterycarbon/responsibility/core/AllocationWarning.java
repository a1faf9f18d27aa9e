package cn.batterycarbon.responsibility.core;

import java.util.List;

/**
 * Something the user should know about a run: ratios that had to be clamped into [0, 1], or
 * sectors with negative net final demand that received responsibility.
 */
public record AllocationWarning(Type type, List<String> sectors) {

    public enum Type {
        RATIO_CLAMPED,
        NEGATIVE_FINAL_DEMAND;

        public String messageKey() {
            return "responsibility.warning." + name();
        }
    }

    public AllocationWarning {
        sectors = List.copyOf(sectors);
    }
}
