package cn.batterycarbon.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.support.Browser;
import cn.batterycarbon.support.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * On the demo data: the NMC811 declaration of {@code maker} (market-based rule, certified wind and
 * direct PV) shows the mixing warning on its result, and the rule comparison shows all four rule
 * sets side by side with table and chart; the factor picker fills code and unit; the pilot
 * coverage pages of the manufacturer and the regulator; the expert's workspace card. Screenshots
 * feed docs/user-guide.md.
 */
@BrowserTest
class ElectricityRulesBrowserTests {

    @Autowired
    DeclarationService declarations;

    @Autowired
    UserDetailsService users;

    private DeclarationView demoNmc() {
        PlatformUser maker = (PlatformUser) users.loadUserByUsername("maker");
        return declarations.declarations(maker).stream()
                .filter(d -> d.model().modelCode().equals("BCF-NMC811-75"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theSameDeclarationUnderEveryRuleSetWithTheMixingWarning(Browser browser) {
        DeclarationView nmc = demoNmc();
        browser.signIn("maker", "demo1234");
        browser.open("/declarations/" + nmc.id() + "/result");
        assertThat(browser.text(By.id("result-rule-set"))).isEqualTo("MARKET_BASED_CN 2026.2");
        assertThat(browser.text(By.id("result-families-mixed"))).isEqualTo("混用电力因子族");
        assertThat(browser.text(By.id("warnings"))).contains("混用了两类电力因子");
        browser.follow(By.id("compare-rules"));
        assertThat(browser.currentPath()).endsWith("/rules");
        List<WebElement> rows = browser.all(By.cssSelector("#rule-comparison tbody tr"));
        assertThat(rows)
                .extracting(r -> r.getAttribute("data-rule"))
                .containsExactly("FOOTPRINT_CN", "LOCATION_BASED", "MARKET_BASED_CN", "EU_DRAFT_DA");
        WebElement market = browser.waitFor(By.cssSelector("#rule-comparison tr[data-rule='MARKET_BASED_CN']"));
        assertThat(market.getAttribute("data-mixed")).isEqualTo("true");
        assertThat(market.getAttribute("class")).contains("is-chosen");
        assertThat(market.findElement(By.cssSelector(".mixing-warning")).getText())
                .contains("混用两类电力因子");
        assertThat(browser.all(By.cssSelector("#rule-comparison .mixing-warning")))
                .hasSize(1);
        browser.waitFor(By.cssSelector("#rule-chart svg"));
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("rule-comparison-zh");
        browser.open("/declarations/" + nmc.id() + "/rules?lang=en");
        assertThat(browser.text(By.cssSelector("#rule-comparison tr[data-rule='MARKET_BASED_CN'] .mixing-warning")))
                .contains("mixes the two electricity factor families");
        browser.waitFor(By.cssSelector("#rule-chart svg"));
        browser.screenshot("rule-comparison-en");
        browser.open("/declarations/" + nmc.id() + "?lang=zh-CN");

        // The factor picker of the line form fills the code and the quantity unit.
        browser.click(By.cssSelector("#add-line summary"));
        browser.fill("factor-picker-q", "CFP-PV");
        browser.waitFor(By.cssSelector("#factor-picker-results button[data-code='ELEC-CFP-PV']"))
                .click();
        assertThat(browser.field("factorCode").getAttribute("value")).isEqualTo("ELEC-CFP-PV");
        assertThat(browser.field("unit").getAttribute("value")).isEqualTo("kWh");
        browser.screenshot("factor-picker");
        browser.signOut();
    }

    @Test
    void pilotCoverageForTheManufacturerAndTheRegulator(Browser browser) {
        browser.signIn("maker", "demo1234");
        browser.open("/coverage");
        assertThat(browser.waitFor(By.id("coverage-summary")).getAttribute("data-meets"))
                .isEqualTo("false");
        assertThat(browser.text(By.id("declared"))).isEqualTo("1");
        assertThat(browser.all(By.cssSelector(".missing-chemistry")))
                .extracting(e -> e.getAttribute("data-chemistry"))
                .contains("NMC811", "LMFP", "NCA");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("coverage-mine-zh");
        browser.signOut();

        browser.signIn("regulator", "demo1234");
        browser.open("/coverage/companies?lang=en");
        assertThat(browser.text(By.id("coverage-companies")))
                .contains("Euronergy", "Jianghuai", "Ningchuan", "meets the pilot");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("coverage-companies-en");
        browser.signOut();

        // The expert's workspace card promises reviewing, not drafting.
        browser.signIn("expert", "demo1234");
        browser.open("/?lang=zh-CN");
        assertThat(browser.html()).contains("评审提交的因子库版本").doesNotContain("起草、导入、评审并发布排放因子库版本");
        browser.signOut();
    }
}
