package cn.batterycarbon.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.batterycarbon.factor.FactorCatalog;
import cn.batterycarbon.factor.FactorTable;
import cn.batterycarbon.footprint.FootprintCalculations.ReleaseProblem;
import cn.batterycarbon.platform.web.NotFoundException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** Choosing the factor release and reading a configured performance-class table. */
class FootprintCalculationsTests {

    private static final ClassPathResource DEFAULT_CLASSES =
            new ClassPathResource("db/seed/footprint/performance-classes.txt");

    /** A catalog with the given published releases, the last one the latest. */
    private static FactorCatalog catalog(String... published) {
        return new FactorCatalog() {
            @Override
            public Optional<String> latestPublishedRelease() {
                return published.length == 0 ? Optional.empty() : Optional.of(published[published.length - 1]);
            }

            @Override
            public FactorTable publishedRelease(String releaseCode) {
                if (!java.util.List.of(published).contains(releaseCode)) {
                    throw new NotFoundException();
                }
                return new FactorTableResolverTests.Release(releaseCode, Map.of());
            }
        };
    }

    private static FootprintCalculations calculations(FactorCatalog catalog) {
        StaticListableBeanFactory beans = catalog == null
                ? new StaticListableBeanFactory()
                : new StaticListableBeanFactory(Map.of("catalog", catalog));
        return new FootprintCalculations(beans.getBeanProvider(FactorCatalog.class), DEFAULT_CLASSES);
    }

    @Test
    void usesTheReleaseAskedForOrTheLatestPublished() {
        FootprintCalculations calculations = calculations(catalog("CN-BG-2025.1", "CN-BG-2026.1"));
        assertThat(calculations.release(null).resolver().releaseCode()).isEqualTo("CN-BG-2026.1");
        assertThat(calculations.release(null).problem()).isNull();
        assertThat(calculations.release("CN-BG-2025.1").resolver().releaseCode())
                .isEqualTo("CN-BG-2025.1");
        assertThat(calculations.release("CN-BG-1999.1").problem()).isEqualTo(ReleaseProblem.UNKNOWN_RELEASE);
    }

    @Test
    void saysWhyThereIsNoRelease() {
        assertThat(calculations(null).release(null).problem()).isEqualTo(ReleaseProblem.DATABASE_UNAVAILABLE);
        assertThat(calculations(catalog()).release(null).problem()).isEqualTo(ReleaseProblem.NOTHING_PUBLISHED);
        assertThat(calculations(null).release(null).resolver().releaseCode()).isNull();
    }

    @Test
    void readsAConfiguredPerformanceClassTable() {
        FootprintCalculations shipped = calculations(null);
        assertThat(shipped.performanceClasses().version()).isEqualTo("PLATFORM-2026.1");

        ByteArrayResource custom =
                new ByteArrayResource("version=PILOT-2027\nA;0.05\nB;\n".getBytes(StandardCharsets.UTF_8));
        FootprintCalculations configured =
                new FootprintCalculations(new StaticListableBeanFactory().getBeanProvider(FactorCatalog.class), custom);
        assertThat(configured
                        .performanceClasses()
                        .classify(new BigDecimal("0.06"))
                        .performanceClass())
                .isEqualTo("B");
        assertThat(configured.performanceClasses().version()).isEqualTo("PILOT-2027");
    }
}
