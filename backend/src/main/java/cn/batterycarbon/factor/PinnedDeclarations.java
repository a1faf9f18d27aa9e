package cn.batterycarbon.factor;

import java.util.List;

/**
 * Implemented by the module that owns declarations (as a Spring bean) so that
 * {@link FactorReleaseImpacts#impactOnPinnedDeclarations(String)} can list which declarations a
 * newly published release would change. Without such a bean there are no declarations to list.
 */
public interface PinnedDeclarations {

    /** Every declaration pinned to a published factor release, with its background-factor lines. */
    List<PinnedDeclaration> pinnedDeclarations();
}
