package cn.batterycarbon.factor;

import cn.batterycarbon.factor.core.ImpactCalculator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Which declarations a newly published release would change, and by how much: each declaration's
 * background-factor lines are recalculated with the release it is pinned to and with the new one
 * (both held in memory through {@link FactorCatalog}).
 */
@Service
public class FactorReleaseImpacts {

    private final FactorCatalog catalog;
    private final ObjectProvider<PinnedDeclarations> sources;

    FactorReleaseImpacts(FactorCatalog catalog, ObjectProvider<PinnedDeclarations> sources) {
        this.catalog = catalog;
        this.sources = sources;
    }

    /**
     * The impact of moving each given declaration to {@code newReleaseCode}, for those that would
     * change (or could not be recalculated completely), largest relative change first.
     *
     * @throws cn.batterycarbon.platform.web.NotFoundException when a release is not published
     */
    public List<DeclarationImpact> impactOf(String newReleaseCode, Collection<PinnedDeclaration> declarations) {
        FactorTable next = catalog.publishedRelease(newReleaseCode);
        List<DeclarationImpact> impacts = new ArrayList<>();
        for (PinnedDeclaration declaration : declarations) {
            if (declaration.releaseCode().equals(newReleaseCode)) {
                continue;
            }
            DeclarationImpact impact =
                    ImpactCalculator.impact(declaration, catalog.publishedRelease(declaration.releaseCode()), next);
            if (impact.changes()) {
                impacts.add(impact);
            }
        }
        impacts.sort(Comparator.comparing(
                (DeclarationImpact i) ->
                        i.relativeChange() == null ? null : i.relativeChange().abs(),
                Comparator.nullsFirst(Comparator.reverseOrder())));
        return impacts;
    }

    /** {@link #impactOf} for every declaration the declaration module reports as pinned. */
    public List<DeclarationImpact> impactOnPinnedDeclarations(String newReleaseCode) {
        return impactOnPinnedDeclarations(newReleaseCode, owner -> true);
    }

    /** As above, for the declarations of the organizations {@code visibleOwner} accepts only. */
    public List<DeclarationImpact> impactOnPinnedDeclarations(
            String newReleaseCode, java.util.function.Predicate<java.util.UUID> visibleOwner) {
        List<PinnedDeclaration> visible = new ArrayList<>();
        // The source filters before it builds lines; the second test keeps the guarantee here.
        sources.orderedStream()
                .forEach(source -> source.pinnedDeclarations(visibleOwner).stream()
                        .filter(declaration -> visibleOwner.test(declaration.organizationId()))
                        .forEach(visible::add));
        return impactOf(newReleaseCode, visible);
    }
}
