package cn.batterycarbon.footprint.core;

import java.util.List;
import java.util.Objects;

/**
 * Everything a footprint calculation needs besides the factors.
 *
 * @param gridGeography geography code for grid-dependent background factors (e.g. {@code
 *     CN-GRID-EAST}); null means national
 * @param referenceYear the year factors are wanted for; null means the latest available
 */
public record DeclarationInput(
        FunctionalUnit functionalUnit,
        ElectricityRule electricityRule,
        String gridGeography,
        Integer referenceYear,
        ElectricityFactorCodes electricityFactorCodes,
        List<ActivityLine> lines) {

    public DeclarationInput {
        Objects.requireNonNull(functionalUnit, "functionalUnit");
        Objects.requireNonNull(electricityRule, "electricityRule");
        electricityFactorCodes =
                electricityFactorCodes == null ? ElectricityFactorCodes.DEFAULT : electricityFactorCodes;
        lines = List.copyOf(lines);
    }

    public DeclarationInput(
            FunctionalUnit functionalUnit, ElectricityRule rule, String gridGeography, List<ActivityLine> lines) {
        this(functionalUnit, rule, gridGeography, null, ElectricityFactorCodes.DEFAULT, lines);
    }
}
