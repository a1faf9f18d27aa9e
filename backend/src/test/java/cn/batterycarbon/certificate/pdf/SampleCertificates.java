package cn.batterycarbon.certificate.pdf;

import cn.batterycarbon.certificate.CertificateFacts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One realistic certificate's facts (Chinese names, four stages, a finding, a superseded serial),
 * shared by the PDF tests and the signing benchmark so both sign the same document.
 */
public final class SampleCertificates {

    private SampleCertificates() {}

    public static CertificateFacts facts(String serial) {
        return new CertificateFacts(
                serial,
                2,
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
                new CertificateFacts.Statement(
                        "电池包全生命周期四个阶段", "5%", "REASONABLE", "ISO 14067:2018", "申报的碳足迹在所有重大方面公允反映。"),
                List.of(new CertificateFacts.FindingLine(1, "MAJOR", "MainProduction · 电耗", "缺少分表读数", "已补充")),
                "BCF-2026-000007");
    }
}
