package cn.batterycarbon.factor;

import cn.batterycarbon.factor.core.FactorCategory;
import cn.batterycarbon.factor.domain.EmissionFactor;
import cn.batterycarbon.factor.domain.EmissionFactors;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Browsing and searching the factors of one release. */
@Service
@Transactional(readOnly = true)
public class FactorSearch {

    /**
     * Search criteria; null or blank fields do not filter. {@code text} matches code, Chinese and
     * English name (case-insensitive, anywhere).
     */
    public record Criteria(
            FactorCategory category,
            String text,
            String geography,
            Integer year,
            String unit,
            boolean includeRetired) {}

    public static final Sort ORDER = Sort.by("category", "code", "geography", "year");

    private final EmissionFactors factors;

    FactorSearch(EmissionFactors factors) {
        this.factors = factors;
    }

    public Page<EmissionFactor> search(UUID releaseId, Criteria criteria, Pageable page) {
        Specification<EmissionFactor> spec = (root, query, cb) -> cb.equal(root.get("releaseId"), releaseId);
        if (!criteria.includeRetired()) {
            spec = spec.and((root, query, cb) -> cb.isFalse(root.get("retired")));
        }
        if (criteria.category() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("category"), criteria.category()));
        }
        if (criteria.text() != null && !criteria.text().isBlank()) {
            String like = "%" + escape(criteria.text().trim().toLowerCase(Locale.ROOT)) + "%";
            spec = spec.and((root, query, cb) -> cb.or(
                    cb.like(cb.lower(root.get("code")), like, '\\'),
                    cb.like(cb.lower(root.get("nameZh")), like, '\\'),
                    cb.like(cb.lower(root.get("nameEn")), like, '\\')));
        }
        if (criteria.geography() != null && !criteria.geography().isBlank()) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("geography"), criteria.geography()));
        }
        if (criteria.year() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("year"), criteria.year()));
        }
        if (criteria.unit() != null && !criteria.unit().isBlank()) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("unit"), criteria.unit()));
        }
        return factors.findAll(spec, page);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
