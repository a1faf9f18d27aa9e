package cn.batterycarbon.footprint.core;

import java.util.Optional;

/** Finds background factors of one release, in memory. */
public interface FactorResolver {

    /** The release the factors come from; null when there is none (inline factors only). */
    String releaseCode();

    /**
     * The factor {@code code} for {@code geography} (null: national) and {@code year} (null: the
     * latest), after whatever fallback the release applies.
     */
    Optional<BackgroundFactor> find(String code, String geography, Integer year);

    /** Why {@link #find} found nothing: not in the release, not for this geography, or only later years. */
    default Absence absence(String code, String geography, Integer year) {
        return Absence.NOT_IN_RELEASE;
    }

    enum Absence {
        NOT_IN_RELEASE,
        NOT_FOR_GEOGRAPHY,
        ONLY_LATER_YEARS
    }

    /** A resolver without any background factor: only supplier- and company-specific factors work. */
    static FactorResolver none() {
        return new FactorResolver() {
            @Override
            public String releaseCode() {
                return null;
            }

            @Override
            public Optional<BackgroundFactor> find(String code, String geography, Integer year) {
                return Optional.empty();
            }
        };
    }
}
