package cn.batterycarbon.footprint.core;

import java.util.Objects;

/**
 * The background factor codes the electricity rule chooses between: the grid average (looked up
 * for the plant's grid geography), the residual grid factor (national excluding market-traded
 * non-fossil electricity) and the green electricity factor.
 */
public record ElectricityFactorCodes(String grid, String residual, String green) {

    public static final ElectricityFactorCodes DEFAULT =
            new ElectricityFactorCodes("ELEC-GRID", "ELEC-GRID-RESIDUAL", "ELEC-GREEN");

    public ElectricityFactorCodes {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(residual, "residual");
        Objects.requireNonNull(green, "green");
    }
}
