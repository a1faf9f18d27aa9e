package cn.batterycarbon.benchmarks;

import cn.batterycarbon.certificate.CertificateFacts;
import cn.batterycarbon.certificate.pdf.CertificatePdfs;
import cn.batterycarbon.certificate.pdf.PdfSigner;
import cn.batterycarbon.certificate.pdf.SignatureAlgorithm;
import cn.batterycarbon.certificate.pdf.SigningKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Signed certificates per second on one core: lay out the bilingual certificate PDF (CJK font
 * subset, QR code) and sign it (PAdES, incremental update), per signature algorithm. Target: at
 * least 50 per second. Run with {@code backend/bench/certificate.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class CertificateSigningBenchmark {

    @Param({"RSA", "ECDSA", "SM2"})
    public String algorithm;

    private CertificatePdfs pdfs;
    private PdfSigner signer;
    private CertificateFacts facts;
    private int serial;

    @Setup
    public void setUp() {
        pdfs = new CertificatePdfs();
        signer = new PdfSigner(SigningKey.generate(SignatureAlgorithm.valueOf(algorithm), "benchmark"));
        facts = facts("BCF-2026-000001");
    }

    @Benchmark
    public byte[] signedCertificate() {
        CertificateFacts next = facts("BCF-2026-" + String.format("%06d", ++serial));
        return signer.sign(pdfs.certificate(next), "Certificate " + next.serial(), next.issuedAt());
    }

    static CertificateFacts facts(String serial) {
        return new CertificateFacts(
                serial,
                1,
                Instant.parse("2026-06-01T08:00:00Z"),
                LocalDate.of(2028, 6, 1),
                "宁川动力电池有限公司（演示）",
                "Ningchuan Power Battery Co., Ltd. (demo)",
                "91320500MA1NCDL0X2",
                "BCF-LFP-60",
                "LFP 60 kWh 乘用车电池包",
                "LFP",
                "苏州电池包工厂",
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31),
                new BigDecimal("0.22665583"),
                List.of(
                        new CertificateFacts.Stage(
                                "RawMaterialExtraction", new BigDecimal("0.1391"), new BigDecimal("4005.6")),
                        new CertificateFacts.Stage(
                                "MainProduction", new BigDecimal("0.0702"), new BigDecimal("2022.1")),
                        new CertificateFacts.Stage("Distribution", new BigDecimal("0.0015"), new BigDecimal("42.1")),
                        new CertificateFacts.Stage("Recycling", new BigDecimal("0.0159"), new BigDecimal("457.9"))),
                new BigDecimal("6527.688"),
                new BigDecimal("28800"),
                "EU_FEQC",
                "B",
                "CN-BCF-2026.1",
                "华衡碳核查技术有限公司（演示）",
                "Huaheng Carbon Verification Co., Ltd. (demo)",
                "王核查",
                "3f".repeat(32),
                "a7".repeat(32),
                "https://bcf.example.cn/verify/" + serial,
                new CertificateFacts.Statement("四个阶段", "5%", "REASONABLE", "ISO 14067:2018", "公允反映。"),
                List.of(),
                null);
    }
}
