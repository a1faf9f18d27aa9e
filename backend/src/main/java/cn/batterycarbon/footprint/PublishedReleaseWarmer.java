package cn.batterycarbon.footprint;

import cn.batterycarbon.factor.FactorCatalog;
import cn.batterycarbon.factor.FactorEvents.FactorReleasePublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a factor release is published, loads it into the in-memory factor catalog, so the first
 * calculation against it does not pay for reading thousands of factors. Runs after the publishing
 * transaction committed; the publication is kept in the event registry until this completed, so
 * a crash in between is made good on the next start.
 */
@Component
class PublishedReleaseWarmer {

    private static final Logger log = LoggerFactory.getLogger(PublishedReleaseWarmer.class);

    private final FactorCatalog catalog;

    PublishedReleaseWarmer(FactorCatalog catalog) {
        this.catalog = catalog;
    }

    @ApplicationModuleListener
    void on(FactorReleasePublished event) {
        catalog.publishedRelease(event.releaseCode());
        log.info("Factor release {} published and loaded for calculations", event.releaseCode());
    }
}
