package cn.batterycarbon.declaration;

/** DRAFT → CALCULATED (a stored result; editing puts it back to DRAFT) → SUBMITTED (locked). */
public enum DeclarationStatus {
    DRAFT,
    CALCULATED,
    SUBMITTED;

    public String messageKey() {
        return "declaration.status." + name();
    }
}
