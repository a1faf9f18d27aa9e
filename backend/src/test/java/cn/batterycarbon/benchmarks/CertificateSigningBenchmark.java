package cn.batterycarbon.benchmarks;

import cn.batterycarbon.certificate.CertificateFacts;
import cn.batterycarbon.certificate.pdf.CertificatePdfs;
import cn.batterycarbon.certificate.pdf.PdfSigner;
import cn.batterycarbon.certificate.pdf.SampleCertificates;
import cn.batterycarbon.certificate.pdf.SignatureAlgorithm;
import cn.batterycarbon.certificate.pdf.SigningKey;
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

    private static CertificateFacts facts(String serial) {
        return SampleCertificates.facts(serial);
    }
}
