package cn.batterycarbon.responsibility.core;

/** How the allocation ratio {@code alpha_i = beta_i} of each sector is chosen. */
public enum AllocationRule {
    /** {@code alpha_i = 1 - v_i / (x_i - T_ii)} (the paper's Eq. 3-4). */
    VALUE_ADDED,
    /** {@code alpha_i = 1 - s_i / x_i} with {@code s} the operating surplus (Eq. 5-6). */
    PROFIT,
    /** Ratios given per sector by the user. */
    CUSTOM;

    public String messageKey() {
        return "responsibility.rule." + name();
    }
}
