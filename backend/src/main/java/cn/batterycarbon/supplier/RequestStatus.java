package cn.batterycarbon.supplier;

/** Where a data request stands. */
public enum RequestStatus {
    /** Sent (or re-opened), waiting for the supplier. */
    OPEN,
    /** The supplier answered with an upstream record; the requester decides. */
    ANSWERED,
    ACCEPTED,
    REJECTED,
    /** The supplier declined with a reason. */
    DECLINED,
    /** The requester withdrew it. */
    WITHDRAWN;

    public String messageKey() {
        return "supplier.status." + name();
    }
}
