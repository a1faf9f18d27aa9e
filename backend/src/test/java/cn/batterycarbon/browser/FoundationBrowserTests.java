package cn.batterycarbon.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.batterycarbon.support.Browser;
import cn.batterycarbon.support.BrowserTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The foundation as a person uses it in Chromium: every demo role signs in and lands on its own
 * page with its own menu, the language switches, an administrator registers an organization and
 * a user, and a user creates an API token. Screenshots go to target/screenshots for the user guide.
 */
@BrowserTest
class FoundationBrowserTests {

    /** The menu entries (by link target) each demo role must see, and must not see. */
    private static final Map<String, List<String>> MENU = Map.of(
            "admin", List.of("/", "/admin/organizations", "/organization", "/account"),
            "maker", List.of("/", "/organization", "/account"),
            "supplier", List.of("/", "/organization", "/account"),
            "verifier", List.of("/", "/organization", "/account"),
            "regulator", List.of("/", "/organization", "/account"),
            "steward", List.of("/", "/organization", "/account"),
            "expert", List.of("/", "/organization", "/account"));

    @ParameterizedTest
    @CsvSource({
        "admin,ADMIN,平台管理",
        "maker,MANUFACTURER,电池生产企业",
        "supplier,SUPPLIER,供应商",
        "verifier,VERIFIER,核查机构",
        "regulator,REGULATOR,主管部门",
        "steward,FACTOR_STEWARD,背景数据库维护",
        "expert,FACTOR_REVIEWER,行业专家"
    })
    void everyRoleLandsOnItsOwnHomePage(String username, String role, String eyebrow, Browser browser) {
        browser.signIn(username, "demo1234");
        assertThat(browser.currentPath()).isEqualTo("/");
        assertThat(browser.waitFor(By.cssSelector(".hero")).getAttribute("data-role"))
                .isEqualTo(role);
        assertThat(browser.text(By.cssSelector(".hero__eyebrow"))).isEqualTo(eyebrow);
        List<String> menu = browser.all(By.cssSelector("#main-nav-list a")).stream()
                .map(a -> a.getAttribute("href").substring(browser.baseUrl().length()))
                .map(href -> href.isEmpty() ? "/" : href)
                .toList();
        assertThat(menu).containsAll(MENU.get(username));
        if (!username.equals("admin")) {
            assertThat(menu).doesNotContain("/admin/organizations");
        }
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("home-" + username);
        browser.signOut();
    }

    @Test
    void theLanguageSwitchesBetweenChineseAndEnglishAndStays(Browser browser) {
        browser.signIn("maker", "demo1234");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo("zh-CN");
        assertThat(browser.text(By.cssSelector(".brand__name"))).isEqualTo("动力电池碳足迹申报平台");

        browser.follow(By.cssSelector(".language-switch a[lang=en]"));
        assertThat(browser.text(By.cssSelector(".brand__name")))
                .isEqualTo("Battery Carbon Footprint Declaration Platform");
        assertThat(browser.text(By.cssSelector(".hero h1"))).startsWith("Welcome");
        browser.screenshot("home-maker-en");

        browser.open("/account");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("My account");

        browser.follow(By.cssSelector(".language-switch a[lang=zh-CN]"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("我的账号");
        browser.signOut();
    }

    @Test
    void wrongPasswordsAreRefusedWithAMessage(Browser browser) {
        browser.open("/login");
        if (!browser.all(By.cssSelector("form[action$='/logout']")).isEmpty()) {
            browser.signOut();
        }
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("login");
        browser.fill("username", "maker").fill("password", "not-the-password");
        browser.submit("form[action$='/login']");
        assertThat(browser.waitFor(By.cssSelector(".alert--error")).getText()).contains("用户名或密码错误");
    }

    @Test
    void anAdministratorRegistersAnOrganizationAndCreatesItsFirstUser(Browser browser) {
        browser.signIn("admin", "demo1234");
        browser.open("/admin/organizations");
        browser.screenshot("admin-organizations");
        browser.follow(By.cssSelector("a[href$='/admin/organizations/new']"));

        new Select(browser.field("type")).selectByValue("VERIFICATION_AGENCY");
        browser.fill("creditCode", "91330100MA2BRW0015") // wrong check character
                .fill("nameZh", "浙江碳核查有限公司")
                .fill("nameEn", "Zhejiang Carbon Verification Ltd.")
                .fill("address", "浙江省杭州市西湖区")
                .fill("contactName", "钱")
                .fill("contactPhone", "0571-12345678")
                .fill("contactEmail", "qian@zjcv.example.cn");
        browser.submit("form.form");
        assertThat(browser.waitFor(By.id("creditCode-error")).getText()).contains("无效");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("admin-organization-invalid-code");

        browser.fill("creditCode", "91330100MA2BRW0014");
        browser.submit("form.form");
        assertThat(browser.waitFor(By.cssSelector(".flash")).getText()).contains("单位已登记");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("浙江碳核查有限公司");

        browser.follow(By.cssSelector("a[href$='/users/new']"));
        browser.fill("username", "qian.verifier")
                .fill("displayName", "钱核查")
                .fill("email", "qian@zjcv.example.cn")
                .fill("password", "Verifier2026");
        browser.driver()
                .findElement(By.cssSelector("input[name=roles][value=VERIFIER]"))
                .click();
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("admin-new-user");
        browser.submit("form.form");
        WebElement row = browser.waitFor(By.cssSelector("tr[data-username='qian.verifier']"));
        assertThat(row.getText()).contains("核查员").contains("正常");
        browser.signOut();

        browser.signIn("qian.verifier", "Verifier2026");
        assertThat(browser.text(By.cssSelector(".hero__eyebrow"))).isEqualTo("核查机构");
        browser.signOut();
    }

    @Test
    void aUserCreatesAnApiTokenThatIsShownOnce(Browser browser) {
        browser.signIn("supplier", "demo1234");
        browser.open("/account/tokens");
        browser.fill("name", "ERP 接口").fill("validDays", "30");
        browser.submit("form.form--inline");
        String secret = browser.waitFor(By.id("issued-secret")).getText();
        assertThat(secret).startsWith("bcf_");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("account-token-created");
        browser.open("/account/tokens");
        assertThat(browser.html()).doesNotContain(secret);
        assertThat(browser.text(By.id("tokens"))).contains("ERP 接口").contains("有效");
        browser.signOut();
    }

    @Test
    void theLayoutWorksOnANarrowScreen(Browser browser) {
        browser.signIn("admin", "demo1234");
        browser.driver().manage().window().setSize(new Dimension(420, 900));
        try {
            browser.open("/");
            WebElement toggle = browser.waitFor(By.cssSelector(".main-nav__toggle"));
            assertThat(toggle.isDisplayed()).isTrue();
            assertThat(browser.driver().findElement(By.id("main-nav-list")).isDisplayed())
                    .isFalse();
            toggle.click();
            assertThat(browser.driver().findElement(By.id("main-nav-list")).isDisplayed())
                    .isTrue();
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
            browser.screenshot("home-admin-mobile");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
        }
        browser.signOut();
    }
}
