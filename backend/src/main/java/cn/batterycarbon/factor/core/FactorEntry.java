package cn.batterycarbon.factor.core;

import java.math.BigDecimal;

/**
 * One validated factor row as entered by form, file or API: the value is in kg CO2e per the
 * normalized unit ({@code kgCO2e/kWh}), the geography a known code.
 *
 * @param pedigree data-quality indicators 1 (best) to 5, each optional
 * @param uncertainty null when none is given
 */
public record FactorEntry(
        String code,
        FactorCategory category,
        String nameZh,
        String nameEn,
        BigDecimal value,
        String unit,
        String geography,
        int year,
        String sourceCitation,
        String sourceUrl,
        Pedigree pedigree,
        Uncertainty uncertainty,
        String note) {

    /** The row's identity within a release. */
    public FactorKey key() {
        return new FactorKey(code, geography, year);
    }

    /** Pedigree matrix scores (Weidema and Wesnæs 1996), 1 = best, 5 = worst; null = not rated. */
    public record Pedigree(
            Integer reliability, Integer completeness, Integer temporal, Integer geographical, Integer technological) {

        public static final Pedigree NONE = new Pedigree(null, null, null, null, null);

        public boolean isRated() {
            return reliability != null
                    || completeness != null
                    || temporal != null
                    || geographical != null
                    || technological != null;
        }

        /** The scores as written in tables and files, e.g. {@code (2,1,1,1,3)}; "n.a." for unrated ones. */
        public String written() {
            return "(" + score(reliability) + "," + score(completeness) + "," + score(temporal) + ","
                    + score(geographical) + "," + score(technological) + ")";
        }

        private static String score(Integer value) {
            return value == null ? "-" : value.toString();
        }
    }

    /**
     * {@code LOGNORMAL}: a = geometric standard deviation (≥ 1); {@code NORMAL}: a = standard
     * deviation; {@code UNIFORM} / {@code TRIANGULAR}: a = minimum, b = maximum.
     */
    public record Uncertainty(String distribution, BigDecimal a, BigDecimal b) {}

    /** Identity of a factor row within a release: (code, geography, year). */
    public record FactorKey(String code, String geography, int year) implements Comparable<FactorKey> {

        @Override
        public int compareTo(FactorKey other) {
            int byCode = code.compareTo(other.code);
            if (byCode != 0) {
                return byCode;
            }
            int byGeography = geography.compareTo(other.geography);
            return byGeography != 0 ? byGeography : Integer.compare(year, other.year);
        }

        @Override
        public String toString() {
            return code + " / " + geography + " / " + year;
        }
    }
}
