package cn.batterycarbon.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.batterycarbon.declaration.TestManufacturers.Manufacturer;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.product.ProductCatalog;
import cn.batterycarbon.support.Browser;
import cn.batterycarbon.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 9.1 and 17 (points 3, 4, 5, 9, 11) in the browser, in Chinese and English: calculation
 * records and what changed between two, both functional-unit methods, the Monte Carlo share,
 * editing a line in place, what-if field messages, the declaration number. Screenshots for the user
 * guide go to target/screenshots.
 */
@BrowserTest
class CalculationPagesBrowserTests {

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

    @Test
    void recordsMethodsLineEditingAndWhatIfErrors(Browser browser) {
        Manufacturer manufacturer = TestManufacturers.register(administration, users);
        DeclarationView d = TestDeclarations.lfp(products, declarations, manufacturer.user());
        calculations.calculate(d.id(), manufacturer.user(), false);
        browser.signIn(manufacturer.username(), TestManufacturers.PASSWORD);

        for (String lang : new String[] {"zh", "en"}) {
            String suffix = lang.equals("zh") ? "" : "-en";
            browser.open("/declarations?lang=" + lang);
            assertThat(browser.text(By.id("main"))).contains(d.number());

            // Edit the first line in place.
            browser.open("/declarations/" + d.id());
            browser.follow(By.cssSelector("#lines-RawMaterialExtraction tbody tr:first-child .edit-line"));
            assertThat(browser.field("description").getAttribute("value")).isEqualTo("LFP cathode active material");
            browser.fill("quantity", lang.equals("zh") ? "118" : "121");
            browser.screenshot("declaration-line-edit" + suffix);
            browser.submit("#line-form");
            assertThat(browser.text(By.id("lines-RawMaterialExtraction")))
                    .contains(lang.equals("zh") ? "118 kg" : "121 kg");

            // Calculate again with Monte Carlo: a second record, the share with an uncertainty.
            browser.open("/declarations/" + d.id());
            browser.click(By.cssSelector("#calculate-form input[name=monteCarlo]"));
            browser.submit("#calculate-form");
            assertThat(browser.text(By.id("uncertainty-unknown"))).isNotBlank();
            assertThat(browser.all(By.cssSelector("#method-table tbody tr"))).hasSize(2);
            assertThat(browser.all(By.cssSelector("#method-table .chosen-method")))
                    .hasSize(1);
            assertThat(browser.all(By.cssSelector("#calculations tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
            browser.driver().executeScript("document.getElementById('methods').scrollIntoView()");
            browser.screenshot("declaration-result-methods" + suffix);
            browser.driver().executeScript("document.getElementById('calculation-history').scrollIntoView()");
            browser.screenshot("declaration-calculations" + suffix);
            browser.follow(By.cssSelector("#calculations tbody tr:first-child .compare-previous"));
            assertThat(browser.text(By.id("line-changes"))).contains("LFP cathode active material");
            browser.screenshot("declaration-calculation-changes" + suffix);

            // What-if: non-numeric input is a message next to the field.
            browser.open("/declarations/" + d.id() + "/what-if");
            browser.fill("quantity", "abc");
            browser.submit("#what-if-form");
            assertThat(browser.text(By.id("quantity-error"))).contains("abc");
            browser.screenshot("declaration-what-if-error" + suffix);
        }
    }
}
