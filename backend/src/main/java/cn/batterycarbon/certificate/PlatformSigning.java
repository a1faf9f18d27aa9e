package cn.batterycarbon.certificate;

import cn.batterycarbon.certificate.pdf.CertificatePdfs;
import cn.batterycarbon.certificate.pdf.PdfSigner;
import cn.batterycarbon.certificate.pdf.SigningKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's signing key: from the configured key store, or generated at start when none is
 * configured (demo mode; certificates signed before a restart still verify, because the signer's
 * certificate travels inside each PDF and the original's SHA-256 is stored).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CertificateSettings.class)
class PlatformSigning {

    private static final Logger log = LoggerFactory.getLogger(PlatformSigning.class);

    @Bean
    PdfSigner pdfSigner(CertificateSettings settings) {
        CertificateSettings.Signing signing = settings.signing();
        SigningKey key;
        if (signing.keyStore() == null || signing.keyStore().isBlank()) {
            key = SigningKey.generate(signing.algorithm(), "Battery Carbon Platform (demo)");
            log.warn(
                    "No signing key store configured (bcf.certificate.signing.key-store): certificates are signed"
                            + " with a {} key generated at start",
                    signing.algorithm());
        } else {
            try (InputStream in = Files.newInputStream(Path.of(signing.keyStore()))) {
                key = SigningKey.load(in, signing.password().toCharArray(), signing.alias(), signing.algorithm());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + signing.keyStore(), e);
            }
        }
        return new PdfSigner(key);
    }

    @Bean
    CertificatePdfs certificatePdfs() {
        return new CertificatePdfs();
    }
}
