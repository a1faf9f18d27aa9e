package cn.batterycarbon.factor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Which declarations a newly published release would change, and by how much. The declaration
 * module recalculates them with the footprint core (through {@link PinnedDeclarations}); this
 * service checks the release, keeps what the caller may see and orders by the size of the change.
 */
@Service
public class FactorReleaseImpacts {

    private final FactorCatalog catalog;
    private final ObjectProvider<PinnedDeclarations> sources;

    FactorReleaseImpacts(FactorCatalog catalog, ObjectProvider<PinnedDeclarations> sources) {
        this.catalog = catalog;
        this.sources = sources;
    }

    /** {@link #impactOnPinnedDeclarations(String, Predicate)} for every organization. */
    public List<DeclarationImpact> impactOnPinnedDeclarations(String newReleaseCode) {
        return impactOnPinnedDeclarations(newReleaseCode, owner -> true);
    }

    /**
     * The declarations of the organizations {@code visibleOwner} accepts that moving to {@code
     * newReleaseCode} would change (or that could not be recalculated completely), largest
     * relative change first.
     *
     * @throws cn.batterycarbon.platform.web.NotFoundException when the release is not published
     */
    public List<DeclarationImpact> impactOnPinnedDeclarations(String newReleaseCode, Predicate<UUID> visibleOwner) {
        catalog.publishedRelease(newReleaseCode);
        List<DeclarationImpact> impacts = new ArrayList<>();
        // The source filters before it calculates; the second test keeps the guarantee here.
        sources.orderedStream()
                .forEach(source -> source.impactOf(newReleaseCode, visibleOwner).stream()
                        .filter(impact -> visibleOwner.test(impact.organizationId()))
                        .filter(DeclarationImpact::changes)
                        .forEach(impacts::add));
        impacts.sort(Comparator.comparing(
                (DeclarationImpact i) ->
                        i.relativeChange() == null ? null : i.relativeChange().abs(),
                Comparator.nullsFirst(Comparator.reverseOrder())));
        return impacts;
    }
}
