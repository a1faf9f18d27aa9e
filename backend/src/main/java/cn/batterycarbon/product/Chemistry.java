package cn.batterycarbon.product;

/** Cell chemistry of a battery model; NMC with its usual nickel-manganese-cobalt ratios. */
public enum Chemistry {
    LFP,
    LMFP,
    NMC111,
    NMC523,
    NMC622,
    NMC811,
    NCA,
    SODIUM_ION,
    OTHER;

    public String messageKey() {
        return "product.chemistry." + name();
    }
}
