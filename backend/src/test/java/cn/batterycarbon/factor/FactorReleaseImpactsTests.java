package cn.batterycarbon.factor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.batterycarbon.platform.web.NotFoundException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The "which declarations would change" service: the declaration module calculates (with the
 * footprint core); this service checks the release, keeps what the caller may see, drops what
 * would not change and orders by the size of the change.
 */
class FactorReleaseImpactsTests {

    private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID OTHER = UUID.fromString("00000000-0000-0000-0000-000000000002");

    final FactorCatalog catalog = new FactorCatalog() {
        @Override
        public Optional<String> latestPublishedRelease() {
            return Optional.of("R-2");
        }

        @Override
        public FactorTable publishedRelease(String releaseCode) {
            if (!releaseCode.startsWith("R-")) {
                throw new NotFoundException();
            }
            return null;
        }
    };

    final List<String> askedFor = new ArrayList<>();

    final PinnedDeclarations declarations = (release, owners) -> {
        askedFor.add(release);
        return List.of(
                impact("unchanged", OWNER, "100", "100", true),
                impact("small", OWNER, "100", "99", true),
                impact("large", OWNER, "100", "80", true),
                impact("incomplete", OWNER, "0", "0", false),
                impact("other-organization", OTHER, "100", "50", true));
    };

    @Test
    void listsOnlyVisibleDeclarationsThatWouldChangeIncompleteAndLargestRelativeChangeFirst() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("declarations", declarations);
        FactorReleaseImpacts impacts =
                new FactorReleaseImpacts(catalog, beans.getBeanProvider(PinnedDeclarations.class));

        List<DeclarationImpact> result = impacts.impactOnPinnedDeclarations("R-2", OWNER::equals);

        assertThat(result).extracting(DeclarationImpact::declarationId).containsExactly("incomplete", "large", "small");
        assertThat(askedFor).containsExactly("R-2");
    }

    @Test
    void anUnpublishedReleaseIsNotFoundAndWithoutADeclarationModuleThereIsNothingToList() {
        FactorReleaseImpacts impacts = new FactorReleaseImpacts(
                catalog, new StaticListableBeanFactory().getBeanProvider(PinnedDeclarations.class));
        assertThat(impacts.impactOnPinnedDeclarations("R-2")).isEmpty();
        assertThatThrownBy(() -> impacts.impactOnPinnedDeclarations("DRAFT-9")).isInstanceOf(NotFoundException.class);
    }

    static DeclarationImpact impact(String id, UUID owner, String before, String after, boolean complete) {
        BigDecimal from = new BigDecimal(before);
        BigDecimal to = new BigDecimal(after);
        BigDecimal change = complete ? to.subtract(from) : BigDecimal.ZERO;
        return new DeclarationImpact(
                id,
                owner,
                "R-1",
                "R-2",
                from,
                to,
                change,
                complete && from.signum() != 0 ? change.divide(from) : null,
                complete,
                List.of());
    }
}
