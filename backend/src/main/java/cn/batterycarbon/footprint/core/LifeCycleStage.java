package cn.batterycarbon.footprint.core;

import java.util.Arrays;
import java.util.Optional;

/** The four life-cycle stages of a battery footprint, written as in the Battery Pass data model. */
public enum LifeCycleStage {
    RAW_MATERIAL_EXTRACTION("RawMaterialExtraction"),
    MAIN_PRODUCTION("MainProduction"),
    DISTRIBUTION("Distribution"),
    RECYCLING("Recycling");

    private final String batteryPassName;

    LifeCycleStage(String batteryPassName) {
        this.batteryPassName = batteryPassName;
    }

    /** The name in {@code urn:samm:io.BatteryPass.CarbonFootprint:1.2.0}, e.g. {@code MainProduction}. */
    public String batteryPassName() {
        return batteryPassName;
    }

    public String messageKey() {
        return "footprint.stage." + batteryPassName;
    }

    /** Reads the Battery Pass name (or the enum name), ignoring case. */
    public static Optional<LifeCycleStage> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.trim();
        return Arrays.stream(values())
                .filter(s ->
                        s.batteryPassName.equalsIgnoreCase(value) || s.name().equalsIgnoreCase(value))
                .findFirst();
    }
}
