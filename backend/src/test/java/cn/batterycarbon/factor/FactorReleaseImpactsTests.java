package cn.batterycarbon.factor;

import static org.assertj.core.api.Assertions.assertThat;

import cn.batterycarbon.factor.core.InMemoryFactorTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The "which declarations would change" service over in-memory releases and declarations. */
class FactorReleaseImpactsTests {

    private static final java.util.UUID OWNER = java.util.UUID.fromString("00000000-0000-0000-0000-000000000001");

    final Map<String, FactorTable> releases = Map.of(
            "R-1", InMemoryFactorTable.of("R-1", List.of(factor("ELEC-GRID", "CN", 2022, "0.5366"))),
            "R-2",
                    InMemoryFactorTable.of(
                            "R-2",
                            List.of(
                                    factor("ELEC-GRID", "CN", 2022, "0.5366"),
                                    factor("ELEC-GRID", "CN", 2023, "0.5306"),
                                    factor("ELEC-GRID", "CN-GRID-SOUTH", 2023, "0.4042"))));

    final FactorCatalog catalog = new FactorCatalog() {
        @Override
        public Optional<String> latestPublishedRelease() {
            return Optional.of("R-2");
        }

        @Override
        public FactorTable publishedRelease(String releaseCode) {
            return releases.get(releaseCode);
        }
    };

    @Test
    void listsOnlyDeclarationsThatWouldChangeLargestRelativeChangeFirst() {
        PinnedDeclarations declarations = owners -> List.of(
                declaration("unchanged-2022", "CN", 2022),
                declaration("national-2023", "CN", 2023),
                declaration("guangdong-2023", "CN-GD", 2023),
                new PinnedDeclaration("already-on-R2", OWNER, "R-2", List.of()));
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("declarations", declarations);
        FactorReleaseImpacts impacts =
                new FactorReleaseImpacts(catalog, beans.getBeanProvider(PinnedDeclarations.class));

        List<DeclarationImpact> result = impacts.impactOnPinnedDeclarations("R-2");

        assertThat(result)
                .extracting(DeclarationImpact::declarationId)
                .containsExactly("guangdong-2023", "national-2023");
        DeclarationImpact guangdong = result.get(0);
        assertThat(guangdong.emissionsBefore()).isEqualByComparingTo("536.6");
        assertThat(guangdong.emissionsAfter()).isEqualByComparingTo("404.2");
        assertThat(guangdong.lines().get(0).after().geography()).isEqualTo("CN-GRID-SOUTH");
        assertThat(result.get(1).change()).isEqualByComparingTo("-6.0");
    }

    @Test
    void withoutADeclarationModuleThereIsNothingToList() {
        FactorReleaseImpacts impacts = new FactorReleaseImpacts(
                catalog, new StaticListableBeanFactory().getBeanProvider(PinnedDeclarations.class));
        assertThat(impacts.impactOnPinnedDeclarations("R-2")).isEmpty();
    }

    static ResolvedFactor factor(String code, String geography, int year, String value) {
        return new ResolvedFactor(
                code, code, code, new BigDecimal(value), "kgCO2e/kWh", geography, year, "R", "source", null);
    }

    static PinnedDeclaration declaration(String id, String geography, int year) {
        return new PinnedDeclaration(
                id,
                OWNER,
                "R-1",
                List.of(new PinnedDeclaration.Line("ELEC-GRID", geography, year, new BigDecimal("1000"), "kWh")));
    }
}
