package cn.batterycarbon.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.batterycarbon.declaration.TestManufacturers.Manufacturer;
import cn.batterycarbon.declaration.imports.LineColumn;
import cn.batterycarbon.declaration.imports.LineFiles;
import cn.batterycarbon.footprint.core.FootprintResult;
import cn.batterycarbon.footprint.core.LifeCycleStage;
import cn.batterycarbon.footprint.core.StageResult;
import cn.batterycarbon.footprint.core.WorkedExampleAccess;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.support.Browser;
import cn.batterycarbon.support.BrowserTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A manufacturer with an empty account registers a plant and a battery model, creates a
 * declaration, uploads the LFP worked example as an Excel file and calculates: the result page
 * shows the figures of docs/methodology.md §10. Screenshots go to target/screenshots.
 */
@BrowserTest
class DeclarationBrowserTests {

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    UserDetailsService users;

    @Test
    void fromAnEmptyAccountToTheLfpWorkedExampleViaExcelUpload(Browser browser) throws Exception {
        Manufacturer manufacturer = TestManufacturers.register(administration, users);
        browser.signIn(manufacturer.username(), TestManufacturers.PASSWORD);

        browser.open("/plants");
        assertThat(browser.all(By.cssSelector("#plants tbody tr"))).isEmpty();
        browser.follow(By.id("new-plant"));
        browser.fill("name", "常州电池包工厂").fill("address", "江苏省常州市武进区");
        new Select(browser.field("province")).selectByValue("JIANGSU");
        browser.screenshot("declaration-plant-form");
        browser.submit("#plant-form");
        assertThat(browser.text(By.id("plants"))).contains("常州电池包工厂", "华东电网");

        browser.open("/battery-models/new");
        browser.fill("modelCode", "CZ-LFP-60").fill("name", "LFP 60 kWh 电池包");
        new Select(browser.field("chemistry")).selectByValue("LFP");
        new Select(browser.field("format")).selectByValue("PACK");
        new Select(browser.field("vehicleCategory")).selectByValue("M1");
        browser.fill("ratedEnergyKwh", "62")
                .fill("usableEnergyKwh", "60")
                .fill("nominalVoltageV", "384")
                .fill("capacityAh", "161")
                .fill("massKg", "385")
                .fill("warrantyYears", "8")
                .fill("warrantyKm", "160000");
        browser.screenshot("declaration-model-form");
        browser.submit("#model-form");
        assertThat(browser.text(By.id("models"))).contains("CZ-LFP-60");

        browser.open("/declarations");
        browser.follow(By.id("new-declaration"));
        new Select(browser.field("batteryModelId")).selectByIndex(1);
        new Select(browser.field("plantId")).selectByIndex(1);
        setValue(browser, "periodStart", "2025-01-01");
        setValue(browser, "periodEnd", "2025-12-31");
        browser.fill("productionVolume", "12000");
        new Select(browser.field("functionalUnitMethod")).selectByValue("EU_FEQC");
        new Select(browser.field("electricityRule")).selectByValue("LOCATION_BASED");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("declaration-new");
        browser.submit("#declaration-form");
        assertThat(browser.currentPath()).startsWith("/declarations/");
        assertThat(browser.text(By.id("status"))).isEqualTo("草稿");

        // The template downloads.
        String template = browser.field("template-xlsx").getAttribute("href");
        Object downloaded = browser.driver()
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + b.byteLength)));",
                        template);
        assertThat(String.valueOf(downloaded)).startsWith("200 ");
        assertThat(Long.parseLong(String.valueOf(downloaded).substring(4))).isGreaterThan(1000);

        // A file with a wrong cell is refused whole, naming sheet, row and column.
        Map<LifeCycleStage, List<Map<LineColumn, String>>> wrong = WorkedExampleFiles.lfpRows();
        wrong.get(LifeCycleStage.MAIN_PRODUCTION).get(1).put(LineColumn.QUANTITY, "210 m3");
        Path bad = Files.createTempFile("lfp-wrong", ".xlsx");
        Files.write(bad, LineFiles.writeXlsx(wrong, List.of("wrong")));
        browser.field("file").sendKeys(bad.toAbsolutePath().toString());
        browser.submit("#upload-form");
        String problems = browser.text(By.id("upload-problems"));
        assertThat(problems)
                .contains(LineFiles.sheetName(LifeCycleStage.MAIN_PRODUCTION), "3", "数量 / Quantity", "“210 m3”不是数字。");
        assertThat(browser.text(By.id("line-count"))).isEqualTo("0");
        assertThat(browser.accessibilityProblems()).isEmpty();
        scrollTo(browser, "upload");
        browser.screenshot("declaration-upload-errors");

        Path file = Files.createTempFile("lfp-worked-example", ".xlsx");
        Files.write(file, WorkedExampleFiles.lfpXlsx());
        browser.field("file").sendKeys(file.toAbsolutePath().toString());
        browser.submit("#upload-form");
        assertThat(browser.text(By.id("line-count"))).isEqualTo("18");
        assertThat(browser.accessibilityProblems()).isEmpty();
        scrollTo(browser, "lines");
        browser.screenshot("declaration-uploaded");

        browser.submit("#calculate-form");
        assertThat(browser.currentPath()).endsWith("/result");
        FootprintResult expected = WorkedExampleAccess.lfpResult();
        assertThat(browser.text(By.id("total-per-kwh")))
                .isEqualTo(expected.totalKgCo2ePerKwh().toPlainString());
        assertThat(browser.text(By.id("absolute")))
                .isEqualTo(expected.absoluteKgCo2e().toPlainString());
        assertThat(browser.text(By.id("lifetime-energy")))
                .isEqualTo(expected.lifetimeEnergyKwh().toPlainString());
        assertThat(browser.text(By.id("credits")))
                .isEqualTo(expected.recyclingCreditsKgCo2e().toPlainString());
        assertThat(browser.text(By.id("performance-class"))).isEqualTo("D");
        assertThat(browser.text(By.id("primary-share"))).isEqualTo("100.00 %");
        for (StageResult stage : expected.stages()) {
            WebElement row = browser.field("stage-" + stage.stage().batteryPassName());
            assertThat(row.findElement(By.cssSelector(".stage-kg")).getText())
                    .isEqualTo(stage.absoluteKgCo2e().toPlainString());
            assertThat(row.findElement(By.cssSelector(".stage-per-kwh")).getText())
                    .isEqualTo(stage.kgCo2ePerKwh().toPlainString());
        }
        assertThat(browser.all(By.cssSelector("#provenance tbody tr"))).hasSize(18);
        assertThat(browser.text(By.cssSelector("#top-contributors tbody tr:first-child")))
                .contains("Electricity, cell and pack plant", "2022.120");
        browser.waitFor(By.cssSelector("#stage-chart svg"));
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("declaration-result");
        scrollTo(browser, "stage-chart");
        browser.screenshot("declaration-result-stages");
        scrollTo(browser, "provenance");
        browser.screenshot("declaration-result-provenance");
    }

    private static void scrollTo(Browser browser, String id) {
        browser.driver().executeScript("arguments[0].scrollIntoView();", browser.field(id));
    }

    private static void setValue(Browser browser, String id, String value) {
        browser.driver().executeScript("arguments[0].value = arguments[1];", browser.field(id), value);
    }
}
