package cn.batterycarbon.factor;

import java.util.Optional;

/**
 * A published factor release held in memory for calculations. Lookups never touch the database.
 */
public interface FactorTable {

    String releaseCode();

    /**
     * The factor {@code code} for {@code geography} and {@code year}, falling back from province to
     * its grid region to national ({@code CN}), and from {@code year} to the latest earlier year
     * available at the most specific geography that has the code.
     *
     * @param geography a province, grid region or national geography code; null means national
     * @param year reference year wanted; null means the latest available
     */
    Optional<ResolvedFactor> find(String code, String geography, Integer year);

    /**
     * Why {@link #find} found nothing, so a message can be true: the code is not in the release at
     * all, it exists only for other geographies (another province), or only for later years.
     */
    default Absence absence(String code, String geography, Integer year) {
        return Absence.NOT_IN_RELEASE;
    }

    /** Why a lookup found nothing. */
    enum Absence {
        NOT_IN_RELEASE,
        NOT_FOR_GEOGRAPHY,
        ONLY_LATER_YEARS
    }

    /** The factor for a geography-independent code (materials, transport): national, latest year. */
    default Optional<ResolvedFactor> find(String code) {
        return find(code, null, null);
    }
}
