package cn.batterycarbon.footprint.core;

import cn.batterycarbon.footprint.core.ElectricityRuleSet.Choice;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * THE electricity rule table (methodology §5). Every calculation, comparison and release impact
 * takes its electricity factors from here; a change of a rule is a new version of it.
 *
 * <pre>
 * rule set              grid / remaining grid                certified (绿证)          direct line               T&amp;D
 * FOOTPRINT_CN 2026.1   ELEC-CFP-AVG national (footprint)    technology footprint      technology footprint      ELEC-CFP-TD
 * LOCATION_BASED 2026.1 ELEC-GRID plant's grid (CO2)         not counted (grid)        not counted (grid)        in grid factor
 * MARKET_BASED_CN 2026.2 ELEC-GRID-RESIDUAL national (CO2)   technology footprint (*)  technology footprint (*)  none
 * EU_DRAFT_DA 2026.2    ELEC-CFP-AVG national (footprint)    not counted (grid)        technology footprint      ELEC-CFP-TD
 * (*) mixes families: a CO2-only residual factor beside life-cycle CO2e factors, with a warning
 * </pre>
 *
 * A green line names its technology by its factor code (ELEC-CFP-PV, ELEC-CFP-WIND ...) or gives
 * its own factor; without either it is counted at the national average footprint factor with a
 * warning, never at zero.
 */
public final class ElectricityRuleSets {

    public static final String GRID_CO2 = "ELEC-GRID";
    public static final String RESIDUAL_CO2 = "ELEC-GRID-RESIDUAL";
    public static final String AVERAGE_FOOTPRINT = "ELEC-CFP-AVG";
    public static final String TRANSMISSION_FOOTPRINT = "ELEC-CFP-TD";

    private static final Choice FOOTPRINT_AVERAGE =
            new Choice(AVERAGE_FOOTPRINT, ElectricityFamily.FOOTPRINT, true, false);
    private static final Choice FOOTPRINT_TECHNOLOGY =
            new Choice(AVERAGE_FOOTPRINT, ElectricityFamily.FOOTPRINT, true, true);
    private static final Choice FOOTPRINT_TRANSMISSION =
            new Choice(TRANSMISSION_FOOTPRINT, ElectricityFamily.FOOTPRINT, true, false);
    private static final Choice CO2_GRID = new Choice(GRID_CO2, ElectricityFamily.CO2, false, false);
    private static final Choice CO2_RESIDUAL = new Choice(RESIDUAL_CO2, ElectricityFamily.CO2, true, false);

    private static final Map<ElectricityRule, ElectricityRuleSet> TABLE = new EnumMap<>(ElectricityRule.class);

    static {
        add(new ElectricityRuleSet(
                ElectricityRule.FOOTPRINT_CN,
                "2026.1",
                FOOTPRINT_AVERAGE,
                FOOTPRINT_AVERAGE,
                FOOTPRINT_TECHNOLOGY,
                FOOTPRINT_TECHNOLOGY,
                FOOTPRINT_TRANSMISSION,
                "footprint.rule.FOOTPRINT_CN.description"));
        add(new ElectricityRuleSet(
                ElectricityRule.LOCATION_BASED,
                "2026.1",
                CO2_GRID,
                CO2_GRID,
                null,
                null,
                null,
                "footprint.rule.LOCATION_BASED.description"));
        add(new ElectricityRuleSet(
                ElectricityRule.MARKET_BASED_CN,
                "2026.2",
                CO2_RESIDUAL,
                CO2_RESIDUAL,
                FOOTPRINT_TECHNOLOGY,
                FOOTPRINT_TECHNOLOGY,
                null,
                "footprint.rule.MARKET_BASED_CN.description"));
        add(new ElectricityRuleSet(
                ElectricityRule.EU_DRAFT_DA,
                "2026.2",
                FOOTPRINT_AVERAGE,
                FOOTPRINT_AVERAGE,
                null,
                FOOTPRINT_TECHNOLOGY,
                FOOTPRINT_TRANSMISSION,
                "footprint.rule.EU_DRAFT_DA.description"));
    }

    private ElectricityRuleSets() {}

    private static void add(ElectricityRuleSet set) {
        TABLE.put(set.rule(), set);
    }

    public static ElectricityRuleSet of(ElectricityRule rule) {
        return TABLE.get(rule);
    }

    /** Every rule set, in the order of {@link ElectricityRule}. */
    public static List<ElectricityRuleSet> all() {
        return List.copyOf(TABLE.values());
    }

    /** Whether a background code is one of the electricity codes the rule table chooses between. */
    public static boolean isRuleCode(String code) {
        return GRID_CO2.equals(code)
                || RESIDUAL_CO2.equals(code)
                || AVERAGE_FOOTPRINT.equals(code)
                || ElectricityFactorCodes.DEFAULT.green().equals(code);
    }
}
