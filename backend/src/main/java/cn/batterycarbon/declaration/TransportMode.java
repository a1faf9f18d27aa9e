package cn.batterycarbon.declaration;

public enum TransportMode {
    ROAD,
    RAIL,
    SEA,
    INLAND_WATERWAY,
    AIR;

    public String messageKey() {
        return "declaration.transport." + name();
    }
}
