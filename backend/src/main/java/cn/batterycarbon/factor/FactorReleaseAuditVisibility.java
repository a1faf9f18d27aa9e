package cn.batterycarbon.factor;

import cn.batterycarbon.factor.application.FactorReleaseService;
import cn.batterycarbon.factor.domain.FactorReleases;
import cn.batterycarbon.platform.events.AuditedObjects;
import cn.batterycarbon.platform.security.PlatformUser;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A factor release's audit timeline is visible to whoever may see the release: everyone once it
 * is published, its institute's stewards and reviewers before.
 */
@Component
class FactorReleaseAuditVisibility implements AuditedObjects {

    private final FactorReleases releases;

    FactorReleaseAuditVisibility(FactorReleases releases) {
        this.releases = releases;
    }

    @Override
    public String objectType() {
        return "FACTOR_RELEASE";
    }

    @Override
    @Transactional(readOnly = true)
    public boolean visible(UUID objectId, PlatformUser user) {
        return releases.findById(objectId)
                .filter(release -> FactorReleaseService.canSee(release, user))
                .isPresent();
    }
}
