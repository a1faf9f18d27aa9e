package cn.batterycarbon.footprint.core;

import static org.assertj.core.api.Assertions.assertThat;

import cn.batterycarbon.platform.units.ActivityUnits;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The documented numeric claim: the reported figures of the double arithmetic with compensated sums
 * are those of exact decimal arithmetic. Checked on seeded random declarations against an exact
 * BigDecimal calculation of the same formulas.
 */
class NumericAccuracyTests {

    /** Quantity unit, factor unit, decimals of the quantity (more where the unit is large). */
    private static final String[][] UNIT_PAIRS = {
        {"kg", "kgCO2e/kg", "5"},
        {"t", "kgCO2e/kg", "8"},
        {"g", "tCO2e/t", "3"},
        {"MWh", "kgCO2e/kWh", "8"},
        {"GJ", "kgCO2e/MJ", "8"},
        {"kWh", "gCO2e/MJ", "4"},
        {"kg*km", "kgCO2e/(t*km)", "2"},
        {"L", "kgCO2e/m3", "5"},
        {"piece", "kgCO2e/piece", "5"}
    };

    @Test
    void reportedFiguresEqualExactDecimalArithmetic() {
        SplittableRandom random = new SplittableRandom(20261122);
        FootprintCalculator calculator = new FootprintCalculator();
        for (int declaration = 0; declaration < 300; declaration++) {
            int size = random.nextInt(1, 500);
            List<ActivityLine> lines = new ArrayList<>(size);
            BigDecimal[] exactStages = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            for (int i = 0; i < size; i++) {
                LifeCycleStage stage = LifeCycleStage.values()[random.nextInt(4)];
                String[] units = UNIT_PAIRS[random.nextInt(UNIT_PAIRS.length)];
                // Realistic magnitudes of one pack (up to 1000 kg or 1 t, 1 MWh ... per line, factors up
                // to 100 kg CO2e per unit) with awkward digits.
                BigDecimal quantity = BigDecimal.valueOf(random.nextLong(0, 100_000_000L), Integer.parseInt(units[2]));
                BigDecimal factor = BigDecimal.valueOf(random.nextLong(1, 1_000_000_000L), 7);
                lines.add(ActivityLine.of(
                        stage, null, quantity, units[0], FactorChoice.Specific.company(factor, units[1])));
                ActivityUnits.FactorUnit factorUnit = ActivityUnits.factorUnit(units[1]);
                BigDecimal exact = quantity.multiply(ActivityUnits.conversion(units[0], factorUnit.perUnit()))
                        .multiply(factor)
                        .multiply(factorUnit.kgCo2ePerNumerator());
                exactStages[stage.ordinal()] = exactStages[stage.ordinal()].add(exact);
            }
            BigDecimal lifetime = BigDecimal.valueOf(random.nextLong(1_000, 1_000_000), random.nextInt(0, 3));
            FootprintResult result = calculator.calculate(
                    new DeclarationInput(
                            new FunctionalUnit.MeasuredCycles(lifetime, BigDecimal.ONE, BigDecimal.ONE),
                            ElectricityRule.LOCATION_BASED,
                            null,
                            lines),
                    FactorResolver.none());

            BigDecimal exactTotal = BigDecimal.ZERO;
            for (LifeCycleStage stage : LifeCycleStage.values()) {
                BigDecimal exact = exactStages[stage.ordinal()];
                exactTotal = exactTotal.add(exact);
                StageResult reported = result.stage(stage);
                assertThat(reported.absoluteKgCo2e())
                        .as("declaration %d %s", declaration, stage)
                        .isEqualTo(exact.setScale(Rounding.KG_SCALE, RoundingMode.HALF_UP));
                assertThat(reported.kgCo2ePerKwh())
                        .as("declaration %d %s per kWh", declaration, stage)
                        .isEqualTo(perKwh(exact, lifetime));
            }
            assertThat(result.absoluteKgCo2e()).isEqualTo(exactTotal.setScale(Rounding.KG_SCALE, RoundingMode.HALF_UP));
            assertThat(result.totalKgCo2ePerKwh()).isEqualTo(perKwh(exactTotal, lifetime));
        }
    }

    private static BigDecimal perKwh(BigDecimal kg, BigDecimal lifetime) {
        return kg.divide(lifetime, MathContext.DECIMAL128).setScale(Rounding.PER_KWH_SCALE, RoundingMode.HALF_UP);
    }
}
