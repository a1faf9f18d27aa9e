package cn.batterycarbon.footprint.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A background factor as the core uses it, with what is needed to trace a result to it.
 *
 * @param value CO2e per {@code unit}, exactly as published
 * @param unit a factor unit such as {@code kgCO2e/kWh}
 * @param geography the geography the value is for (after the release's fallback)
 * @param uncertainty null when the source gives none
 * @param category the release's category of the factor (e.g. {@code PROCESS_EMISSION}); null if unknown
 */
public record BackgroundFactor(
        String code,
        BigDecimal value,
        String unit,
        String geography,
        int year,
        String releaseCode,
        String citation,
        Uncertainty uncertainty,
        String category) {

    public BackgroundFactor {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    /** A factor whose category is not known. */
    public BackgroundFactor(
            String code,
            BigDecimal value,
            String unit,
            String geography,
            int year,
            String releaseCode,
            String citation,
            Uncertainty uncertainty) {
        this(code, value, unit, geography, year, releaseCode, citation, uncertainty, null);
    }

    /**
     * A factor's uncertainty, in the factor's own unit: {@code LOGNORMAL} with geometric standard
     * deviation {@code a} (median = the value), {@code NORMAL} with standard deviation {@code a}
     * (mean = the value), {@code UNIFORM} from {@code a} to {@code b}, {@code TRIANGULAR} from
     * {@code a} to {@code b} with the value as mode.
     */
    public record Uncertainty(Distribution distribution, double a, double b) {

        public enum Distribution {
            LOGNORMAL,
            NORMAL,
            UNIFORM,
            TRIANGULAR
        }

        public Uncertainty {
            Objects.requireNonNull(distribution, "distribution");
        }
    }
}
