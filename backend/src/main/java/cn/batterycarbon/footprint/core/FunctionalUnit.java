package cn.batterycarbon.footprint.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The functional unit: 1 kWh of the total energy the battery delivers over its service life. The
 * declaration records which method gave the lifetime energy and with which inputs. Products of
 * decimals are exact, so the lifetime energy is exact.
 */
public sealed interface FunctionalUnit permits FunctionalUnit.EuFeqc, FunctionalUnit.MeasuredCycles {

    /** Total energy delivered over the service life, in kWh. */
    BigDecimal lifetimeEnergyKwh();

    /** The method's name as the API writes it: {@code EU_FEQC} or {@code MEASURED_CYCLES}. */
    String method();

    /**
     * EU draft delegated act: usable energy at beginning of life × full equivalent cycles per year
     * × service life in years (the commercial warranty).
     */
    record EuFeqc(BigDecimal usableEnergyKwh, BigDecimal cyclesPerYear, BigDecimal serviceLifeYears)
            implements FunctionalUnit {

        public EuFeqc {
            requirePositive(usableEnergyKwh, "usableEnergyKwh");
            requirePositive(cyclesPerYear, "cyclesPerYear");
            requirePositive(serviceLifeYears, "serviceLifeYears");
        }

        /** With the cycles per year the draft act assumes for the vehicle category. */
        public static EuFeqc forVehicle(
                BigDecimal usableEnergyKwh, VehicleCategory category, BigDecimal serviceLifeYears) {
            return new EuFeqc(usableEnergyKwh, category.fullEquivalentCyclesPerYear(), serviceLifeYears);
        }

        @Override
        public BigDecimal lifetimeEnergyKwh() {
            return usableEnergyKwh.multiply(cyclesPerYear).multiply(serviceLifeYears);
        }

        @Override
        public String method() {
            return "EU_FEQC";
        }
    }

    /**
     * Measured-cycle method (national cycle-life test): rated energy × equivalent full cycles
     * measured × depth of discharge, the latter in (0, 1].
     */
    record MeasuredCycles(BigDecimal ratedEnergyKwh, BigDecimal equivalentFullCycles, BigDecimal depthOfDischarge)
            implements FunctionalUnit {

        public MeasuredCycles {
            requirePositive(ratedEnergyKwh, "ratedEnergyKwh");
            requirePositive(equivalentFullCycles, "equivalentFullCycles");
            requirePositive(depthOfDischarge, "depthOfDischarge");
            if (depthOfDischarge.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("depthOfDischarge must be in (0, 1]: " + depthOfDischarge);
            }
        }

        @Override
        public BigDecimal lifetimeEnergyKwh() {
            return ratedEnergyKwh.multiply(equivalentFullCycles).multiply(depthOfDischarge);
        }

        @Override
        public String method() {
            return "MEASURED_CYCLES";
        }
    }

    private static void requirePositive(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
