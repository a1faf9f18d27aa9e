package cn.batterycarbon.factor;

import java.util.Optional;

/** How calculations reach the background database: published releases, as in-memory tables. */
public interface FactorCatalog {

    /** Code of the most recently published release, if any release is published. */
    Optional<String> latestPublishedRelease();

    /**
     * The published release {@code releaseCode} as an in-memory table (loaded once, then cached:
     * published releases never change).
     *
     * @throws cn.batterycarbon.platform.web.NotFoundException when no published release has that code
     */
    FactorTable publishedRelease(String releaseCode);
}
