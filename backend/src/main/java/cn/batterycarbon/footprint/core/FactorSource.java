package cn.batterycarbon.footprint.core;

/**
 * Where a line's emission factor came from, in the order of preference of methodology §1. The
 * first two are primary data and count towards the primary-data share.
 */
public enum FactorSource {
    /** From a verified supplier response. */
    SUPPLIER_SPECIFIC,
    /** The declarant's own primary data. */
    COMPANY_SPECIFIC,
    /** The default factor of the published background release the declaration is pinned to. */
    BACKGROUND;

    public boolean primary() {
        return this != BACKGROUND;
    }
}
