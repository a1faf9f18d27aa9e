package cn.batterycarbon.certificate;

/** A certificate is valid until it expires, is revoked, or a newer revision supersedes it. */
public enum CertificateStatus {
    VALID,
    REVOKED,
    SUPERSEDED;

    public String messageKey() {
        return "certificate.status." + name();
    }
}
