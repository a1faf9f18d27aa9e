package cn.batterycarbon.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.batterycarbon.support.Browser;
import cn.batterycarbon.support.KeycloakServer;
import cn.batterycarbon.support.KeycloakTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The web UI in the keycloak profile, in headless Chromium: a visitor is sent to the real Keycloak
 * login page, comes back signed in with the role Keycloak gave them, and signing out ends the
 * Keycloak session too, so the next visit asks for the password again.
 */
@KeycloakTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeycloakSignInBrowserTests {

    @Autowired
    JdbcTemplate jdbc;

    private final KeycloakServer keycloak = KeycloakServer.started();

    @AfterAll
    void forgetWhatSingleSignOnRecorded() {
        KeycloakTestRecords.forget(jdbc);
    }

    @Test
    void aManufacturerSignsInThroughKeycloakAndOutOfBoth(Browser browser) {
        signInThroughKeycloak(browser, "maker");

        assertThat(browser.waitFor(By.cssSelector(".hero")).getAttribute("data-role"))
                .isEqualTo("MANUFACTURER");
        assertThat(browser.text(By.cssSelector(".user-box__name"))).contains("陈碳管");
        browser.screenshot("keycloak-maker-home");

        browser.open("/account");
        assertThat(browser.waitFor(By.cssSelector("main .hint")).getText()).contains("Keycloak");
        assertThat(browser.all(By.cssSelector("a[href$='/account/password']"))).isEmpty();

        signOutAndExpectKeycloakToAskAgain(browser);
    }

    @Test
    void aRegulatorSignsInThroughKeycloakAndOutOfBoth(Browser browser) {
        signInThroughKeycloak(browser, "regulator");

        assertThat(browser.waitFor(By.cssSelector(".hero")).getAttribute("data-role"))
                .isEqualTo("REGULATOR");

        signOutAndExpectKeycloakToAskAgain(browser);
    }

    @Test
    void signingAUserOutInKeycloakEndsTheirPlatformSession(Browser browser) {
        signInThroughKeycloak(browser, "verifier");
        assertThat(browser.waitFor(By.cssSelector(".hero")).getAttribute("data-role"))
                .isEqualTo("VERIFIER");

        keycloak.signOutEverywhere("verifier");

        browser.open("/");
        wait(browser).until(ExpectedConditions.urlContains(keycloak.issuer()));
        assertThat(browser.waitFor(By.id("kc-login")).isDisplayed()).isTrue();
    }

    @Test
    void aUserOfAnUnregisteredOrganizationIsToldWhy(Browser browser) {
        signInThroughKeycloak(browser, KeycloakServer.STRANGER);

        wait(browser).until(ExpectedConditions.urlContains("/login?refused=organization-unknown"));
        assertThat(browser.text(By.cssSelector(".alert--error"))).contains("尚未在本平台登记");
        assertThat(browser.all(By.cssSelector("form[action$='/login']"))).isEmpty();
    }

    private void signInThroughKeycloak(Browser browser, String username) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/");
        wait(browser).until(ExpectedConditions.urlContains(keycloak.issuer()));
        browser.waitFor(By.id("username"));
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                .as("Keycloak speaks the platform's language")
                .startsWith("zh");
        if (username.equals("maker")) {
            browser.screenshot("keycloak-login-page");
        }
        browser.fill("username", username);
        browser.fill("password", "demo1234");
        browser.click(By.id("kc-login"));
    }

    private void signOutAndExpectKeycloakToAskAgain(Browser browser) {
        browser.click(By.cssSelector("form[action$='/logout'] button"));
        wait(browser).until(ExpectedConditions.urlContains("/login?logout"));
        assertThat(browser.currentPath()).isEqualTo("/login?logout");
        assertThat(browser.waitFor(By.id("sso-sign-in")).getAttribute("href"))
                .endsWith("/oauth2/authorization/keycloak");

        // Keycloak's session is gone too: the next visit lands on its login form, not back in the platform.
        browser.open("/");
        wait(browser).until(ExpectedConditions.urlContains(keycloak.issuer()));
        assertThat(browser.waitFor(By.id("kc-login")).isDisplayed()).isTrue();
    }

    private static WebDriverWait wait(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
    }
}
