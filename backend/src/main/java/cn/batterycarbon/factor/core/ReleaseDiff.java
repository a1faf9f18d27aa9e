package cn.batterycarbon.factor.core;

import cn.batterycarbon.factor.core.FactorEntry.FactorKey;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What changed from one release to the next, row by row (a row is a (code, geography, year)):
 * added, removed (including retired) and changed values with the relative change. A changed unit,
 * source or name alone is reported as a change with the same value.
 */
public final class ReleaseDiff {

    private ReleaseDiff() {}

    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    /**
     * @param relativeChange (new − old) / |old|; null when old is zero or the row was added/removed
     */
    public record Change(Kind kind, FactorKey key, FactorEntry before, FactorEntry after, BigDecimal relativeChange) {

        public boolean valueChanged() {
            return before != null && after != null && before.value().compareTo(after.value()) != 0;
        }
    }

    public record Summary(List<Change> changes, int added, int removed, int changed, int unchanged) {}

    public static Summary between(List<FactorEntry> previous, List<FactorEntry> next) {
        Map<FactorKey, FactorEntry> before = index(previous);
        Map<FactorKey, FactorEntry> after = index(next);
        List<Change> changes = new ArrayList<>();
        int added = 0;
        int removed = 0;
        int changed = 0;
        int unchanged = 0;
        for (Map.Entry<FactorKey, FactorEntry> entry : after.entrySet()) {
            FactorEntry old = before.get(entry.getKey());
            FactorEntry now = entry.getValue();
            if (old == null) {
                changes.add(new Change(Kind.ADDED, entry.getKey(), null, now, null));
                added++;
            } else if (differs(old, now)) {
                changes.add(new Change(Kind.CHANGED, entry.getKey(), old, now, relative(old.value(), now.value())));
                changed++;
            } else {
                unchanged++;
            }
        }
        for (Map.Entry<FactorKey, FactorEntry> entry : before.entrySet()) {
            if (!after.containsKey(entry.getKey())) {
                changes.add(new Change(Kind.REMOVED, entry.getKey(), entry.getValue(), null, null));
                removed++;
            }
        }
        changes.sort((a, b) -> a.key().compareTo(b.key()));
        return new Summary(List.copyOf(changes), added, removed, changed, unchanged);
    }

    /** (new − old) / |old| to 6 significant digits; null when old is zero. */
    public static BigDecimal relative(BigDecimal old, BigDecimal now) {
        if (old.signum() == 0) {
            return null;
        }
        return now.subtract(old).divide(old.abs(), new MathContext(6));
    }

    private static boolean differs(FactorEntry a, FactorEntry b) {
        return a.value().compareTo(b.value()) != 0
                || !a.unit().equals(b.unit())
                || a.category() != b.category()
                || !a.nameZh().equals(b.nameZh())
                || !a.nameEn().equals(b.nameEn())
                || !a.sourceCitation().equals(b.sourceCitation())
                || !Objects.equals(a.sourceUrl(), b.sourceUrl())
                || !Objects.equals(a.pedigree(), b.pedigree())
                || !Objects.equals(a.uncertainty(), b.uncertainty());
    }

    private static Map<FactorKey, FactorEntry> index(List<FactorEntry> entries) {
        Map<FactorKey, FactorEntry> map = new TreeMap<>();
        for (FactorEntry entry : entries) {
            map.put(entry.key(), entry);
        }
        return map;
    }
}
