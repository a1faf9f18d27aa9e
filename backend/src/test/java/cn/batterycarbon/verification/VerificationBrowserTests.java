package cn.batterycarbon.verification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.batterycarbon.declaration.DeclarationCalculations;
import cn.batterycarbon.declaration.DeclarationService;
import cn.batterycarbon.declaration.TestManufacturers;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.product.ProductCatalog;
import cn.batterycarbon.support.Browser;
import cn.batterycarbon.support.BrowserTest;
import cn.batterycarbon.verification.VerificationFixture.Maker;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The whole verification in the browser: the manufacturer submits, the lead assigns, the verifier
 * raises a finding, the manufacturer answers, the verifier returns, the manufacturer corrects and
 * resubmits (the changes show), the verifier approves, report and certificate are downloaded (and
 * rendered to PNG with pdftoppm for the user guide), anyone verifies by serial and by uploading the
 * PDF, the regulator revokes and the public page shows it revoked. Screenshots in both languages.
 */
@BrowserTest
class VerificationBrowserTests {

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
    VerificationService verification;

    @Test
    void submitAssignFindAnswerReturnResubmitApproveVerifyRevoke(Browser browser) throws Exception {
        VerificationFixture fixture =
                new VerificationFixture(administration, users, products, declarations, calculations, verification);
        Maker maker = fixture.calculatedDeclaration();
        String makerName = maker.user().getUsername();
        String id = maker.declarationId().toString();

        // manufacturer: data-quality measures and submission
        browser.signIn(makerName, TestManufacturers.PASSWORD);
        browser.open("/verification/quality-measures?lang=zh_CN");
        browser.screenshot("verification-measures-zh");
        browser.open("/verification/quality-measures?lang=en");
        browser.screenshot("verification-measures-en");
        // each step is shown in English first (the user guide has both languages), then done in Chinese
        browser.open("/declarations/" + id + "/submit?lang=en");
        new Select(browser.field("agencyId")).selectByIndex(1);
        browser.screenshot("verification-submit-en");
        browser.open("/declarations/" + id + "?lang=zh_CN");
        browser.follow(By.id("submit-declaration"));
        new Select(browser.field("agencyId")).selectByIndex(1);
        browser.screenshot("verification-submit-zh");
        browser.submit("#submit-form");
        assertThat(browser.text(By.id("status"))).isEqualTo("已提交");
        assertThat(browser.text(By.id("calculation-fingerprint"))).hasSize(64);

        // lead assigns the verifier
        browser.signIn("verifier", "demo1234");
        browser.open("/verification/declarations/" + id + "?lang=en");
        new Select(browser.field("verifierId")).selectByVisibleText("刘核查员 (auditor)");
        browser.screenshot("verification-assign-en");
        browser.open("/verification/declarations/" + id + "?lang=zh_CN");
        new Select(browser.field("verifierId")).selectByVisibleText("刘核查员 (auditor)");
        browser.screenshot("verification-assign-zh");
        browser.submit("#assign-form");
        assertThat(browser.text(By.id("status"))).isEqualTo("核查中");
        assertThat(browser.text(By.id("assignees"))).contains("auditor");

        // verifier raises a finding on a line
        browser.signIn("auditor", "demo1234");
        browser.open("/verification/declarations/" + id + "?lang=en");
        browser.click(By.cssSelector("#add-finding summary"));
        new Select(browser.field("line")).selectByValue("0");
        new Select(browser.field("severity")).selectByValue("MAJOR");
        browser.fill("text", "Cathode material quantity does not match the stock ledger.")
                .fill("requestedCorrection", "Correct the quantity from the stock ledger.");
        browser.screenshot("verification-finding-en");
        browser.open("/verification/declarations/" + id + "?lang=zh_CN");
        browser.click(By.cssSelector("#add-finding summary"));
        new Select(browser.field("line")).selectByValue("0");
        new Select(browser.field("severity")).selectByValue("MAJOR");
        browser.fill("text", "正极材料用量与出库台账不符。").fill("requestedCorrection", "按出库台账更正用量。");
        browser.screenshot("verification-finding-zh");
        browser.submit("#finding-form");
        assertThat(browser.text(By.id("findings"))).contains("正极材料用量与出库台账不符。");

        // manufacturer answers
        browser.signIn(makerName, TestManufacturers.PASSWORD);
        browser.open("/verification/declarations/" + id);
        browser.fill(browser.all(By.cssSelector("#findings textarea")).get(0).getAttribute("id"), "已按 2025 年出库台账更正。");
        browser.submit("#findings form");
        assertThat(browser.text(By.id("findings"))).contains("已按 2025 年出库台账更正。");

        // verifier returns for correction
        browser.signIn("auditor", "demo1234");
        browser.open("/verification/declarations/" + id);
        browser.submit("#return-form");
        assertThat(browser.text(By.id("status"))).isEqualTo("退回修改");

        // manufacturer corrects a line (through the form: delete and re-add is enough to change it), recalculates,
        // resubmits
        browser.signIn(makerName, TestManufacturers.PASSWORD);
        var first = declarations.lines(maker.declarationId(), maker.user()).get(0);
        declarations.updateLine(
                maker.declarationId(),
                first.id(),
                maker.user(),
                new cn.batterycarbon.declaration.LineData(
                        first.line().stage(),
                        first.line().category(),
                        first.line().description(),
                        first.line().quantity().add(java.math.BigDecimal.TEN),
                        first.line().unit(),
                        first.line().factorCode(),
                        first.line().factorValue(),
                        first.line().factorUnit(),
                        first.line().factorSource(),
                        first.line().factorCitation(),
                        first.line().recycledShare(),
                        first.line().origin(),
                        first.line().electricitySupply(),
                        first.line().certificateIds(),
                        first.line().transportMode(),
                        first.line().distanceKm(),
                        first.line().massKg(),
                        first.line().recyclingRoute()));
        browser.open("/declarations/" + id);
        browser.submit("#calculate-form");
        browser.open("/declarations/" + id + "/submit");
        browser.submit("#submit-form");
        assertThat(browser.text(By.id("changes"))).contains("数量");
        browser.screenshot("verification-changes-zh");
        browser.open("/verification/declarations/" + id + "?lang=en");
        browser.screenshot("verification-changes-en");
        browser.open("/verification/declarations/" + id + "?lang=zh_CN");

        // verifier approves with a statement
        browser.signIn("auditor", "demo1234");
        browser.open("/verification/declarations/" + id + "?lang=en");
        browser.fill(
                "conclusion",
                "The declared carbon footprint fairly reflects, in all material respects, the footprint of this"
                        + " battery model.");
        browser.screenshot("verification-approve-en");
        browser.open("/verification/declarations/" + id + "?lang=zh_CN");
        browser.fill("conclusion", "申报的碳足迹在所有重大方面公允反映了该型号电池的碳足迹。");
        browser.screenshot("verification-approve-zh");
        browser.submit("#approve-form");
        assertThat(browser.text(By.id("status"))).isEqualTo("已发证");
        browser.follow(By.id("certificate-link"));
        String serial = browser.text(By.id("serial"));
        browser.screenshot("certificate-page-zh");
        browser.open("/certificates/" + serial + "?lang=en");
        browser.screenshot("certificate-page-en");

        // report and certificate downloads, rendered for the user guide
        byte[] certificate = download(browser, "/certificates/" + serial + "/certificate.pdf");
        byte[] report = download(browser, "/certificates/" + serial + "/report.pdf");
        assertThat(new String(certificate, 0, 5)).isEqualTo("%PDF-");
        assertThat(new String(report, 0, 5)).isEqualTo("%PDF-");
        Path screenshots = browser.screenshot("verification-tmp").getParent();
        Files.deleteIfExists(screenshots.resolve("verification-tmp.png"));
        Path certificateFile = screenshots.resolve("certificate.pdf");
        Files.write(certificateFile, certificate);
        Files.write(screenshots.resolve("verification-report.pdf"), report);
        render(certificateFile, screenshots.resolve("certificate-pdf"));
        render(screenshots.resolve("verification-report.pdf"), screenshots.resolve("verification-report-pdf"));

        // anyone: by serial, and by uploading the PDF
        browser.signOut();
        browser.open("/verify?lang=zh_CN");
        browser.fill("serial", serial);
        browser.submit("#serial-form");
        assertThat(browser.field("certificate-status").getAttribute("data-status"))
                .isEqualTo("VALID");
        assertThat(browser.text(By.id("company"))).isEqualTo(maker.companyName());
        browser.field("file").sendKeys(certificateFile.toAbsolutePath().toString());
        browser.submit("#verify-upload-form");
        assertThat(browser.field("check-result").getAttribute("data-verdict")).isEqualTo("ORIGINAL");
        browser.screenshot("verify-valid-zh");
        browser.open("/verify/" + serial + "?lang=en");
        browser.screenshot("verify-valid-en");
        browser.open("/verify/BCF-1999-000000?lang=zh_CN");
        assertThat(browser.text(By.id("unknown-serial"))).contains("BCF-1999-000000");

        // the regulator revokes; the public page shows it
        browser.signIn("regulator", "demo1234");
        browser.open("/certificates/" + serial + "?lang=en");
        browser.fill("reason", "A spot check found the electricity data inconsistent with the grid settlement data.");
        browser.screenshot("certificate-revoke-en");
        browser.open("/certificates/" + serial + "?lang=zh_CN");
        browser.fill("reason", "抽查发现电耗数据与电网结算数据不一致。");
        browser.screenshot("certificate-revoke-zh");
        browser.submit("#revoke-form");
        browser.signOut();
        browser.open("/verify/" + serial + "?lang=zh_CN");
        assertThat(browser.field("certificate-status").getAttribute("data-status"))
                .isEqualTo("REVOKED");
        assertThat(browser.text(By.id("revocation-reason"))).contains("抽查发现电耗数据与电网结算数据不一致。");
        browser.screenshot("verify-revoked-zh");
        browser.open("/verify/" + serial + "?lang=en");
        browser.screenshot("verify-revoked-en");
        assertThat(browser.accessibilityProblems()).isEmpty();

        // the manufacturer finds the revocation, with its reason, under the bell (after the commit)
        browser.signIn(makerName, TestManufacturers.PASSWORD);
        Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            browser.open("/notifications?lang=zh_CN");
            assertThat(browser.text(By.id("notifications")))
                    .contains("碳足迹证书 " + serial + " 已被撤销")
                    .contains("抽查发现电耗数据与电网结算数据不一致。");
        });
        browser.screenshot("notification-revoked-zh");
        browser.open("/notifications?lang=en");
        browser.screenshot("notification-revoked-en");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.signOut();
    }

    /** Fetches a file with the browser's session. */
    private static byte[] download(Browser browser, String path) throws IOException, InterruptedException {
        String cookies = browser.driver().manage().getCookies().stream()
                .map((Cookie c) -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(browser.baseUrl() + path))
                                .header("Cookie", cookies)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** The PDF's pages as PNG (pdftoppm from poppler-utils), for the user guide. */
    private static void render(Path pdf, Path prefix) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of("pdftoppm", "-png", "-r", "80", pdf.toString(), prefix.toString()))
                .redirectErrorStream(true)
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
    }
}
