package cn.batterycarbon.declaration;

import cn.batterycarbon.footprint.core.LifeCycleStage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a declaration lacks, as warnings that never block a draft (methodology §11): a life-cycle
 * stage without lines, a primary-data share below {@link #LOW_PRIMARY_SHARE}, and a component the
 * battery rules want company- or supplier-specific data for (cathode, anode, electrolyte,
 * separator, cell casing) that has no line with such a value. Components are recognized by the
 * line's description in Chinese or English.
 */
public final class Completeness {

    /** Below this share of the footprint from primary data, the declaration is flagged. */
    public static final BigDecimal LOW_PRIMARY_SHARE = new BigDecimal("0.25");

    /** The components that need a company- or supplier-specific value, with the words naming them. */
    enum Component {
        CATHODE("cathode", "正极"),
        ANODE("anode", "负极"),
        ELECTROLYTE("electrolyte", "电解液"),
        SEPARATOR("separator", "隔膜"),
        CELL_CASING("casing", "cell can", "壳体", "外壳", "电芯壳");

        private final String[] words;

        Component(String... words) {
            this.words = words;
        }
    }

    private static boolean names(List<String> words, String description) {
        String d = description.toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (d.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private Completeness() {}

    /**
     * @param primaryDataShare of a calculation of these lines, or null when not calculated
     */
    public static List<CalculationSnapshot.Warning> of(List<LineData> lines, BigDecimal primaryDataShare) {
        Set<LifeCycleStage> present = EnumSet.noneOf(LifeCycleStage.class);
        lines.forEach(l -> present.add(l.stage()));
        return of(
                present,
                primaryDataShare,
                words -> lines.stream()
                        .filter(l -> !l.recyclingCredit() && l.primary() && l.description() != null)
                        .anyMatch(l -> names(words, l.description())));
    }

    /**
     * The same from what the database answers cheaply, for declarations with many lines.
     *
     * @param hasPrimaryLineNaming whether some non-credit line with a specific value has one of
     *     the words (lower case) in its description
     */
    public static List<CalculationSnapshot.Warning> of(
            Set<LifeCycleStage> present,
            BigDecimal primaryDataShare,
            java.util.function.Predicate<List<String>> hasPrimaryLineNaming) {
        List<CalculationSnapshot.Warning> warnings = new ArrayList<>();
        for (LifeCycleStage stage : LifeCycleStage.values()) {
            if (!present.contains(stage)) {
                warnings.add(warning("declaration.completeness.emptyStage." + stage.batteryPassName()));
            }
        }
        if (primaryDataShare != null && primaryDataShare.compareTo(LOW_PRIMARY_SHARE) < 0) {
            warnings.add(new CalculationSnapshot.Warning(
                    -1,
                    "declaration.completeness.lowPrimaryShare",
                    List.of(
                            primaryDataShare
                                    .movePointRight(2)
                                    .stripTrailingZeros()
                                    .toPlainString(),
                            LOW_PRIMARY_SHARE
                                    .movePointRight(2)
                                    .stripTrailingZeros()
                                    .toPlainString())));
        }
        for (Component component : Component.values()) {
            if (!hasPrimaryLineNaming.test(List.of(component.words))) {
                warnings.add(warning("declaration.completeness.component." + component.name()));
            }
        }
        return List.copyOf(warnings);
    }

    private static CalculationSnapshot.Warning warning(String key) {
        return new CalculationSnapshot.Warning(-1, key, List.of());
    }
}
