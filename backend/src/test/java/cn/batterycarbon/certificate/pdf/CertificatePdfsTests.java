package cn.batterycarbon.certificate.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import cn.batterycarbon.certificate.CertificateFacts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The certificate PDF, plain Java: the Chinese company and model names and the figures extract as
 * text, the CJK font is embedded as a subset, and the PAdES signature validates for RSA, ECDSA and
 * SM2/SM3, fails after a one-byte change, and fails when bytes are appended; a key store round-trip
 * signs the same way.
 */
class CertificatePdfsTests {

    private static final CertificatePdfs PDFS = new CertificatePdfs();

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void signedCertificateExtractsAndVerifies(SignatureAlgorithm algorithm) throws IOException {
        SigningKey key = SigningKey.generate(algorithm, "test");
        CertificateFacts facts = facts();
        byte[] signed = new PdfSigner(key).sign(PDFS.certificate(facts), "test", facts.issuedAt());

        try (PDDocument document = Loader.loadPDF(signed)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("宁川动力电池有限公司（演示）")
                    .contains("华衡碳核查技术有限公司（演示）")
                    .contains("动力电池碳足迹证书")
                    .contains("0.2267 kg CO2e/kWh")
                    .contains("6527.7 kg CO2e")
                    .contains("BCF-2026-000042");
            boolean subset = false;
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                subset |= font.getName().matches("[A-Z]{6}\\+.*");
            }
            assertThat(subset).as("CJK font embedded as a subset").isTrue();
        }
        assertThat(signed.length).as("a subset, not the 4 MB font").isLessThan(400_000);

        SignatureCheck.Result result = SignatureCheck.check(signed);
        assertThat(result.outcome()).isEqualTo("VALID");
        assertThat(result.certificate()).isEqualTo(key.certificate());

        for (int position : new int[] {100, signed.length / 2, signed.length - 100}) {
            byte[] altered = signed.clone();
            altered[position] = (byte) (altered[position] ^ 0x01);
            assertThat(SignatureCheck.check(altered).valid())
                    .as("byte %d changed", position)
                    .isFalse();
        }
        byte[] appended = java.util.Arrays.copyOf(signed, signed.length + 10);
        assertThat(SignatureCheck.check(appended).valid()).isFalse();
    }

    @Test
    void theReportingPeriodDashAndMissingValuesExtractAsWrittenNeverAsQuestionMarks() throws IOException {
        CertificateFacts facts = facts();
        for (byte[] pdf : List.of(PDFS.certificate(facts), PDFS.report(facts))) {
            String text;
            try (PDDocument document = Loader.loadPDF(pdf)) {
                text = new PDFTextStripper().getText(document);
            }
            assertThat(text).contains("2025-01-01 \u2013 2025-12-31").doesNotContain("?");
        }
        // "—" stands for a missing value (no performance class) and must not turn into "?" either
        CertificateFacts withoutClass = withoutPerformanceClass(facts);
        try (PDDocument document = Loader.loadPDF(PDFS.certificate(withoutClass))) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("\u2014")
                    .doesNotContain("?");
        }
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aKeyStoreRoundTripSigns(SignatureAlgorithm algorithm) {
        SigningKey generated = SigningKey.generate(algorithm, "store");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        generated.store(out, "secret".toCharArray(), "platform");
        SigningKey loaded = SigningKey.load(
                new java.io.ByteArrayInputStream(out.toByteArray()), "secret".toCharArray(), "platform", algorithm);
        byte[] signed = new PdfSigner(loaded).sign(PDFS.report(facts()), "report", Instant.now());
        assertThat(SignatureCheck.check(signed).valid()).isTrue();
    }

    private static CertificateFacts withoutPerformanceClass(CertificateFacts f) {
        return new CertificateFacts(
                f.serial(),
                f.revision(),
                f.issuedAt(),
                f.expiresOn(),
                f.companyZh(),
                f.companyEn(),
                f.creditCode(),
                f.modelCode(),
                f.modelName(),
                f.chemistry(),
                f.plant(),
                f.periodStart(),
                f.periodEnd(),
                f.totalKgCo2ePerKwh(),
                f.stages(),
                f.absoluteKgCo2e(),
                f.lifetimeEnergyKwh(),
                f.functionalUnitMethod(),
                null,
                f.factorRelease(),
                f.agencyZh(),
                f.agencyEn(),
                f.verifier(),
                f.calculationFingerprint(),
                f.packageFingerprint(),
                f.verifyUrl(),
                f.statement(),
                f.findings(),
                f.supersedes());
    }

    static CertificateFacts facts() {
        return SampleCertificates.facts("BCF-2026-000042");
    }
}
