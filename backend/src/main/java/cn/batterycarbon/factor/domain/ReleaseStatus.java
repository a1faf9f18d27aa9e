package cn.batterycarbon.factor.domain;

/** Where a factor release is in its life: edited, under expert review, or published (immutable). */
public enum ReleaseStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED;

    public String messageKey() {
        return "factor.release.status." + name();
    }
}
