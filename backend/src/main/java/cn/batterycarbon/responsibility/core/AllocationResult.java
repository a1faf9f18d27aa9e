package cn.batterycarbon.responsibility.core;

import java.util.List;

/**
 * The responsibility kept by each sector and passed to each final-demand category, in the same
 * unit as the emissions allocated. {@code sectorResponsibility + finalDemandResponsibility} sums
 * to {@link #total()}.
 *
 * @param sectorResponsibility by sector index of the table
 * @param finalDemandResponsibility by {@link FinalDemandCategory} ordinal
 * @param ratios the allocation ratio used per sector, after clamping
 * @param layers flow per layer (one entry summarising all layers for an infinite depth)
 * @param iterations solver iterations for an infinite depth, else the number of layers
 */
public record AllocationResult(
        double total,
        int focusIndex,
        double[] sectorResponsibility,
        double[] finalDemandResponsibility,
        double[] ratios,
        List<Layer> layers,
        List<AllocationWarning> warnings,
        int iterations) {

    /**
     * @param arrived flow arriving at the layer's sectors
     * @param kept kept by the layer's sectors
     * @param finalDemand passed to final demand by category ordinal
     * @param passed flow passed on to the next layer
     */
    public record Layer(int number, double arrived, double kept, double[] finalDemand, double passed) {}

    public double focusSectorResponsibility() {
        return sectorResponsibility[focusIndex];
    }

    /** The focus sector's share of the total (1.0 = it bears everything). */
    public double focusSectorShare() {
        return total == 0.0 ? 0.0 : sectorResponsibility[focusIndex] / total;
    }

    public double finalDemandTotal() {
        double sum = 0.0;
        for (double v : finalDemandResponsibility) {
            sum += v;
        }
        return sum;
    }

    public double finalDemand(FinalDemandCategory category) {
        return finalDemandResponsibility[category.ordinal()];
    }

    /** Everything allocated, summed back: equals {@link #total()} up to rounding. */
    public double allocatedSum() {
        double sum = finalDemandTotal();
        for (double v : sectorResponsibility) {
            sum += v;
        }
        return sum;
    }
}
