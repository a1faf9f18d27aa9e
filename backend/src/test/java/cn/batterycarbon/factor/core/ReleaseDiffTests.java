package cn.batterycarbon.factor.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseDiffTests {

    static FactorEntry entry(String code, String geography, int year, String value) {
        return new FactorEntry(
                code,
                FactorCategory.GRID_ELECTRICITY,
                code,
                code,
                new BigDecimal(value),
                "kgCO2e/kWh",
                geography,
                year,
                "source",
                null,
                FactorEntry.Pedigree.NONE,
                null,
                null);
    }

    @Test
    void addedRemovedAndChangedWithTheRelativeChange() {
        ReleaseDiff.Summary diff = ReleaseDiff.between(
                List.of(entry("A", "CN", 2022, "0.5000"), entry("B", "CN", 2022, "1"), entry("C", "CN", 2022, "2")),
                List.of(entry("A", "CN", 2022, "0.55"), entry("B", "CN", 2022, "1.000"), entry("D", "CN", 2023, "3")));
        assertThat(diff.added()).isEqualTo(1);
        assertThat(diff.removed()).isEqualTo(1);
        assertThat(diff.changed()).isEqualTo(1);
        assertThat(diff.unchanged()).isEqualTo(1);
        ReleaseDiff.Change a = diff.changes().get(0);
        assertThat(a.kind()).isEqualTo(ReleaseDiff.Kind.CHANGED);
        assertThat(a.relativeChange()).isEqualByComparingTo("0.1");
        assertThat(diff.changes())
                .extracting(ReleaseDiff.Change::kind)
                .containsExactly(ReleaseDiff.Kind.CHANGED, ReleaseDiff.Kind.REMOVED, ReleaseDiff.Kind.ADDED);
    }

    @Test
    void aChangeFromZeroHasNoRelativeChange() {
        assertThat(ReleaseDiff.relative(BigDecimal.ZERO, BigDecimal.ONE)).isNull();
        assertThat(ReleaseDiff.relative(new BigDecimal("-2"), new BigDecimal("-1")))
                .isEqualByComparingTo("0.5");
    }
}
