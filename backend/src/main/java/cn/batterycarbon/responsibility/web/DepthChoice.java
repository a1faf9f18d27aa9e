package cn.batterycarbon.responsibility.web;

/**
 * The allocation depths the run form offers as choices (the methodology's scenarios), instead of a
 * number to type; the API still accepts any depth from 1 or INFINITE.
 */
enum DepthChoice {
    SCENARIO_I("1"),
    SCENARIO_II("2"),
    SCENARIO_III("3"),
    FULL("INFINITE");

    private final String depth;

    DepthChoice(String depth) {
        this.depth = depth;
    }

    public String messageKey() {
        return "responsibility.depth.choice." + name();
    }

    /** The form value, as {@code Depth.parse} reads it. */
    @Override
    public String toString() {
        return depth;
    }
}
