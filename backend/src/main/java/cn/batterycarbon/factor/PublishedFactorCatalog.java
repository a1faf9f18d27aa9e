package cn.batterycarbon.factor;

import cn.batterycarbon.factor.core.InMemoryFactorTable;
import cn.batterycarbon.factor.domain.EmissionFactor;
import cn.batterycarbon.factor.domain.EmissionFactors;
import cn.batterycarbon.factor.domain.FactorRelease;
import cn.batterycarbon.factor.domain.FactorReleases;
import cn.batterycarbon.factor.domain.ReleaseStatus;
import cn.batterycarbon.platform.web.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link FactorCatalog} over the database: a published release is loaded once into an
 * {@link InMemoryFactorTable} and kept, since published releases never change (the database
 * refuses any change to them). Retired factors are not part of the table.
 */
@Service
@Transactional(readOnly = true)
class PublishedFactorCatalog implements FactorCatalog {

    private final FactorReleases releases;
    private final EmissionFactors factors;
    private final Map<String, FactorTable> tables = new ConcurrentHashMap<>();

    PublishedFactorCatalog(FactorReleases releases, EmissionFactors factors) {
        this.releases = releases;
        this.factors = factors;
    }

    @Override
    public Optional<String> latestPublishedRelease() {
        return releases.findFirstByStatusOrderByPublishedAtDesc(ReleaseStatus.PUBLISHED)
                .map(FactorRelease::getCode);
    }

    @Override
    public FactorTable publishedRelease(String releaseCode) {
        FactorTable cached = tables.get(releaseCode);
        if (cached != null) {
            return cached;
        }
        FactorRelease release = releases.findByCode(releaseCode)
                .filter(FactorRelease::isPublished)
                .orElseThrow(NotFoundException::new);
        List<ResolvedFactor> resolved = factors.findByReleaseIdAndRetiredFalse(release.getId()).stream()
                .map(f -> resolved(f, release.getCode()))
                .toList();
        FactorTable table = InMemoryFactorTable.of(release.getCode(), resolved);
        tables.putIfAbsent(releaseCode, table);
        return tables.get(releaseCode);
    }

    static ResolvedFactor resolved(EmissionFactor factor, String releaseCode) {
        var uncertainty = factor.uncertainty();
        String source = factor.getSourceUrl() == null
                ? factor.getSourceCitation()
                : factor.getSourceCitation() + " " + factor.getSourceUrl();
        return new ResolvedFactor(
                factor.getCode(),
                factor.getNameZh(),
                factor.getNameEn(),
                factor.getValue(),
                factor.getUnit(),
                factor.getGeography(),
                factor.getYear(),
                releaseCode,
                source,
                uncertainty == null
                        ? null
                        : new ResolvedFactor.Uncertainty(uncertainty.distribution(), uncertainty.a(), uncertainty.b()),
                factor.getCategory().name());
    }
}
