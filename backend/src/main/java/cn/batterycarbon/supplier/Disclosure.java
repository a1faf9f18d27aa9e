package cn.batterycarbon.supplier;

/**
 * What a supplier lets the requesting organization see of one record, besides what is always
 * shown (product, declared unit, total footprint, primary-data share, data quality, period and
 * standard).
 *
 * @param breakdown the cradle-to-gate split into raw materials, processing and transport
 * @param stages the four battery life-cycle stages and the absolute footprint
 * @param upstreamNames the names of its own suppliers and their products in the upstream chain
 * @param site production site and batches
 * @param evidence the evidence files (names, fingerprints, downloads)
 * @param verifierFullAccess a verifier assigned to a declaration using the record sees everything
 */
public record Disclosure(
        boolean breakdown,
        boolean stages,
        boolean upstreamNames,
        boolean site,
        boolean evidence,
        boolean verifierFullAccess) {

    public static final Disclosure EVERYTHING = new Disclosure(true, true, true, true, true, true);

    /** The default for a new record: total and stages and evidence, not the breakdown, names, site. */
    public static final Disclosure DEFAULT = new Disclosure(false, true, false, false, true, false);
}
