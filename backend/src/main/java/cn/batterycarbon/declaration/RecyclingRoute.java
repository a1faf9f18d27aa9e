package cn.batterycarbon.declaration;

public enum RecyclingRoute {
    HYDROMETALLURGICAL,
    PYROMETALLURGICAL,
    DIRECT;

    public String messageKey() {
        return "declaration.route." + name();
    }
}
