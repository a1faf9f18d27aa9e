package cn.batterycarbon.product;

/** What is declared: a single cell, a module or a complete pack. */
public enum BatteryFormat {
    CELL,
    MODULE,
    PACK;

    public String messageKey() {
        return "product.format." + name();
    }
}
