package cn.batterycarbon.footprint.core;

/**
 * Which electricity accounting rule set a declaration follows (methodology §1). The rule decides
 * which factor each electricity line gets; see {@link ElectricitySupply}.
 */
public enum ElectricityRule {
    /** Grid average of the plant's grid only: certificates and direct lines are ignored. */
    LOCATION_BASED,
    /**
     * Green electricity certificates (绿证) and direct green supply use the green factor; all
     * remaining grid electricity uses the residual factor, so certified kWh are not counted twice.
     */
    MARKET_BASED_CN,
    /** EU draft delegated act: no certificates; only a direct line to a green generator counts. */
    EU_DRAFT_DA
}
