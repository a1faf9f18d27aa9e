package cn.batterycarbon.factor;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Implemented by the module that owns declarations (as a Spring bean) so that
 * {@link FactorReleaseImpacts#impactOnPinnedDeclarations(String)} can list which declarations a
 * newly published release would change. Without such a bean there are no declarations to list.
 */
public interface PinnedDeclarations {

    /**
     * The declarations pinned to a published factor release, with their background-factor lines,
     * of the organizations {@code owners} accepts. Filter before building the lines: that is the
     * expensive part.
     */
    List<PinnedDeclaration> pinnedDeclarations(Predicate<UUID> owners);
}
