package cn.batterycarbon.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.batterycarbon.factor.Province;
import cn.batterycarbon.organization.application.AccountService;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.organization.domain.Organization.OrganizationDetails;
import cn.batterycarbon.organization.domain.UserAccounts;
import cn.batterycarbon.platform.security.OrganizationType;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.product.ProductCatalog;
import cn.batterycarbon.support.Browser;
import cn.batterycarbon.support.BrowserTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the hardening changed that a person sees in Chromium: the administrator's organization edit
 * is saved (issue 18 point 12), destructive actions ask first in the page's language (issue 17
 * point 7), times are shown in the user's zone with the zone named (issue 17 point 10), and
 * redirects never carry a host a client made up (issue 18 point 9).
 */
@BrowserTest
class HardeningBrowserTests {

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    ProductCatalog products;

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccounts users;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void anAdministratorsOrganizationEditIsSaved(Browser browser) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        UUID id = administration
                .registerOrganization(
                        OrganizationType.SUPPLIER,
                        creditCode(),
                        new OrganizationDetails("编辑测试" + suffix, "Edit test " + suffix, "上海", "王", null, "e@x.cn"))
                .getId();
        browser.signIn("admin", "demo1234");
        browser.open("/admin/organizations/" + id + "/edit");
        browser.fill("address", "上海市浦东新区 " + suffix);
        browser.submit("form.form");
        assertThat(browser.currentPath()).isEqualTo("/admin/organizations/" + id);
        assertThat(browser.text(By.cssSelector(".flash"))).contains("单位信息已保存");
        assertThat(administration.organization(id).getAddress()).isEqualTo("上海市浦东新区 " + suffix);
        browser.signOut();
    }

    @Test
    void deletingAPlantAsksFirstInThePagesLanguage(Browser browser) {
        PlatformUser maker = (PlatformUser) userDetails.loadUserByUsername("maker");
        String name = "待删除工厂 " + UUID.randomUUID().toString().substring(0, 6);
        products.createPlant(maker, name, "江苏省", Province.JIANGSU);
        browser.signIn("maker", "demo1234");
        browser.open("/plants");
        By deleteButton =
                By.xpath("//tr[td[normalize-space()='" + name + "']]//form[contains(@action,'/delete')]//button");

        browser.click(deleteButton);
        assertThat(browser.waitFor(By.cssSelector("#confirm-dialog[open]")).isDisplayed())
                .isTrue();
        assertThat(browser.text(By.cssSelector("#confirm-dialog .confirm-dialog__message")))
                .contains("永久删除");
        browser.screenshot("confirm-delete-plant");
        browser.click(By.cssSelector("#confirm-dialog .confirm-dialog__cancel"));
        browser.open("/plants");
        assertThat(browser.html()).contains(name);

        browser.follow(deleteButton); // follow() confirms the dialog
        assertThat(browser.html()).doesNotContain(name);

        browser.open("/plants?lang=en");
        products.createPlant(maker, name, "Jiangsu", Province.JIANGSU);
        browser.open("/plants");
        browser.click(deleteButton);
        assertThat(browser.text(By.cssSelector("#confirm-dialog .confirm-dialog__message")))
                .contains("deleted for good");
        assertThat(browser.text(By.cssSelector("#confirm-dialog .confirm-dialog__confirm")))
                .isEqualTo("Yes, do it");
        browser.screenshot("confirm-delete-plant-en");
        browser.click(By.cssSelector("#confirm-dialog .confirm-dialog__cancel"));
        browser.open("/plants?lang=zh-CN");
        browser.signOut();
    }

    @Test
    void timesAreShownInTheUsersZoneWithTheZoneNamed(Browser browser) {
        UUID makerId = users.findByUsername("maker").orElseThrow().getId();
        accounts.issueToken(makerId, "time zone " + UUID.randomUUID(), 30);
        browser.signIn("maker", "demo1234");
        browser.open("/account/tokens");
        assertThat(browser.html()).contains("(Asia/Shanghai)");
        try {
            browser.open("/account");
            new Select(browser.field("timeZone")).selectByValue("Europe/Berlin");
            browser.screenshot("account-time-zone");
            browser.submit("#time-zone-form");
            assertThat(browser.text(By.id("current-time-zone"))).isEqualTo("Europe/Berlin");
            browser.open("/account/tokens");
            assertThat(browser.html()).contains("(Europe/Berlin)").doesNotContain("(Asia/Shanghai)");
        } finally {
            accounts.changeTimeZone(makerId, "Asia/Shanghai");
        }
        browser.signOut();
    }

    @Test
    void redirectsCarryNoHostAClientMadeUp(Browser browser) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<Void> answer = client.send(
                HttpRequest.newBuilder(URI.create(browser.baseUrl() + "/declarations"))
                        .header("X-Forwarded-Host", "evil.example")
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValue("/login");
    }

    private static String creditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder code = new StringBuilder("91");
        while (code.length() < 17) {
            code.append(alphabet.charAt(random.nextInt(10)));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(code.charAt(i)) * weights[i];
        }
        int check = (31 - sum % 31) % 31;
        return code.append(alphabet.charAt(check)).toString();
    }
}
