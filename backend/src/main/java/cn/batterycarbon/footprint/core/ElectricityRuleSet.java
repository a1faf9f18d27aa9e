package cn.batterycarbon.footprint.core;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A named, versioned electricity rule set (methodology §5): which factor, of which family, each
 * kind of electricity gets. The table of all rule sets is {@link ElectricityRuleSets}.
 *
 * @param grid grid electricity of a declaration without green-electricity claims
 * @param remainingGrid grid electricity of a declaration that claims certificates or a direct line
 * @param certified electricity covered by green certificates (绿证); null: certificates are not
 *     counted (the line gets {@code grid} and a warning)
 * @param directLine electricity from a directly connected green generator; null: not counted
 * @param transmission added per kWh to electricity delivered through the public grid (grid,
 *     remaining grid, certified); null: none (the grid factor already covers delivery)
 * @param documentationKey message key of the one-sentence description shown with results
 */
public record ElectricityRuleSet(
        ElectricityRule rule,
        String version,
        Choice grid,
        Choice remainingGrid,
        Choice certified,
        Choice directLine,
        Choice transmission,
        String documentationKey) {

    public ElectricityRuleSet {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(remainingGrid, "remainingGrid");
    }

    /**
     * One factor choice of a rule set.
     *
     * @param code background factor code
     * @param family the official family the code belongs to
     * @param national whether the factor is looked up nationally (the footprint family has only
     *     national values) rather than for the plant's province with its fallback
     * @param technologyFromLine whether a line naming its technology's factor (e.g. {@code
     *     ELEC-CFP-PV}) or giving its own factor uses that instead of {@code code}
     */
    public record Choice(String code, ElectricityFamily family, boolean national, boolean technologyFromLine) {
        public Choice {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(family, "family");
        }
    }

    /** Name and version as results show them, e.g. {@code FOOTPRINT_CN 2026.1}. */
    public String label() {
        return rule.name() + " " + version;
    }

    /** The families the rule set's own choices come from; more than one means it mixes families. */
    public Set<ElectricityFamily> families() {
        Set<ElectricityFamily> families = EnumSet.noneOf(ElectricityFamily.class);
        for (Choice c : new Choice[] {grid, remainingGrid, certified, directLine, transmission}) {
            if (c != null) {
                families.add(c.family());
            }
        }
        return families;
    }

    public boolean mixesFamilies() {
        return families().size() > 1;
    }
}
