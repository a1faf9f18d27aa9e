package cn.batterycarbon.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.certificate.CertificateService.CertificateView;
import cn.batterycarbon.certificate.pdf.SignatureCheck;
import cn.batterycarbon.declaration.DeclarationCalculations;
import cn.batterycarbon.declaration.DeclarationService;
import cn.batterycarbon.declaration.DeclarationStatus;
import cn.batterycarbon.declaration.DeclarationView;
import cn.batterycarbon.declaration.DeclarationWorkflow;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.web.NotFoundException;
import cn.batterycarbon.product.ProductCatalog;
import cn.batterycarbon.support.IntegrationTest;
import cn.batterycarbon.verification.VerificationFixture;
import cn.batterycarbon.verification.VerificationFixture.Maker;
import cn.batterycarbon.verification.VerificationService;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Approval issues a signed certificate and verification report: text extraction finds the Chinese
 * company name and the figures, the PAdES signature validates and a one-byte change breaks it, the
 * public page states valid / revoked / superseded and checks uploaded PDFs, an unknown serial is a
 * 404 page, the Battery Pass export validates against the Battery Pass schema and the MIIT package
 * lists every file with its SHA-256.
 */
@IntegrationTest
class CertificateIntegrationTests {

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    UserDetailsService users;

    @Autowired
    ProductCatalog products;

    @Autowired
    DeclarationService declarations;

    @Autowired
    DeclarationCalculations calculations;

    @Autowired
    DeclarationWorkflow workflow;

    @Autowired
    VerificationService verification;

    @Autowired
    CertificateService certificates;

    @Autowired
    CertificateExports exports;

    @Autowired
    JsonMapper json;

    @Autowired
    MockMvc mvc;

    VerificationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new VerificationFixture(administration, users, products, declarations, calculations, verification);
    }

    private CertificateView certified(Maker maker) {
        verification.approve(maker.declarationId(), fixture.statement(), fixture.auditor());
        return certificates.latestOf(maker.declarationId(), maker.user()).orElseThrow();
    }

    @Test
    void approvalIssuesSignedPdfsWhoseChineseTextAndFiguresExtract() throws IOException {
        Maker maker = fixture.underVerification();
        CertificateView certificate = certified(maker);

        assertThat(certificate.serial()).matches("BCF-\\d{4}-\\d{6}");
        assertThat(workflow.declaration(maker.declarationId()).status()).isEqualTo(DeclarationStatus.CERTIFIED);
        assertThat(certificate.expiresOn())
                .isEqualTo(certificate
                        .issuedAt()
                        .atZone(CertificateService.CHINA)
                        .toLocalDate()
                        .plusYears(2));
        byte[] pdf = certificates.certificatePdf(certificate.serial(), maker.user());
        byte[] report = certificates.reportPdf(certificate.serial(), maker.user());
        String total = certificate
                .facts()
                .totalKgCo2ePerKwh()
                .setScale(4, java.math.RoundingMode.HALF_UP)
                .toPlainString();
        for (byte[] document : List.of(pdf, report)) {
            String text = text(document);
            assertThat(text)
                    .contains(maker.companyName())
                    .contains("华衡碳核查技术有限公司（演示）")
                    .contains(total);
            assertThat(text).contains("磷酸铁锂 60 kWh 电池包");
        }
        assertThat(text(pdf))
                .contains(certificate.serial())
                .contains(certificate.facts().calculationFingerprint())
                .contains("/verify/" + certificate.serial());
        assertThat(text(report)).contains("核查报告").contains("ISO 14067:2018");

        SignatureCheck.Result signature = SignatureCheck.check(pdf);
        assertThat(signature.outcome()).isEqualTo("VALID");
        assertThat(signature.subFilter()).isEqualTo("ETSI.CAdES.detached");
        assertThat(SignatureCheck.check(report).valid()).isTrue();

        // one byte changed anywhere in the signed content: the signature fails
        byte[] altered = pdf.clone();
        int at = indexOf(altered, certificate.serial().getBytes(StandardCharsets.US_ASCII));
        int position = at > 0 ? at : altered.length / 3;
        altered[position] = (byte) (altered[position] ^ 0x01);
        assertThat(SignatureCheck.check(altered).valid()).isFalse();
        byte[] early = pdf.clone();
        early[200] = (byte) (early[200] ^ 0x20);
        assertThat(SignatureCheck.check(early).valid()).isFalse();
    }

    @Test
    void thePublicPageStatesTheStatusAndChecksUploadedPdfs() throws Exception {
        Maker maker = fixture.underVerification();
        CertificateView certificate = certified(maker);
        byte[] pdf = certificates.certificatePdf(certificate.serial(), maker.user());

        String page = mvc.perform(get("/verify/{serial}", certificate.serial()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("data-status=\"VALID\"")
                .contains(certificate.facts().calculationFingerprint());

        assertThat(upload(certificate.serial(), pdf)).contains("data-verdict=\"ORIGINAL\"");
        byte[] altered = pdf.clone();
        altered[300] = (byte) (altered[300] ^ 0x01);
        assertThat(upload(certificate.serial(), altered)).contains("data-verdict=\"ALTERED\"");
        assertThat(upload(certificate.serial(), "not a pdf".getBytes())).contains("data-verdict=\"NOT_PDF\"");

        String unknown = mvc.perform(get("/verify/{serial}", "BCF-1999-000000"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(unknown).contains("id=\"unknown-serial\"");

        // revocation by a regulator, with a reason; the public page says so
        assertThatThrownBy(() -> certificates.revoke(certificate.serial(), " ", fixture.user("regulator")))
                .isInstanceOf(DomainException.class)
                .extracting("messageKey")
                .isEqualTo("certificate.revoke.reason.missing");
        certificates.revoke(certificate.serial(), "工厂电耗数据造假", fixture.user("regulator"));
        String revoked = mvc.perform(
                        get("/verify/{serial}", certificate.serial()).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(revoked).contains("data-status=\"REVOKED\"").contains("工厂电耗数据造假");
        assertThat(workflow.declaration(maker.declarationId()).status()).isEqualTo(DeclarationStatus.REVOKED);
        assertThatThrownBy(() -> certificates.revoke(certificate.serial(), "again", fixture.user("regulator")))
                .extracting("messageKey")
                .isEqualTo("certificate.revoke.notValid");
        // a revoked certificate is not exported
        assertThatThrownBy(() -> exports.batteryPass(certificate.serial(), maker.user()))
                .extracting("messageKey")
                .isEqualTo("certificate.export.notValid");
    }

    @Test
    void certificatesAreVisibleToTheCompanyTheAgencyAndRegulatorsOnly() throws Exception {
        Maker maker = fixture.underVerification();
        CertificateView certificate = certified(maker);
        Maker other = fixture.calculatedDeclaration();
        assertThatThrownBy(() -> certificates.certificate(certificate.serial(), other.user()))
                .isInstanceOf(NotFoundException.class);
        mvc.perform(get("/certificates/{serial}/certificate.pdf", certificate.serial())
                        .with(user(other.user())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/certificates/{serial}", certificate.serial()).with(user(fixture.user("regulator"))))
                .andExpect(status().isOk());
        mvc.perform(get("/certificates/{serial}/report.pdf", certificate.serial())
                        .with(user(fixture.lead())))
                .andExpect(status().isOk());
        mvc.perform(get("/verification/declarations/{id}/certificate", maker.declarationId())
                        .with(user(maker.user())))
                .andExpect(status().is3xxRedirection());
        // a manufacturer cannot revoke
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/certificates/{serial}/revoke", certificate.serial())
                        .param("reason", "x")
                        .with(user(maker.user()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCertificatePageShowsItsTimelineToThoseWhoMaySeeTheCertificateOnly() throws Exception {
        Maker maker = fixture.underVerification();
        CertificateView certificate = certified(maker);
        certificates.revoke(certificate.serial(), "时间线测试", fixture.user("regulator"));
        Maker other = fixture.calculatedDeclaration();
        for (var viewer : List.of(maker.user(), fixture.lead(), fixture.user("regulator"))) {
            String timeline = mvc.perform(get("/api/v1/audit/timeline")
                            .param("objectType", "CERTIFICATE")
                            .param("objectId", certificate.id().toString())
                            .header("Accept-Language", "en")
                            .with(user(viewer)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(timeline)
                    .contains("\"certificate.issued\"", "\"certificate.revoked\"", "Certificate issued")
                    .contains(certificate.serial(), "时间线测试");
        }
        mvc.perform(get("/api/v1/audit/timeline")
                        .param("objectType", "CERTIFICATE")
                        .param("objectId", certificate.id().toString())
                        .with(user(other.user())))
                .andExpect(status().isNotFound());
        String page = mvc.perform(
                        get("/certificates/{serial}", certificate.serial()).with(user(maker.user())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("data-audit-type=\"CERTIFICATE\"", "data-audit-id=\"" + certificate.id() + "\"");
    }

    @Test
    void aNewApprovedRevisionSupersedesTheCertificate() {
        Maker maker = fixture.underVerification();
        CertificateView first = certified(maker);
        DeclarationView next = verification.startNextRevision(maker.declarationId(), maker.user());
        assertThat(next.revision()).isEqualTo(2);
        assertThat(next.previousDeclarationId()).isEqualTo(maker.declarationId());
        calculations.calculate(next.id(), maker.user(), false);
        verification.submit(next.id(), fixture.agencyId(), maker.user());
        verification.assign(next.id(), fixture.auditor().userId(), fixture.lead());
        verification.approve(next.id(), fixture.statement(), fixture.auditor());
        CertificateView second = certificates.latestOf(next.id(), maker.user()).orElseThrow();

        CertificateView old = certificates.publicView(first.serial());
        assertThat(old.publicStatus()).isEqualTo("SUPERSEDED");
        assertThat(old.supersededBy()).isEqualTo(second.serial());
        assertThat(second.facts().supersedes()).isEqualTo(first.serial());
        assertThat(workflow.declaration(maker.declarationId()).status()).isEqualTo(DeclarationStatus.SUPERSEDED);
    }

    @Test
    void theBatteryPassExportValidatesAgainstTheSchema() throws IOException {
        Maker maker = fixture.underVerification();
        CertificateView certificate = certified(maker);
        JsonNode export = json.readTree(exports.batteryPass(certificate.serial(), maker.user()));

        ObjectNode schemaNode;
        try (InputStream in = getClass().getResourceAsStream("/batterypass/CarbonFootprintForBatteries-schema.json")) {
            schemaNode = (ObjectNode) json.readTree(in);
        }
        assertThat(schemaNode.get("x-samm-aspect-model-urn").asString())
                .isEqualTo(CertificateExports.BATTERY_PASS_ASPECT);
        schemaNode.remove("$schema");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(json.writeValueAsString(schemaNode));
        assertThat(schema.validate(export)).isEmpty();
        assertThat(export.get("carbonFootprintPerLifecycleStage")).hasSize(4);
        assertThat(export.get("batteryCarbonFootprint").decimalValue())
                .isEqualByComparingTo(certificate.facts().totalKgCo2ePerKwh());

        // the validator does catch a broken export
        ((ObjectNode) export).put("batteryCarbonFootprint", "a lot");
        assertThat(schema.validate(export)).isNotEmpty();
    }

    @Test
    void theMiitPackageListsEveryFileWithItsSha256() throws IOException {
        Maker maker = fixture.underVerification();
        CertificateView certificate = certified(maker);
        byte[] zip = exports.miitPackage(certificate.serial(), fixture.user("regulator"));
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(files)
                .containsKeys(
                        "summary.json",
                        "summary.xlsx",
                        "activity-data.csv",
                        "calculation.json",
                        "data-quality-measures.json",
                        "evidence.json",
                        "verification-report.pdf",
                        "certificate.pdf",
                        "manifest.json");
        JsonNode manifest = json.readTree(files.get("manifest.json"));
        assertThat(manifest.get("files")).hasSize(files.size() - 1);
        for (JsonNode file : manifest.get("files")) {
            assertThat(VerificationService.sha256(files.get(file.get("file").asString())))
                    .as(file.get("file").asString())
                    .isEqualTo(file.get("sha256").asString());
        }
        assertThat(files.get("certificate.pdf"))
                .isEqualTo(certificates.certificatePdf(certificate.serial(), maker.user()));
        assertThat(new String(files.get("activity-data.csv"), StandardCharsets.UTF_8))
                .contains("MainProduction");
    }

    private String upload(String serial, byte[] content) throws Exception {
        return mvc.perform(multipart("/verify/{serial}", serial)
                        .file(new MockMultipartFile("file", "certificate.pdf", "application/pdf", content))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
