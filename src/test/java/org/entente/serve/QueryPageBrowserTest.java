package org.entente.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The query page in a real browser: headless Chromium opens {@code /}, runs a
 * competency question with one click, and follows a result to an entity page.
 * Needs Debian's {@code chromium} and {@code chromium-driver}; skipped, with a
 * message saying so, when they are not installed. It also opens a question
 * in the Fuseki UI (/ui/) and runs it with YASGUI. Screenshots go to
 * {@code target/screenshots/}.
 */
class QueryPageBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path profile;
    private static EntenteServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser test skipped: needs " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (apt-get install -y chromium chromium-driver)");
        server = EntenteServer.start(TestStores.shared(), TestStores.settings().build());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void runsACompetencyQuestionFromThePageAndOpensAnEntity() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(server.url());
        assertEquals("Query · entente", browser.getTitle());
        assertEquals("33", browser.findElement(By.id("figure-claims")).getText());

        browser.findElement(By.id("q-entities-wikidata")).click();
        wait.until(ExpectedConditions.textMatches(By.id("status"), Pattern.compile("\\d+ row\\(s\\)")));
        WebElement table = browser.findElement(By.id("result-table"));
        List<WebElement> rows = table.findElements(By.tagName("tr"));
        assertEquals("entity name wikidata", rows.get(0).getText().replaceAll("\\s+", " ").strip());
        assertTrue(rows.size() > 10, "a row per entity");
        assertTrue(browser.findElement(By.id("query")).getAttribute("value").contains("wikidataId"),
                "the editor shows the question's query");
        assertTrue(table.getText().contains("Q148"), "China's Wikidata id");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("run")));
        screenshot("query-page.png");

        WebElement china = table.findElement(By.cssSelector("a[href='/id/entity/china']"));
        china.click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "China"));
        assertTrue(browser.getCurrentUrl().endsWith("/id/entity/china"));
        assertFalse(browser.findElements(By.cssSelector("#claims blockquote")).isEmpty(), "claims with their quotes");
        assertTrue(browser.findElement(By.id("properties")).getText().contains("Beijing"));
        screenshot("entity-page.png");
    }

    @Test
    void theSearchBoxFindsAnEntityByItsAlias() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(server.url());
        browser.findElement(By.id("search-text")).sendKeys("Kiev");
        browser.findElement(By.id("search-button")).click();
        wait.until(ExpectedConditions.textMatches(By.id("status"), Pattern.compile("\\d+ row\\(s\\)")));
        assertTrue(browser.findElement(By.id("query")).getAttribute("value").contains("text:query"),
                "the editor shows the search as SPARQL");
        List<WebElement> rows = browser.findElement(By.id("result-table")).findElements(By.tagName("tr"));
        assertTrue(rows.get(1).getText().contains("Kyiv"), "the entity first: " + rows.get(1).getText());
        assertFalse(browser.findElements(By.cssSelector("#result-table a[href='/id/entity/kyiv']")).isEmpty());
    }

    @Test
    void opensACompetencyQuestionInTheFusekiUiAndRunsItThere() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(server.url());
        browser.findElement(By.id("ui-entities-wikidata")).click();
        wait.until(ExpectedConditions.urlContains("/ui/#/dataset/entente/query"));
        wait.until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                "var e = document.querySelector('.CodeMirror'); return e && e.CodeMirror ? e.CodeMirror.getValue() : ''"))
                .contains("wikidataId"));

        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".yasr"), "Q148"));
        String results = browser.findElement(By.cssSelector(".yasr")).getText();
        assertTrue(results.contains("wikidata"), "the result table's header");
        ((JavascriptExecutor) browser).executeScript("window.scrollBy(0, 320)");
        screenshot("fuseki-ui-query.png");
    }
}
