package cn.batterycarbon.factor.core;

/**
 * What an emission factor is for. Only recycling processes may carry a negative value (a credit for
 * recovered material); every other category must be non-negative.
 */
public enum FactorCategory {
    RAW_MATERIAL(false),
    COMPONENT(false),
    ENERGY_CARRIER(false),
    GRID_ELECTRICITY(false),
    TRANSPORT(false),
    RECYCLING(true),
    PROCESS_EMISSION(false);

    private final boolean allowsCredits;

    FactorCategory(boolean allowsCredits) {
        this.allowsCredits = allowsCredits;
    }

    public boolean allowsCredits() {
        return allowsCredits;
    }

    public String messageKey() {
        return "factor.category." + name();
    }
}
