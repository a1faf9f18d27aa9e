package cn.batterycarbon.footprint.core;

import cn.batterycarbon.platform.units.ActivityUnits;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One activity of a declaration: a quantity in a unit, in a stage, with the factor to apply.
 *
 * @param unit a quantity unit; stored in its canonical written form ({@code tkm} becomes {@code t*km})
 * @param factor null only for electricity lines, whose factor the electricity rule chooses
 * @param electricity non-null when the line is electricity
 * @param recyclingCredit a credit for recovered material (Recycling stage only): reported
 *     separately, never netted against the stage
 */
public record ActivityLine(
        LifeCycleStage stage,
        String description,
        BigDecimal quantity,
        String unit,
        FactorChoice factor,
        Electricity electricity,
        boolean recyclingCredit) {

    public ActivityLine {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(quantity, "quantity");
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException("quantity must not be negative: " + quantity);
        }
        unit = ActivityUnits.canonical(unit);
        if (factor == null && electricity == null) {
            throw new IllegalArgumentException("a line needs a factor unless it is electricity");
        }
    }

    public static ActivityLine of(
            LifeCycleStage stage, String description, BigDecimal quantity, String unit, FactorChoice factor) {
        return new ActivityLine(stage, description, quantity, unit, factor, null, false);
    }

    public ActivityLine withElectricity(Electricity supply) {
        return new ActivityLine(stage, description, quantity, unit, factor, supply, recyclingCredit);
    }

    public ActivityLine asRecyclingCredit() {
        return new ActivityLine(stage, description, quantity, unit, factor, electricity, true);
    }
}
