package cn.batterycarbon.footprint.core;

import static cn.batterycarbon.footprint.core.LifeCycleStage.DISTRIBUTION;
import static cn.batterycarbon.footprint.core.LifeCycleStage.MAIN_PRODUCTION;
import static cn.batterycarbon.footprint.core.LifeCycleStage.RAW_MATERIAL_EXTRACTION;
import static cn.batterycarbon.footprint.core.LifeCycleStage.RECYCLING;

import java.math.BigDecimal;
import java.util.List;

/**
 * The two worked examples of docs/methodology.md (an LFP and an NMC pack), as core inputs. All
 * factors are ILLUSTRATIVE values chosen to be plausible, not official factors.
 */
final class WorkedExamples {

    private WorkedExamples() {}

    static DeclarationInput lfp() {
        return new DeclarationInput(
                new FunctionalUnit.EuFeqc(new BigDecimal("60"), new BigDecimal("60"), new BigDecimal("8")),
                ElectricityRule.LOCATION_BASED,
                "CN-GRID-EAST",
                List.of(
                        company(
                                RAW_MATERIAL_EXTRACTION,
                                "LFP cathode active material",
                                "120",
                                "kg",
                                "9.5",
                                "kgCO2e/kg"),
                        company(
                                RAW_MATERIAL_EXTRACTION,
                                "Graphite anode active material",
                                "65",
                                "kg",
                                "6.8",
                                "kgCO2e/kg"),
                        company(
                                RAW_MATERIAL_EXTRACTION,
                                "Electrolyte (LiPF6 in carbonates)",
                                "45",
                                "kg",
                                "4.1",
                                "kgCO2e/kg"),
                        company(RAW_MATERIAL_EXTRACTION, "Separator", "6.5", "kg", "8.1", "kgCO2e/kg"),
                        supplier(
                                RAW_MATERIAL_EXTRACTION,
                                "Aluminium: cathode foil, cell cans, pack housing",
                                "62",
                                "kg",
                                "16.5",
                                "tCO2e/t"),
                        company(
                                RAW_MATERIAL_EXTRACTION,
                                "Copper anode foil and busbars",
                                "38",
                                "kg",
                                "4.2",
                                "kgCO2e/kg"),
                        company(
                                RAW_MATERIAL_EXTRACTION,
                                "Steel pack frame and fasteners",
                                "28",
                                "kg",
                                "2.3",
                                "kgCO2e/kg"),
                        supplier(RAW_MATERIAL_EXTRACTION, "BMS and wiring harness", "1", "piece", "85", "kgCO2e/piece"),
                        company(
                                MAIN_PRODUCTION,
                                "Electricity, cell and pack plant",
                                "3.6",
                                "MWh",
                                "0.5617",
                                "kgCO2e/kWh"),
                        company(MAIN_PRODUCTION, "Natural gas, electrode drying", "210", "m3", "2.162", "kgCO2e/m3"),
                        company(MAIN_PRODUCTION, "Purchased steam", "4.5", "GJ", "0.11", "kgCO2e/MJ"),
                        company(MAIN_PRODUCTION, "Diesel, forklifts", "35", "L", "2.68", "kgCO2e/L"),
                        company(DISTRIBUTION, "Truck to vehicle plant", "540", "t*km", "0.078", "kgCO2e/(t*km)"),
                        company(DISTRIBUTION, "Rail to regional hub", "810000", "kg*km", "9.8", "gCO2e/(t*km)"),
                        company(RECYCLING, "Collection transport", "180", "t*km", "0.078", "kgCO2e/(t*km)"),
                        company(
                                RECYCLING,
                                "Dismantling and hydrometallurgical recycling",
                                "450",
                                "kg",
                                "0.55",
                                "kgCO2e/kg"),
                        company(RECYCLING, "Credit: recovered aluminium", "50", "kg", "8.6", "kgCO2e/kg")
                                .asRecyclingCredit(),
                        company(RECYCLING, "Credit: recovered copper", "30", "kg", "3.5", "kgCO2e/kg")
                                .asRecyclingCredit()));
    }

    static DeclarationInput nmc() {
        return new DeclarationInput(
                new FunctionalUnit.MeasuredCycles(new BigDecimal("75"), new BigDecimal("2000"), new BigDecimal("0.9")),
                ElectricityRule.LOCATION_BASED,
                "CN-GRID-CENTRAL",
                List.of(
                        supplier(
                                RAW_MATERIAL_EXTRACTION,
                                "NMC811 cathode active material",
                                "110",
                                "kg",
                                "22.5",
                                "kgCO2e/kg"),
                        company(
                                RAW_MATERIAL_EXTRACTION,
                                "Graphite anode active material",
                                "70",
                                "kg",
                                "6.8",
                                "kgCO2e/kg"),
                        company(
                                RAW_MATERIAL_EXTRACTION,
                                "Electrolyte (LiPF6 in carbonates)",
                                "42",
                                "kg",
                                "4.1",
                                "kgCO2e/kg"),
                        company(RAW_MATERIAL_EXTRACTION, "Separator", "5", "kg", "8.1", "kgCO2e/kg"),
                        supplier(
                                RAW_MATERIAL_EXTRACTION,
                                "Aluminium: cathode foil, cell cans, pack housing",
                                "0.058",
                                "t",
                                "16.5",
                                "tCO2e/t"),
                        company(
                                RAW_MATERIAL_EXTRACTION,
                                "Copper anode foil and busbars",
                                "42",
                                "kg",
                                "4.2",
                                "kgCO2e/kg"),
                        company(
                                RAW_MATERIAL_EXTRACTION,
                                "Steel pack frame and fasteners",
                                "25",
                                "kg",
                                "2.3",
                                "kgCO2e/kg"),
                        supplier(RAW_MATERIAL_EXTRACTION, "BMS and wiring harness", "1", "piece", "85", "kgCO2e/piece"),
                        company(
                                MAIN_PRODUCTION,
                                "Electricity, cell and pack plant",
                                "4.2",
                                "MWh",
                                "0.5366",
                                "kgCO2e/kWh"),
                        company(MAIN_PRODUCTION, "Natural gas, electrode drying", "180", "m3", "2.162", "kgCO2e/m3"),
                        company(MAIN_PRODUCTION, "Purchased steam, NMP recovery", "3.2", "GJ", "0.11", "kgCO2e/MJ"),
                        company(MAIN_PRODUCTION, "Diesel, forklifts", "30", "L", "2.68", "kgCO2e/L"),
                        company(DISTRIBUTION, "Truck to port", "610", "t*km", "0.078", "kgCO2e/(t*km)"),
                        company(
                                DISTRIBUTION,
                                "Container ship to vehicle plant",
                                "9000",
                                "t*km",
                                "10.5",
                                "gCO2e/(t*km)"),
                        company(RECYCLING, "Collection transport", "200", "t*km", "0.078", "kgCO2e/(t*km)"),
                        company(RECYCLING, "Pyro- and hydrometallurgical recycling", "480", "kg", "0.85", "kgCO2e/kg"),
                        company(
                                        RECYCLING,
                                        "Credit: recovered nickel, cobalt and lithium salts",
                                        "60",
                                        "kg",
                                        "11.4",
                                        "kgCO2e/kg")
                                .asRecyclingCredit()));
    }

    static ActivityLine company(
            LifeCycleStage stage, String description, String quantity, String unit, String factor, String factorUnit) {
        return ActivityLine.of(
                stage,
                description,
                new BigDecimal(quantity),
                unit,
                FactorChoice.Specific.company(new BigDecimal(factor), factorUnit));
    }

    static ActivityLine supplier(
            LifeCycleStage stage, String description, String quantity, String unit, String factor, String factorUnit) {
        return ActivityLine.of(
                stage,
                description,
                new BigDecimal(quantity),
                unit,
                FactorChoice.Specific.supplier(
                        new BigDecimal(factor), factorUnit, "Supplier response (illustrative value)"));
    }
}
