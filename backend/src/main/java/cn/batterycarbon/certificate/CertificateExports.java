package cn.batterycarbon.certificate;

import cn.batterycarbon.certificate.CertificateService.CertificateView;
import cn.batterycarbon.certificate.domain.Certificate;
import cn.batterycarbon.declaration.LineData;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.verification.DataQualityMeasures;
import cn.batterycarbon.verification.Submission;
import cn.batterycarbon.verification.VerificationService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports of a certified declaration: the Battery Pass carbon-footprint aspect
 * ({@value #BATTERY_PASS_ASPECT}) and the MIIT submission package (ZIP with the summary as XLSX
 * and JSON, the activity data, the data-quality measures, the verification report, the certificate
 * and a manifest of SHA-256 fingerprints). Only a valid certificate is exported.
 */
@Service
@Transactional(readOnly = true)
public class CertificateExports {

    public static final String BATTERY_PASS_ASPECT =
            "urn:samm:io.BatteryPass.CarbonFootprint:1.2.0#CarbonFootprintForBatteries";

    private final CertificateService certificates;
    private final VerificationService verification;
    private final JsonMapper json;

    CertificateExports(CertificateService certificates, VerificationService verification, JsonMapper json) {
        this.certificates = certificates;
        this.verification = verification;
        this.json = json;
    }

    /** The Battery Pass carbon-footprint JSON of a valid certificate. */
    public String batteryPass(String serial, PlatformUser user) {
        CertificateView certificate = valid(serial, user);
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(batteryPass(certificate.facts()));
    }

    static Map<String, Object> batteryPass(CertificateFacts facts) {
        Map<String, Object> aspect = new LinkedHashMap<>();
        aspect.put("batteryCarbonFootprint", facts.totalKgCo2ePerKwh());
        List<Map<String, Object>> stages = new ArrayList<>();
        for (CertificateFacts.Stage stage : facts.stages()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("lifecycleStage", stage.stage());
            entry.put("carbonFootprint", stage.kgCo2ePerKwh());
            stages.add(entry);
        }
        aspect.put("carbonFootprintPerLifecycleStage", stages);
        aspect.put(
                "carbonFootprintPerformanceClass", facts.performanceClass() == null ? "—" : facts.performanceClass());
        aspect.put("carbonFootprintStudy", facts.verifyUrl());
        aspect.put("absoluteCarbonFootprint", facts.absoluteKgCo2e());
        return aspect;
    }

    /** The MIIT submission package of a valid certificate. */
    public byte[] miitPackage(String serial, PlatformUser user) {
        CertificateView certificate = valid(serial, user);
        Certificate stored = certificates.visible(serial, user);
        Submission submission = verification
                .submission(certificate.declarationId(), certificate.revision())
                .orElseThrow();
        DataQualityMeasures measures = verification.measures(submission.measuresId());
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("certificate", certificate.facts());
        summary.put("batteryPass", batteryPass(certificate.facts()));
        summary.put("declaration", submission.declaration());
        summary.put(
                "fingerprints",
                Map.of(
                        "calculation", submission.calculationFingerprint(),
                        "dataQualityMeasures", submission.measuresFingerprint(),
                        "evidence", submission.evidenceFingerprint(),
                        "package", submission.packageFingerprint()));
        files.put("summary.json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(summary));
        files.put("summary.xlsx", summaryWorkbook(certificate.facts()));
        files.put("activity-data.csv", activityCsv(submission.lines()));
        files.put(
                "calculation.json",
                verification
                        .calculationJson(certificate.declarationId(), certificate.revision())
                        .getBytes(StandardCharsets.UTF_8));
        files.put(
                "data-quality-measures.json",
                json.writerWithDefaultPrettyPrinter().writeValueAsBytes(measures));
        files.put("evidence.json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(submission.evidence()));
        files.put("verification-report.pdf", stored.getReportPdf());
        files.put("certificate.pdf", stored.getCertificatePdf());
        List<Map<String, Object>> manifest = new ArrayList<>();
        files.forEach((name, content) -> manifest.add(
                Map.of("file", name, "bytes", content.length, "sha256", VerificationService.sha256(content))));
        Map<String, Object> manifestDocument = new LinkedHashMap<>();
        manifestDocument.put("serial", serial);
        manifestDocument.put("declarationId", certificate.declarationId());
        manifestDocument.put("revision", certificate.revision());
        manifestDocument.put("files", manifest);
        files.put("manifest.json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifestDocument));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private CertificateView valid(String serial, PlatformUser user) {
        CertificateView certificate = certificates.certificate(serial, user);
        if (!"VALID".equals(certificate.publicStatus())) {
            throw new DomainException("certificate.export.notValid");
        }
        return certificate;
    }

    private static byte[] summaryWorkbook(CertificateFacts f) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("申报摘要 Summary");
            Object[][] rows = {
                {"证书编号 Certificate", f.serial()},
                {"企业 Company", f.companyZh() + " / " + f.companyEn()},
                {"统一社会信用代码 Credit code", f.creditCode()},
                {"型号 Model", f.modelCode() + " " + f.modelName()},
                {"报告期 Period", f.periodStart() + " – " + f.periodEnd()},
                {"碳足迹 kg CO2e/kWh", f.totalKgCo2ePerKwh()},
                {"绝对碳足迹 kg CO2e", f.absoluteKgCo2e()},
                {"全生命周期能量 kWh", f.lifetimeEnergyKwh()},
                {"功能单位方法 Functional unit", f.functionalUnitMethod()},
                {"碳足迹等级 Performance class", f.performanceClass()},
                {"排放因子库 Factor release", f.factorRelease()},
                {"核查机构 Agency", f.agencyZh()},
                {"核查员 Verifier", f.verifier()},
                {"签发 Issued", f.issuedAt().toString()},
                {"有效期至 Valid until", f.expiresOn().toString()},
                {"计算记录指纹 Calculation fingerprint", f.calculationFingerprint()},
                {"提交包指纹 Package fingerprint", f.packageFingerprint()}
            };
            int r = 0;
            for (Object[] values : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(values[0].toString());
                if (values[1] instanceof BigDecimal number) {
                    row.createCell(1).setCellValue(number.doubleValue());
                } else {
                    row.createCell(1).setCellValue(values[1] == null ? "" : values[1].toString());
                }
            }
            Sheet stages = workbook.createSheet("分阶段 Stages");
            Row header = stages.createRow(0);
            header.createCell(0).setCellValue("阶段 Stage");
            header.createCell(1).setCellValue("kg CO2e/kWh");
            header.createCell(2).setCellValue("kg CO2e");
            int s = 1;
            for (CertificateFacts.Stage stage : f.stages()) {
                Row row = stages.createRow(s++);
                row.createCell(0).setCellValue(stage.stage());
                row.createCell(1).setCellValue(stage.kgCo2ePerKwh().doubleValue());
                row.createCell(2).setCellValue(stage.kgCo2e().doubleValue());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] activityCsv(List<LineData> lines) {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                text,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(
                                "stage",
                                "category",
                                "description",
                                "quantity",
                                "unit",
                                "factor_code",
                                "factor_value",
                                "factor_unit",
                                "factor_source",
                                "factor_citation",
                                "recycled_share",
                                "origin",
                                "electricity_supply",
                                "certificate_ids",
                                "transport_mode",
                                "distance_km",
                                "mass_kg",
                                "recycling_route")
                        .get())) {
            for (LineData l : lines) {
                csv.printRecord(
                        l.stage().batteryPassName(),
                        l.category(),
                        l.description(),
                        plain(l.quantity()),
                        l.unit(),
                        l.factorCode(),
                        plain(l.factorValue()),
                        l.factorUnit(),
                        l.factorSource(),
                        l.factorCitation(),
                        plain(l.recycledShare()),
                        l.origin(),
                        l.electricitySupply(),
                        l.certificateIds(),
                        l.transportMode(),
                        plain(l.distanceKm()),
                        plain(l.massKg()),
                        l.recyclingRoute());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
