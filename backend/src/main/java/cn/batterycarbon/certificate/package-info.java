/**
 * Certificates of verified declarations: the verification report (核查报告) and the certificate as
 * PDFs (PDFBox, embedded CJK font subset, QR code), signed by the platform (PAdES through PDFBox and
 * Bouncy Castle; RSA, ECDSA or SM2/SM3), the public verification page, revocation and supersession,
 * and the exports of a certified declaration (Battery Pass JSON, MIIT submission package).
 *
 * <p>Public API: {@link cn.batterycarbon.certificate.CertificateService}, its records and the
 * events {@link cn.batterycarbon.certificate.CertificateIssued} and
 * {@link cn.batterycarbon.certificate.CertificateRevoked} (both also notify the declaring
 * organization in the app). It implements the coverage module's SPI
 * {@link cn.batterycarbon.coverage.CertifiedModels}.
 */
@ApplicationModule(
        displayName = "Certificates",
        allowedDependencies = {
            "platform",
            "organization",
            "product",
            "declaration",
            "footprint :: core",
            "verification",
            "coverage"
        })
package cn.batterycarbon.certificate;

import org.springframework.modulith.ApplicationModule;
