package cn.batterycarbon.certificate.pdf;

/**
 * The platform's signature algorithm: RSA or ECDSA (P-256) with SHA-256, or the Chinese national
 * algorithms SM2 with SM3 (GM/T 0003, GM/T 0004).
 */
public enum SignatureAlgorithm {
    RSA("RSA", "SHA256withRSA"),
    ECDSA("EC", "SHA256withECDSA"),
    SM2("EC", "SM3withSM2");

    private final String keyAlgorithm;
    private final String jcaName;

    SignatureAlgorithm(String keyAlgorithm, String jcaName) {
        this.keyAlgorithm = keyAlgorithm;
        this.jcaName = jcaName;
    }

    public String keyAlgorithm() {
        return keyAlgorithm;
    }

    /** The JCA / Bouncy Castle name of the signature, e.g. {@code SM3withSM2}. */
    public String jcaName() {
        return jcaName;
    }
}
