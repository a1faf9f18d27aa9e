package cn.batterycarbon.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver (never a downloaded browser),
 * with small helpers in the words of the tests: open a page, sign in, fill a field, take a
 * screenshot for the user guide.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path screenshots;

    private Browser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.screenshots = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    }

    static Browser start(String baseUrl) {
        String chromium = System.getProperty("chromium.binary", "/usr/bin/chromium");
        String chromedriver = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--lang=zh-CN",
                "--window-size=1366,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(chromedriver).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(1366, 900));
        return new Browser(driver, baseUrl);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public Browser signIn(String username, String password) {
        // Sign out whoever is signed in (the login page sends them home); clearing cookies instead
        // races with the cookie the next sign-in sets.
        open("/login");
        if (!driver.findElements(By.cssSelector("form[action$='/logout']")).isEmpty()) {
            signOut();
        }
        for (int attempt = 1; ; attempt++) {
            if (!currentPath().startsWith("/login")) {
                open("/login");
            }
            field("username").clear();
            field("username").sendKeys(username);
            field("password").sendKeys(password);
            submit("form[action$='/login']");
            // Landed on a page of the app, or back on the login page with a message.
            boolean mayRetry = attempt < 3;
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> !d.findElements(By.cssSelector("form[action$='/logout']"))
                                    .isEmpty()
                            || !d.findElements(By.cssSelector(".alert--error")).isEmpty()
                            || (d.getCurrentUrl().endsWith("/login") && mayRetry));
            if (!driver.findElements(By.cssSelector("form[action$='/logout']")).isEmpty()) {
                return this;
            }
            if (!driver.findElements(By.cssSelector(".alert--error")).isEmpty() || attempt >= 3) {
                throw new IllegalStateException("Sign-in as " + username + " failed at " + currentPath() + ": "
                        + driver.findElement(By.tagName("main")).getText());
            }
            // Headless Chromium now and then loses the fresh session cookie between the login
            // redirect and the next request (seen under heavy load only); the server side
            // authenticated correctly, so sign in again.
            waitForPageLoad();
        }
    }

    public Browser signOut() {
        andWaitForNextPage(() -> driver.findElement(By.cssSelector("form[action$='/logout'] button"))
                .click());
        waitFor(By.id("username"));
        return this;
    }

    public WebElement field(String id) {
        return driver.findElement(By.id(id));
    }

    public Browser fill(String id, String value) {
        WebElement field = field(id);
        field.clear();
        field.sendKeys(value);
        return this;
    }

    /** Clicks something that stays on the page (a checkbox, a menu toggle). */
    public Browser click(By by) {
        driver.findElement(by).click();
        return this;
    }

    /** Clicks a link or button that loads another page, and waits until it has loaded. */
    public Browser follow(By by) {
        return andWaitForNextPage(() -> driver.findElement(by).click());
    }

    /** Submits the form with its submit button and waits for the answer page. */
    public Browser submit(String formSelector) {
        return andWaitForNextPage(() -> driver.findElement(By.cssSelector(formSelector + " button[type=submit]"))
                .click());
    }

    private Browser andWaitForNextPage(Runnable action) {
        WebElement current = driver.findElement(By.tagName("html"));
        action.run();
        // An irreversible action asks first (confirm.js); going on means saying yes.
        confirmIfAsked();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(current));
        waitForPageLoad();
        return this;
    }

    private void waitForPageLoad() {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "complete"
                                .equals(((org.openqa.selenium.JavascriptExecutor) d)
                                        .executeScript("return document.readyState"))
                        && !d.findElements(By.tagName("main")).isEmpty()
                        && d.findElement(By.tagName("html")).isDisplayed());
    }

    /** Says yes in the confirmation dialog when one is open; returns its question, or null. */
    public String confirmIfAsked() {
        List<WebElement> open = driver.findElements(By.cssSelector("#confirm-dialog[open]"));
        if (open.isEmpty()) {
            return null;
        }
        String question = open.get(0)
                .findElement(By.cssSelector(".confirm-dialog__message"))
                .getText();
        open.get(0).findElement(By.cssSelector(".confirm-dialog__confirm")).click();
        return question;
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /**
     * The visible text of an element, read again if the page was still being replaced when it was
     * found (Chromium reports that as a stale element or an inspector error).
     */
    public String text(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElement(by).getText());
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public String html() {
        return driver.getPageSource();
    }

    /**
     * What a screen-reader or keyboard user would miss on the current page: landmarks, the page
     * language, labels for every form control, alt text on images, names on links and buttons.
     */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityProblems() {
        return (List<String>) driver.executeScript("""
                const problems = [];
                if (document.querySelectorAll('main').length !== 1) problems.push('not exactly one <main>');
                if (!document.querySelector('header')) problems.push('no <header>');
                if (!document.querySelector('footer')) problems.push('no <footer>');
                if (!document.documentElement.lang) problems.push('no lang on <html>');
                if (!document.title.trim()) problems.push('no <title>');
                document.querySelectorAll('input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea')
                  .forEach(el => {
                    const labelled = (el.id && document.querySelector('label[for="' + CSS.escape(el.id) + '"]'))
                      || el.closest('label') || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
                    if (!labelled) problems.push('form control without label: ' + el.outerHTML.slice(0, 100));
                  });
                document.querySelectorAll('img').forEach(img => {
                  if (!img.hasAttribute('alt')) problems.push('image without alt: ' + img.getAttribute('src'));
                });
                document.querySelectorAll('a, button').forEach(el => {
                  if (!el.textContent.trim() && !el.getAttribute('aria-label') && !el.querySelector('img[alt]:not([alt=""])'))
                    problems.push('link or button without a name: ' + el.outerHTML.slice(0, 100));
                });
                return problems;
                """);
    }

    /** Saves a PNG of the current page as {@code <screenshots.dir>/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path target = screenshots.resolve(name + ".png");
            Path taken = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(taken, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
