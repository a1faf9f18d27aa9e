package cn.batterycarbon.factor;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Implemented by the module that owns declarations (as a Spring bean) so that {@link
 * FactorReleaseImpacts#impactOnPinnedDeclarations(String)} can list which declarations a newly
 * published release would change. The implementation recalculates each declaration with the
 * footprint core, once with its pinned release and once with the new one: the factor module does
 * not compute footprints itself. Without such a bean there are no declarations to list.
 */
public interface PinnedDeclarations {

    /**
     * How moving to {@code newReleaseCode} would change each declaration pinned to another
     * published release, of the organizations {@code owners} accepts. Filter before calculating:
     * that is the expensive part.
     */
    List<DeclarationImpact> impactOf(String newReleaseCode, Predicate<UUID> owners);
}
