package cn.batterycarbon.factor.core;

import cn.batterycarbon.factor.FactorTable;
import cn.batterycarbon.factor.ResolvedFactor;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A published release held in memory: per factor code, per geography, the values by year in a
 * sorted array, so that a lookup is a few hash probes and a binary search (well under a
 * microsecond, see {@code FactorLookupBenchmark}).
 *
 * <p>The lookup rule ({@link #find}): walk the geography fallback chain of {@link Geographies}
 * (province → its regional grid → {@code CN} → {@code GLO}); at the first geography that has a
 * value for the code at or before the wanted year, take the exact year if present, otherwise the
 * latest earlier year. A value for a later year is never used for an earlier one. Without a
 * wanted year the latest year of the most specific geography that has the code is taken.
 */
public final class InMemoryFactorTable implements FactorTable {

    private final String releaseCode;
    private final Map<String, Map<String, Years>> byCode;
    private final int size;

    private InMemoryFactorTable(String releaseCode, Map<String, Map<String, Years>> byCode, int size) {
        this.releaseCode = releaseCode;
        this.byCode = byCode;
        this.size = size;
    }

    /** Builds the table; two factors with the same (code, geography, year) are refused. */
    public static InMemoryFactorTable of(String releaseCode, Collection<ResolvedFactor> factors) {
        Map<String, Map<String, List<ResolvedFactor>>> grouped = new HashMap<>();
        for (ResolvedFactor factor : factors) {
            grouped.computeIfAbsent(factor.code(), c -> new HashMap<>())
                    .computeIfAbsent(factor.geography(), g -> new java.util.ArrayList<>())
                    .add(factor);
        }
        Map<String, Map<String, Years>> byCode = new HashMap<>(grouped.size() * 2);
        grouped.forEach((code, geographies) -> {
            Map<String, Years> byGeography = new HashMap<>(geographies.size() * 2);
            geographies.forEach((geography, list) -> byGeography.put(geography, Years.of(list)));
            byCode.put(code, byGeography);
        });
        return new InMemoryFactorTable(releaseCode, byCode, factors.size());
    }

    @Override
    public String releaseCode() {
        return releaseCode;
    }

    public int size() {
        return size;
    }

    @Override
    public Optional<ResolvedFactor> find(String code, String geography, Integer year) {
        Map<String, Years> geographies = byCode.get(code);
        if (geographies == null) {
            return Optional.empty();
        }
        for (String candidate : Geographies.fallbackChain(geography)) {
            Years years = geographies.get(candidate);
            if (years != null) {
                ResolvedFactor found = years.atOrBefore(year);
                if (found != null) {
                    return Optional.of(found);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Absence absence(String code, String geography, Integer year) {
        Map<String, Years> geographies = byCode.get(code);
        if (geographies == null) {
            return Absence.NOT_IN_RELEASE;
        }
        for (String candidate : Geographies.fallbackChain(geography)) {
            if (geographies.containsKey(candidate)) {
                return Absence.ONLY_LATER_YEARS;
            }
        }
        return Absence.NOT_FOR_GEOGRAPHY;
    }

    /** The values of one code at one geography, ordered by year. */
    private record Years(int[] years, ResolvedFactor[] factors) {

        static Years of(List<ResolvedFactor> list) {
            ResolvedFactor[] sorted = list.toArray(ResolvedFactor[]::new);
            Arrays.sort(sorted, (a, b) -> Integer.compare(a.year(), b.year()));
            int[] years = new int[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                years[i] = sorted[i].year();
                if (i > 0 && years[i] == years[i - 1]) {
                    throw new IllegalArgumentException(
                            "Two factors for " + sorted[i].code() + " / " + sorted[i].geography() + " / " + years[i]);
                }
            }
            return new Years(years, sorted);
        }

        ResolvedFactor atOrBefore(Integer year) {
            if (year == null) {
                return factors[factors.length - 1];
            }
            int index = Arrays.binarySearch(years, year);
            if (index >= 0) {
                return factors[index];
            }
            int insertion = -index - 1;
            return insertion == 0 ? null : factors[insertion - 1];
        }
    }
}
