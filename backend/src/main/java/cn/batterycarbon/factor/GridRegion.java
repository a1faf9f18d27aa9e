package cn.batterycarbon.factor;

/**
 * China's regional power grids as used for the published regional grid emission factors (MEE,
 * factors for 2022 onwards, with the Southwest grid separate from Central).
 */
public enum GridRegion {
    NORTH,
    NORTHEAST,
    EAST,
    CENTRAL,
    NORTHWEST,
    SOUTH,
    SOUTHWEST;

    /** Geography code of this grid in factor tables, e.g. {@code CN-GRID-EAST}. */
    public String geographyCode() {
        return "CN-GRID-" + name();
    }

    public String messageKey() {
        return "factor.grid." + name();
    }
}
