package cn.batterycarbon.responsibility.core;

/** Value-added rows of an input-output table; {@link #OPERATING_SURPLUS} drives the profit rule. */
public enum ValueAddedComponent {
    COMPENSATION,
    NET_TAXES,
    DEPRECIATION,
    OPERATING_SURPLUS;

    public String messageKey() {
        return "responsibility.va." + name();
    }
}
