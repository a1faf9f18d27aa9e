package cn.batterycarbon.responsibility;

import static org.assertj.core.api.Assertions.assertThat;

import cn.batterycarbon.support.Browser;
import cn.batterycarbon.support.BrowserTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A regulator imports the 2020 national table in the browser, splits the EV battery industry out
 * of battery manufacturing, runs Scenarios II and III under both rules and compares them.
 */
@BrowserTest
class ResponsibilityBrowserTests {

    private static void runScenario(Browser browser, String tablePath, String rule, String depth) {
        browser.open(tablePath);
        new Select(browser.field("focusSector")).selectByValue("087EV");
        browser.fill("directEmissions", "366.66");
        browser.fill("upstreamEmissions", "0");
        browser.fill("gamma", "0.5");
        new Select(browser.field("rule")).selectByValue(rule);
        new Select(browser.field("depth")).selectByValue(depth);
        browser.submit("#run-form");
        browser.waitFor(By.id("result-table"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.attributeToBe(By.id("sankey-chart"), "data-rendered", "true"));
        assertThat(browser.text(By.id("result-total"))).isEqualTo("366.66");
        assertThat(browser.all(By.cssSelector("#bar-chart canvas"))).isNotEmpty();
    }

    @Test
    void importSplitRunBothRulesInScenariosTwoAndThreeAndCompare(Browser browser) {
        browser.signIn("regulator", "demo1234");
        browser.open("/responsibility");
        browser.fill("name", "2020 全国投入产出表");
        Path csv = Path.of("..", "db", "src", "main", "resources", "db", "seed", "responsibility", "china-2020-153.csv")
                .toAbsolutePath()
                .normalize();
        browser.field("file").sendKeys(csv.toString());
        browser.submit("#upload-form");
        browser.waitFor(By.id("run-form"));
        assertThat(browser.text(By.id("sector-count"))).isEqualTo("153");

        new Select(browser.field("parentCode")).selectByValue("087");
        browser.fill("share", "0.4");
        browser.fill("newCode", "087EV");
        browser.fill("newNameZh", "动力电池产业");
        browser.fill("newNameEn", "EV battery industry");
        browser.submit("#split-form");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBe(By.id("sector-count"), "154"));
        String splitTable = browser.currentPath();

        runScenario(browser, splitTable, "VALUE_ADDED", "2");
        browser.screenshot("responsibility-run-scenario-2-value-added");
        runScenario(browser, splitTable, "PROFIT", "2");
        runScenario(browser, splitTable, "VALUE_ADDED", "3");
        runScenario(browser, splitTable, "PROFIT", "3");

        browser.open(splitTable);
        List<WebElement> boxes = browser.all(By.cssSelector("#compare-form input[name=run]"));
        assertThat(boxes).hasSize(4);
        boxes.forEach(WebElement::click);
        browser.click(By.id("compare-button"));
        browser.waitFor(By.id("comparison"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.attributeToBe(By.id("compare-chart"), "data-rendered", "true"));
        List<WebElement> columns = browser.all(By.cssSelector("#comparison thead th"));
        assertThat(columns).hasSize(2 + 4);
        List<WebElement> totals = browser.all(By.cssSelector("#comparison tr.total td"));
        assertThat(totals.stream().map(WebElement::getText).filter(t -> !t.isEmpty()))
                .containsExactly("366.66", "366.66", "366.66", "366.66");
        assertThat(browser.text(By.id("comparison"))).contains("087EV 动力电池产业", "087 ");
        browser.screenshot("responsibility-compare");

        // the same pages in English
        browser.open(splitTable + "?lang=en");
        browser.waitFor(By.id("run-form"));
        assertThat(browser.text(By.id("run-heading"))).isEqualTo("Run an allocation");
        browser.screenshot("responsibility-table-en");
    }
}
