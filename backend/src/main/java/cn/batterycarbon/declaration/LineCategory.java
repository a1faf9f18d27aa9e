package cn.batterycarbon.declaration;

import cn.batterycarbon.footprint.core.LifeCycleStage;
import java.util.EnumSet;
import java.util.Set;

/** What an activity line is, and in which life-cycle stages it may appear. */
public enum LineCategory {
    MATERIAL(LifeCycleStage.RAW_MATERIAL_EXTRACTION),
    COMPONENT(LifeCycleStage.RAW_MATERIAL_EXTRACTION),
    ELECTRICITY(LifeCycleStage.MAIN_PRODUCTION, LifeCycleStage.RECYCLING),
    NATURAL_GAS(LifeCycleStage.MAIN_PRODUCTION),
    DIESEL(LifeCycleStage.MAIN_PRODUCTION),
    COAL(LifeCycleStage.MAIN_PRODUCTION),
    LPG(LifeCycleStage.MAIN_PRODUCTION),
    STEAM(LifeCycleStage.MAIN_PRODUCTION),
    HEAT(LifeCycleStage.MAIN_PRODUCTION),
    PROCESS_EMISSION(LifeCycleStage.MAIN_PRODUCTION),
    SCRAP(LifeCycleStage.MAIN_PRODUCTION),
    TRANSPORT(LifeCycleStage.DISTRIBUTION, LifeCycleStage.RECYCLING),
    DISMANTLING_ENERGY(LifeCycleStage.RECYCLING),
    RECYCLING_PROCESS(LifeCycleStage.RECYCLING),
    /** Avoided emissions of recovered material: reported separately, never netted. */
    RECOVERED_MATERIAL_CREDIT(LifeCycleStage.RECYCLING);

    private final Set<LifeCycleStage> stages;

    LineCategory(LifeCycleStage first, LifeCycleStage... more) {
        this.stages = EnumSet.of(first, more);
    }

    public boolean allowedIn(LifeCycleStage stage) {
        return stages.contains(stage);
    }

    public String messageKey() {
        return "declaration.category." + name();
    }
}
