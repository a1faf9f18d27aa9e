package cn.batterycarbon.footprint.core;

import java.util.List;
import java.util.Objects;

/**
 * Marks an activity line as electricity: how it was supplied and, for certified green
 * electricity, the ids of the certificates that cover it.
 */
public record Electricity(ElectricitySupply supply, List<String> certificateIds) {

    public Electricity {
        Objects.requireNonNull(supply, "supply");
        certificateIds = certificateIds == null ? List.of() : List.copyOf(certificateIds);
    }

    public static Electricity grid() {
        return new Electricity(ElectricitySupply.GRID, List.of());
    }
}
