package cn.batterycarbon.footprint.core;

/**
 * The official Chinese electricity factor family a factor belongs to (methodology §5): the
 * electricity CO2 emission factors (电力二氧化碳排放因子; CO2 only; national, grids, provinces,
 * residual) and the electricity carbon-footprint factors (电力碳足迹因子; life-cycle CO2e; national
 * average, technologies, transmission and distribution). A calculation that uses both adds CO2 to
 * CO2e and says so with a warning.
 */
public enum ElectricityFamily {
    CO2,
    FOOTPRINT;

    /** The family a factor code belongs to by the platform's code convention; null for other factors. */
    public static ElectricityFamily ofCode(String code) {
        if (code == null) {
            return null;
        }
        if (code.startsWith("ELEC-CFP-")) {
            return FOOTPRINT;
        }
        if (code.equals("ELEC-GRID") || code.startsWith("ELEC-GRID-") || code.equals("ELEC-GREEN")) {
            return CO2;
        }
        return null;
    }
}
