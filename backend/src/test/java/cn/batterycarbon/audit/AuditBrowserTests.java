package cn.batterycarbon.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.batterycarbon.declaration.DeclarationService;
import cn.batterycarbon.declaration.DeclarationView;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.support.Browser;
import cn.batterycarbon.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo manufacturer reads the history of the demo declaration, and the administrator verifies
 * the audit chain, both in Chinese and English. Screenshots for the user guide go to
 * target/screenshots.
 */
@BrowserTest
class AuditBrowserTests {

    @Autowired
    DeclarationService declarations;

    @Autowired
    UserDetailsService users;

    @Test
    void aDeclarationShowsItsHistoryInBothLanguages(Browser browser) {
        PlatformUser maker = (PlatformUser) users.loadUserByUsername("maker");
        DeclarationView declaration = declarations.declarations(maker).get(0);
        browser.signIn("maker", "demo1234");

        browser.open("/declarations/" + declaration.id() + "?lang=zh_CN");
        browser.waitFor(By.cssSelector(".audit-timeline[data-loaded=true]"));
        assertThat(browser.text(By.cssSelector(".audit-timeline"))).contains("变更记录", "创建申报", "上传活动数据文件");
        browser.screenshot("audit-timeline-zh");

        browser.open("/declarations/" + declaration.id() + "?lang=en");
        browser.waitFor(By.cssSelector(".audit-timeline[data-loaded=true]"));
        assertThat(browser.text(By.cssSelector(".audit-timeline")))
                .contains("History", "Declaration created", "Activity data file uploaded");
        browser.screenshot("audit-timeline-en");
    }

    @Test
    void theAdministratorVerifiesTheChainInBothLanguages(Browser browser) {
        browser.signIn("admin", "demo1234");

        browser.open("/audit?lang=zh_CN");
        assertThat(browser.text(By.id("audit-entries"))).contains("登录");
        browser.follow(By.id("verify-chain"));
        browser.waitFor(By.id("verification"));
        assertThat(browser.text(By.id("verification"))).contains("哈希链完整", "已校验条目");
        browser.screenshot("audit-verification-zh");

        browser.open("/audit?lang=en");
        browser.follow(By.id("verify-chain"));
        browser.waitFor(By.id("verification"));
        assertThat(browser.text(By.id("verification"))).contains("The chain is intact", "Entries checked");
        browser.screenshot("audit-verification-en");
    }
}
