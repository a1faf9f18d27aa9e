package cn.batterycarbon.footprint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PerformanceClassTableTests {

    @Test
    void theShippedTableIsVersionedAndClassifiesByInclusiveUpperBounds() {
        PerformanceClassTable table = PerformanceClassTable.platformDefault();
        assertThat(table.version()).isEqualTo("PLATFORM-2026.1");
        assertThat(table.classify(new BigDecimal("0.059856")).performanceClass())
                .isEqualTo("A");
        assertThat(table.classify(new BigDecimal("0.100")).performanceClass()).isEqualTo("A");
        assertThat(table.classify(new BigDecimal("0.100001")).performanceClass())
                .isEqualTo("B");
        assertThat(table.classify(new BigDecimal("0.226656")))
                .isEqualTo(new PerformanceClassTable.Classification("D", "PLATFORM-2026.1"));
        assertThat(table.classify(new BigDecimal("7")).performanceClass()).isEqualTo("E");
    }

    @Test
    void anotherTableCanBeConfigured() {
        PerformanceClassTable table = read("# test\nversion=TEST-1\nGOOD;0.05\nBAD;\n");
        assertThat(table.version()).isEqualTo("TEST-1");
        assertThat(table.classify(new BigDecimal("0.06")).performanceClass()).isEqualTo("BAD");
    }

    @Test
    void refusesTablesThatCannotClassifyEverything() {
        assertThatThrownBy(() -> read("version=X\nA;0.1\nB;0.2\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> read("version=X\nA;0.2\nB;0.1\nC;\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> read("A;0.2\nC;\n")).isInstanceOf(IllegalArgumentException.class);
    }

    private static PerformanceClassTable read(String text) {
        return PerformanceClassTable.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
