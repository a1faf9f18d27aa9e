package cn.batterycarbon.footprint.core;

import java.math.BigDecimal;
import java.util.Objects;

/** The emission factor an activity line asks for: a background code or a specific value. */
public sealed interface FactorChoice permits FactorChoice.Background, FactorChoice.Specific {

    /** The default factor {@code code} of the background release. */
    record Background(String code) implements FactorChoice {
        public Background {
            Objects.requireNonNull(code, "code");
        }
    }

    /**
     * A supplier-specific or company-specific factor given with the line.
     *
     * @param unit a factor unit such as {@code kgCO2e/kg} or {@code tCO2e/(t*km)}
     * @param citation where the value comes from (supplier response, measurement report), may be null
     */
    record Specific(FactorSource source, BigDecimal value, String unit, String citation) implements FactorChoice {
        public Specific {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unit, "unit");
            if (source == FactorSource.BACKGROUND) {
                throw new IllegalArgumentException("a specific factor is supplier- or company-specific");
            }
        }

        public static Specific company(BigDecimal value, String unit) {
            return new Specific(FactorSource.COMPANY_SPECIFIC, value, unit, null);
        }

        public static Specific supplier(BigDecimal value, String unit, String citation) {
            return new Specific(FactorSource.SUPPLIER_SPECIFIC, value, unit, citation);
        }
    }
}
