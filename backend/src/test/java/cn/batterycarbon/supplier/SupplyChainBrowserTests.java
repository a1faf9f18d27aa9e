package cn.batterycarbon.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import cn.batterycarbon.declaration.DeclarationCalculations;
import cn.batterycarbon.declaration.DeclarationService;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.product.ProductCatalog;
import cn.batterycarbon.supplier.SupplyChainFixture.Maker;
import cn.batterycarbon.supplier.SupplyChainFixture.Party;
import cn.batterycarbon.support.Browser;
import cn.batterycarbon.support.BrowserTest;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The supply chain in the browser, Chinese and English: the manufacturer asks from a BOM line, the
 * supplier answers with evidence, an upstream record and restricted disclosure, the manufacturer
 * accepts and sees the recalculated declaration (supplier-specific factor, higher primary-data
 * share) and the trace tree; then a correction is flagged on the declaration and taken in one click.
 * Screenshots for the user guide land in target/screenshots (supplier-*.png).
 */
@BrowserTest
class SupplyChainBrowserTests {

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
    UpstreamRecordService records;

    @Autowired
    DataRequestService requests;

    @Test
    void requestAnswerAcceptRecalculateAndTrace(Browser browser) throws Exception {
        Maker maker = SupplyChainFixture.maker(administration, users, products, declarations);
        Party supplier = SupplyChainFixture.supplier(administration, users);
        calculations.calculate(maker.declaration().id(), maker.party().user(), false);
        BigDecimal shareBefore = declarations
                .declaration(maker.declaration().id(), maker.party().user())
                .result()
                .primaryDataShare();
        RecordView ingot = records.create(
                supplier.user(), SupplyChainFixture.record("原铝锭（上游）", "7.2"), Disclosure.DEFAULT, List.of());
        String declarationPath = "/declarations/" + maker.declaration().id();

        // the manufacturer asks from the BOM line
        browser.signIn(maker.party().username(), SupplyChainFixture.PASSWORD);
        browser.open(declarationPath);
        browser.follow(By.cssSelector("a.request-supplier-data"));
        assertThat(browser.field("material").getAttribute("value")).isEqualTo("Aluminium pack casing");
        new Select(browser.field("supplierId"))
                .selectByValue(supplier.organization().getId().toString());
        browser.fill("annualQuantity", "50000").fill("specification", "6061-T6, 2.5 mm");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("supplier-request-new");
        browser.submit("#request-form");
        assertThat(browser.text(By.id("request-status"))).isEqualTo("待答复");
        String requestPath = browser.currentPath();

        // the supplier answers with evidence, an upstream record and restricted disclosure
        browser.signIn(supplier.username(), SupplyChainFixture.PASSWORD);
        assertThat(browser.text(By.id("notification-count"))).isNotBlank();
        browser.open("/supply-chain/requests");
        browser.screenshot("supplier-requests-received");
        browser.open(requestPath);
        browser.fill("productName", "铝合金电池包壳体 6061")
                .fill("pcfKgCo2e", "8.4")
                .fill("rawMaterialsKg", "6.0")
                .fill("processingKg", "2.1")
                .fill("transportKg", "0.3")
                .fill("stageRawMaterialKg", "6.0")
                .fill("stageProductionKg", "2.1")
                .fill("stageDistributionKg", "0.3")
                .fill("primaryDataShare", "0.64")
                .fill("dqTechnological", "2")
                .fill("dqGeographical", "1")
                .fill("dqTemporal", "1")
                .fill("batches", "LOT-SECRET-0917");
        browser.click(By.cssSelector("input[name=upstream][value='" + ingot.id() + "']"));
        Path report = Files.createTempFile("casing-lca", ".pdf");
        Files.write(report, SupplyChainFixture.pdf("casing LCA report"));
        Path named = report.resolveSibling("casing-lca-report.pdf");
        Files.move(report, named, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        browser.field("files").sendKeys(named.toString());
        assertThat(browser.driver()
                        .findElement(By.cssSelector("input[name=discloseBreakdown][type=checkbox]"))
                        .isSelected())
                .isFalse();
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("supplier-answer-form");
        browser.submit("#answer-form");
        assertThat(browser.text(By.id("request-status"))).isEqualTo("已答复");

        // the manufacturer sees only what was disclosed, and accepts
        browser.signIn(maker.party().username(), SupplyChainFixture.PASSWORD);
        browser.open(requestPath);
        String answer = browser.text(By.cssSelector("section.record"));
        assertThat(answer)
                .contains("8.4 kgCO2e/kg", "casing-lca-report.pdf", "未披露")
                .doesNotContain("LOT-SECRET-0917", "原铝锭");
        browser.screenshot("supplier-answer-received");
        browser.open(requestPath + "?lang=en");
        browser.screenshot("supplier-answer-received-en");
        browser.open(requestPath + "?lang=zh_CN");
        browser.submit("#requester-actions form:has(#accept)");
        assertThat(browser.currentPath()).startsWith(declarationPath);
        browser.open(declarationPath + "/result");
        BigDecimal shareAfter = new BigDecimal(
                browser.text(By.id("primary-share")).replace("%", "").trim());
        assertThat(shareAfter).isGreaterThan(shareBefore.multiply(BigDecimal.valueOf(100)));
        assertThat(browser.html()).contains("供应商数据");
        browser.screenshot("supplier-declaration-result");

        browser.open("/supply-chain/declarations/" + maker.declaration().id() + "/trace");
        assertThat(browser.all(By.cssSelector("#trace tr.trace-node"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.text(By.id("trace"))).contains("铝合金电池包壳体 6061", "未披露");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("supplier-trace");
        browser.open("/supply-chain/declarations/" + maker.declaration().id() + "/trace?lang=en");
        assertThat(browser.text(By.id("trace"))).contains("not disclosed");
        browser.screenshot("supplier-trace-en");
        browser.open("/supply-chain/requests?lang=zh_CN");
    }

    @Test
    void aCorrectionIsFlaggedOnTheDeclarationAndTakenInOneClick(Browser browser) throws Exception {
        Maker maker = SupplyChainFixture.maker(administration, users, products, declarations);
        Party supplier = SupplyChainFixture.supplier(administration, users);
        RequestView request = requests.send(
                maker.party().user(),
                new DataRequestService.NewRequest(
                        supplier.organization().getId(),
                        maker.declaration().id(),
                        maker.cathode().id(),
                        "Aluminium pack casing",
                        null,
                        new BigDecimal("50000"),
                        "kg",
                        java.time.LocalDate.of(2025, 1, 1),
                        java.time.LocalDate.of(2025, 12, 31),
                        java.time.LocalDate.now().plusWeeks(2),
                        null));
        RequestView answered = requests.answer(
                request.id(),
                supplier.user(),
                SupplyChainFixture.record("铝合金电池包壳体 6061", "8.4"),
                Disclosure.DEFAULT,
                List.of(),
                List.of());
        requests.recalculate(
                requests.accept(request.id(), maker.party().user()),
                maker.party().user());

        // the supplier publishes a correction in the browser
        browser.signIn(supplier.username(), SupplyChainFixture.PASSWORD);
        browser.open("/supply-chain/records/" + answered.answerRecordId());
        assertThat(browser.text(By.id("used-by"))).contains("1");
        browser.screenshot("supplier-record");
        browser.follow(By.id("correct"));
        browser.fill("correctionNote", "改用绿电电解铝后重新核算").fill("pcfKgCo2e", "6.9");
        browser.screenshot("supplier-correction-form");
        browser.submit("#record-form");
        assertThat(browser.html()).contains("第 2 版");

        // the manufacturer sees the flag on the declaration and takes the correction
        browser.signIn(maker.party().username(), SupplyChainFixture.PASSWORD);
        String declarationPath = "/declarations/" + maker.declaration().id();
        browser.open(declarationPath);
        assertThat(browser.text(By.id("declaration-notices"))).contains("第 2 版", "6.9");
        browser.screenshot("supplier-correction-flag");
        browser.open(declarationPath + "?lang=en");
        assertThat(browser.text(By.id("declaration-notices"))).contains("version 2");
        browser.screenshot("supplier-correction-flag-en");
        browser.open(declarationPath + "?lang=zh_CN");
        browser.submit("#declaration-notices");
        assertThat(browser.all(By.id("declaration-notices"))).isEmpty();
        assertThat(browser.text(By.id("status"))).isEqualTo("已计算");
        browser.open(declarationPath + "/result");
        assertThat(browser.html()).contains("6.9");
    }
}
