package cn.batterycarbon.footprint.core;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * Vehicle categories (UN ECE) with the full equivalent cycles per year the EU draft delegated act
 * assumes for them: M1/N1 60, L 20, M2/M3/N2/N3 250.
 */
public enum VehicleCategory {
    M1(60),
    N1(60),
    L(20),
    M2(250),
    M3(250),
    N2(250),
    N3(250);

    private final int fullEquivalentCyclesPerYear;

    VehicleCategory(int fullEquivalentCyclesPerYear) {
        this.fullEquivalentCyclesPerYear = fullEquivalentCyclesPerYear;
    }

    public BigDecimal fullEquivalentCyclesPerYear() {
        return BigDecimal.valueOf(fullEquivalentCyclesPerYear);
    }

    public static Optional<VehicleCategory> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(c -> c.name().equalsIgnoreCase(text.trim()))
                .findFirst();
    }
}
