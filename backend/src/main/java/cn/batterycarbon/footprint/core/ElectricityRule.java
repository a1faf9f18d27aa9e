package cn.batterycarbon.footprint.core;

/**
 * Which electricity rule set a declaration follows (methodology §5). What each rule gives each kind
 * of electricity, and its version, is in the one rule table {@link ElectricityRuleSets}.
 */
public enum ElectricityRule {
    /**
     * Product carbon footprint with the official electricity carbon-footprint factors: national
     * average, green electricity at its technology's footprint factor, transmission and distribution
     * added to electricity delivered by the grid.
     */
    FOOTPRINT_CN,
    /** Grid average CO2 factor of the plant's province / grid; certificates and direct lines are ignored. */
    LOCATION_BASED,
    /**
     * Remaining grid electricity at the residual CO2 factor; certified and direct green electricity at
     * its technology's footprint factor (mixes the two families, with a warning).
     */
    MARKET_BASED_CN,
    /** EU draft delegated act: national life-cycle average; no certificates; a direct line counts. */
    EU_DRAFT_DA
}
