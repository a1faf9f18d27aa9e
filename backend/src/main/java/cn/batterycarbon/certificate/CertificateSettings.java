package cn.batterycarbon.certificate;

import cn.batterycarbon.certificate.pdf.SignatureAlgorithm;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Certificate settings ({@code bcf.certificate.*}).
 *
 * @param validity how long a certificate is valid from its issue date (ISO-8601 period, default two years)
 * @param publicUrl the platform's public address, printed in the QR code and on the certificate
 * @param signing the platform's signing key
 */
@ConfigurationProperties("bcf.certificate")
public record CertificateSettings(Period validity, String publicUrl, Signing signing) {

    /**
     * @param keyStore path of a PKCS#12 key store; empty = a key generated at start (demo mode)
     * @param algorithm RSA, ECDSA or SM2 (SM2 with SM3); of the generated key, or the one in the store
     */
    public record Signing(String keyStore, String password, String alias, SignatureAlgorithm algorithm) {

        public Signing {
            algorithm = algorithm == null ? SignatureAlgorithm.RSA : algorithm;
            password = password == null ? "" : password;
        }
    }

    public CertificateSettings {
        validity = validity == null ? Period.ofYears(2) : validity;
        publicUrl =
                publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
        signing = signing == null ? new Signing(null, null, null, null) : signing;
    }

    public String verifyUrl(String serial) {
        return publicUrl + "/verify/" + serial;
    }
}
