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

    /**
     * Whether a background factor of the given category (the factor module's category name) fits a
     * line of this kind; a process-emission factor on a material line understates it many times.
     * Unknown categories fit (nothing to warn about).
     */
    public boolean fits(String factorCategory) {
        if (factorCategory == null) {
            return true;
        }
        return switch (this) {
            case MATERIAL, COMPONENT -> factorCategory.equals("RAW_MATERIAL") || factorCategory.equals("COMPONENT");
            case ELECTRICITY -> factorCategory.equals("GRID_ELECTRICITY");
            case NATURAL_GAS, DIESEL, COAL, LPG, STEAM, HEAT -> factorCategory.equals("ENERGY_CARRIER");
            case DISMANTLING_ENERGY ->
                factorCategory.equals("ENERGY_CARRIER") || factorCategory.equals("GRID_ELECTRICITY");
            case PROCESS_EMISSION -> factorCategory.equals("PROCESS_EMISSION");
            case TRANSPORT -> factorCategory.equals("TRANSPORT");
            case SCRAP, RECYCLING_PROCESS, RECOVERED_MATERIAL_CREDIT ->
                factorCategory.equals("RECYCLING") || factorCategory.equals("RAW_MATERIAL");
        };
    }

    public boolean allowedIn(LifeCycleStage stage) {
        return stages.contains(stage);
    }

    public String messageKey() {
        return "declaration.category." + name();
    }
}
