package cn.batterycarbon.responsibility.core;

/** Final-demand columns of an input-output table, in the order of the paper's Table 1. */
public enum FinalDemandCategory {
    RURAL_HOUSEHOLDS,
    URBAN_HOUSEHOLDS,
    GOVERNMENT,
    GROSS_FIXED_CAPITAL_FORMATION,
    INVENTORY_CHANGE,
    EXPORTS,
    /** Stored as a negative column: imports are subtracted from final use. */
    IMPORTS,
    OTHER;

    public String messageKey() {
        return "responsibility.fd." + name();
    }
}
