package cn.batterycarbon.factor;

import static org.assertj.core.api.Assertions.assertThat;

import cn.batterycarbon.factor.application.FactorReleaseService;
import cn.batterycarbon.organization.application.AccountService;
import cn.batterycarbon.organization.domain.UserAccounts;
import cn.batterycarbon.support.Browser;
import cn.batterycarbon.support.BrowserTest;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A steward drafts a release, imports a CSV (first a bad one, refused with its problems), submits;
 * the expert comments and approves; everyone then finds the published factors. Screenshots feed
 * the user guide.
 */
@BrowserTest
class FactorReleaseBrowserTests {

    @Autowired
    FactorReleaseService releases;

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccounts users;

    @Test
    void stewardDraftsImportsAndSubmitsExpertApprovesAndPublishes(Browser browser) throws Exception {
        String code = FactorTestSupport.uniqueCode("BT");

        signIn(browser, "steward").open("/factor-releases");
        browser.waitFor(By.cssSelector("[data-release='" + FactorTestSupport.SEED_RELEASE + "']"));
        browser.screenshot("factor-releases");

        browser.open("/factor-releases/new")
                .fill("code", code)
                .fill("titleZh", "浏览器测试版本")
                .fill("titleEn", "Browser test release");
        browser.screenshot("factor-release-new");
        browser.submit("#release-form");
        assertThat(browser.waitFor(By.id("release-status")).getAttribute("data-status"))
                .isEqualTo("DRAFT");

        browser.click(By.id("import-factors"));
        browser.waitFor(By.id("import-form"));
        browser.field("file").sendKeys(fixturePath("bad-import.csv"));
        browser.submit("#import-form");
        assertThat(browser.waitFor(By.id("import-problems")).getText()).contains("NaN");
        browser.screenshot("factor-import-errors");

        // tagged codes: the draft starts from the latest published release, which other tests may have published
        String tag = code.substring(code.lastIndexOf('-') + 1);
        Path tagged = Files.createTempFile("factor-import-", ".csv");
        Files.write(tagged, FactorTestSupport.taggedFixture("draft-import.csv", tag));
        browser.field("file").sendKeys(tagged.toString());
        browser.submit("#import-form");
        browser.waitFor(By.id("release-status"));
        Files.delete(tagged);
        assertThat(browser.all(By.cssSelector("[data-factor^='TEST-" + tag + "-']")))
                .hasSize(3);
        assertThat(browser.all(By.cssSelector("#changes-table [data-change='ADDED']")))
                .hasSize(3);
        browser.screenshot("factor-release-draft");

        browser.submit("#submit-release");
        assertThat(browser.waitFor(By.id("release-status")).getAttribute("data-status"))
                .isEqualTo("IN_REVIEW");

        browser.signOut();
        signIn(browser, "expert").open("/factor-releases/" + code);
        browser.waitFor(By.id("review"));
        new Select(browser.field("comment-factor")).selectByVisibleText("TEST-" + tag + "-CATHODE-LFP / CN / 2024");
        browser.fill("comment-body", "来源为测试夹具，发布前请核对。");
        browser.submit("#comment-form");
        // The comment sits right under the factor it is about, not among the release's comments.
        String factorKey = "TEST-" + tag + "-CATHODE-LFP/CN/2024";
        browser.waitFor(
                By.cssSelector("tr.factor-comments[data-comments-for='" + factorKey + "'] [data-kind='COMMENT']"));
        assertThat(browser.driver()
                        .executeScript(
                                "return document.querySelector(\"[data-factor='\" + arguments[0] + \"']\")"
                                        + ".nextElementSibling.getAttribute('data-comments-for');",
                                factorKey))
                .isEqualTo(factorKey);
        assertThat(browser.all(By.cssSelector("#comments [data-kind='COMMENT']")))
                .isEmpty();
        browser.screenshot("factor-review");
        browser.fill("approve-note", "已核对来源。");
        browser.submit("#approve-form");
        assertThat(browser.waitFor(By.id("release-status")).getAttribute("data-status"))
                .isEqualTo("PUBLISHED");
        assertThat(browser.all(By.id("submit-release"))).isEmpty();
        assertThat(browser.all(By.id("approve-form"))).isEmpty();
        browser.screenshot("factor-release-published");

        browser.signOut();
        signIn(browser, "maker").open("/factors?release=" + code + "&q=TEST-" + tag);
        browser.waitFor(By.cssSelector("[data-factor='TEST-" + tag + "-CATHODE-LFP/CN/2024']"));
        browser.screenshot("factor-browse");
        // Long citations wrap in their own column; names, codes and values keep a readable width.
        browser.open("/factors?release=CN-BCF-2026.2&q=ELEC-CFP");
        browser.waitFor(By.cssSelector("[data-family='CN_ELECTRICITY_FOOTPRINT']"));
        Number nameWidth = (Number) browser.driver()
                .executeScript("return Math.min(...[...document.querySelectorAll('td.factor-name')]"
                        + ".map(td => td.getBoundingClientRect().width));");
        Number codeOverflow = (Number) browser.driver()
                .executeScript("return Math.max(...[...document.querySelectorAll('td.factor-code')]"
                        + ".map(td => td.scrollWidth - td.clientWidth));");
        assertThat(nameWidth.doubleValue()).isGreaterThanOrEqualTo(150);
        assertThat(codeOverflow.doubleValue()).isLessThanOrEqualTo(0);
        browser.screenshot("factor-browse-families");
        browser.open("/factors/lookup?release=" + FactorTestSupport.SEED_RELEASE
                + "&code=ELEC-GRID&geography=CN-JS&year=2023");
        assertThat(browser.waitFor(By.id("lookup-result")).getText()).contains("CN-GRID-EAST", "0.55");
        browser.screenshot("factor-lookup");
    }

    @Test
    void aFiftyMegabyteUploadIsRefusedWith413AndChangesNothing(Browser browser) throws Exception {
        String code = FactorTestSupport.uniqueCode("BIG");
        var stewardAccount = users.findByUsername("steward").orElseThrow();
        releases.createDraft(
                new FactorReleaseService.NewRelease(code, "大文件", "Big file", null, false),
                stewardAccount.toPlatformUser());
        String token =
                accounts.issueToken(stewardAccount.getId(), "big upload", 1).secret();

        Path big = Files.createTempFile("factor-50mb", ".csv");
        try {
            byte[] header =
                    "code,category,name_zh,name_en,value,unit,geography,year,source\n".getBytes(StandardCharsets.UTF_8);
            Files.write(big, header);
            try (var out = Files.newOutputStream(big, java.nio.file.StandardOpenOption.APPEND)) {
                byte[] filler = new byte[1024 * 1024];
                java.util.Arrays.fill(filler, (byte) ' ');
                for (int i = 0; i < 50; i++) {
                    out.write(filler);
                }
            }
            HttpResponse<String> response =
                    postMultipart(browser.baseUrl() + "/api/v1/factor-releases/" + code + "/import", token, big);
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));

            signIn(browser, "steward").open("/factor-releases/" + code + "/import");
            browser.field("file").sendKeys(big.toString());
            browser.submit("#import-form");
            browser.waitFor(By.cssSelector(".status-code"));
            assertThat(browser.text(By.cssSelector(".status-code"))).isEqualTo("413");
            browser.screenshot("factor-import-too-large");
        } finally {
            Files.deleteIfExists(big);
        }
        assertThat(releases.factors(releases.release(code, stewardAccount.toPlatformUser())))
                .isEmpty();
    }

    /** Signs in and waits until the signed-in layout is there (the login page also has a main element). */
    private static Browser signIn(Browser browser, String username) {
        browser.signIn(username, "demo1234");
        browser.waitFor(By.cssSelector(".user-box"));
        return browser;
    }

    private static HttpResponse<String> postMultipart(String url, String token, Path file)
            throws IOException, InterruptedException {
        String boundary = "bcf" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(file),
                        HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String fixturePath(String name) throws URISyntaxException {
        return Path.of(FactorReleaseBrowserTests.class
                        .getResource("/factor/" + name)
                        .toURI())
                .toString();
    }
}
