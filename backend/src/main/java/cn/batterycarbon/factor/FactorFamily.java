package cn.batterycarbon.factor;

import java.util.Locale;

/**
 * The named factor set a factor belongs to. China publishes two families of electricity factors
 * that must not be confused: the electricity CO2 emission factors (电力二氧化碳排放因子, MEE and
 * NBS; CO2 only; national, regional grids, provinces, residual and fossil; for CO2 accounting) and
 * the electricity carbon-footprint factors (电力碳足迹因子, MEE, NBS and NEA; life-cycle CO2e;
 * national average, per generation technology, transmission and distribution; for product carbon
 * footprints). Every other factor is {@link #GENERAL}.
 *
 * <p>The family follows from the code, so it is the same in every release (published releases
 * cannot gain a column value): codes starting with {@value #FOOTPRINT_PREFIX} are footprint
 * factors, the MEE/NBS codes {@code ELEC-GRID*} and the market-based green code {@code ELEC-GREEN}
 * are CO2 factors.
 */
public enum FactorFamily {
    CN_ELECTRICITY_CO2,
    CN_ELECTRICITY_FOOTPRINT,
    GENERAL;

    public static final String FOOTPRINT_PREFIX = "ELEC-CFP-";

    public static FactorFamily of(String code) {
        if (code == null) {
            return GENERAL;
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.startsWith(FOOTPRINT_PREFIX)) {
            return CN_ELECTRICITY_FOOTPRINT;
        }
        if (c.equals("ELEC-GRID") || c.startsWith("ELEC-GRID-") || c.equals("ELEC-GREEN")) {
            return CN_ELECTRICITY_CO2;
        }
        return GENERAL;
    }

    /** Whether this is one of the two official electricity families. */
    public boolean electricity() {
        return this != GENERAL;
    }

    public String messageKey() {
        return "factor.family." + name();
    }
}
