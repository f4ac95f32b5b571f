package dk.mikrolan.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mikrolan.examples.server.ReferenceServerHandle;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report page in a real browser: Debian's headless Chromium driven by Debian's chromedriver
 * (never a download), logged in through the page's own form, every chart checked bar by bar against
 * the JSON report, axe-core (from the npm registry) run on the page with no WCAG 2.1 A/AA
 * violation, and a screenshot saved under {@code target/}. Skipped with a notice where Chromium is
 * not installed and {@code CI} is not set; mandatory under CI.
 */
class ReportPageBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path AXE = Path.of("target/axe/node_modules/axe-core/axe.min.js");
  private static final String AXE_VERSION = "4.10.3";

  @TempDir
  Path dir;

  private static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
  }

  /** axe-core from the npm registry, fetched once into target/ (CI fetches it before the build). */
  private static String axe() throws IOException, InterruptedException {
    if (!Files.exists(AXE)) {
      Process npm = new ProcessBuilder("npm", "install", "--prefix", "target/axe", "--no-audit", "--no-fund",
          "--silent", "axe-core@" + AXE_VERSION).inheritIO().start();
      assertThat(npm.waitFor(180, TimeUnit.SECONDS)).as("npm install axe-core").isTrue();
    }
    assertThat(AXE).as("axe-core from the npm registry").exists();
    return Files.readString(AXE, StandardCharsets.UTF_8);
  }

  @Test
  void thePageShowsTheReportsFiguresInEveryChartAndPassesAxe() throws Exception {
    if (!installed()) {
      if (System.getenv("CI") != null) {
        throw new IllegalStateException("Chromium and chromedriver are required under CI (.ci/run installs them)");
      }
      System.out.println("NOTICE: /usr/bin/chromium or /usr/bin/chromedriver is not installed here; the browser test"
          + " of the report page is skipped. CI runs it.");
      Assumptions.abort("Chromium not installed");
    }
    String axe = axe();
    try (ReferenceServerHandle server = ReferenceServerHandle.demo(dir)) {
      String base = "http://localhost:" + server.port();
      JsonNode report = new ObjectMapper().readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(base + "/api/v1/reports/programme?municipality=751")).header("Authorization", "Bearer "
          + server.auditorToken()).timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString()).body());

      ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
          .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--disable-background-networking", "--disable-component-update", "--disable-sync",
              "--no-first-run", "--window-size=1024,1400", "--user-data-dir=" + dir.resolve("chromium-profile"));
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
          .usingAnyFreePort().build();
      ChromeDriver browser = new ChromeDriver(service, options);
      try {
        browser.get(base + "/reports/programme.html?municipality=751");
        browser.findElement(By.id("token")).sendKeys(server.auditorToken());
        browser.findElement(By.cssSelector("#login button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> !b.findElements(By.id("chart-funnel")).isEmpty());

        for (WebElement bar : browser.findElements(By.cssSelector("#chart-funnel rect.bar"))) {
          assertThat(Long.parseLong(bar.getAttribute("data-value"))).as(bar.getAttribute("data-key"))
              .isEqualTo(report.get("funnel").get(bar.getAttribute("data-key")).asLong());
        }
        assertThat(browser.findElements(By.cssSelector("#chart-funnel rect.bar"))).hasSize(report.get("funnel").size());
        for (WebElement bar : browser.findElements(By.cssSelector("#chart-exits rect.bar"))) {
          assertThat(Long.parseLong(bar.getAttribute("data-value")))
              .isEqualTo(report.get("exits").get(bar.getAttribute("data-key")).asLong());
        }
        List<WebElement> months = browser.findElements(By.cssSelector("#chart-repayments rect.bar"));
        assertThat(months).hasSize(report.get("repaymentsByMonth").size() * 2).isNotEmpty();
        for (WebElement bar : months) {
          JsonNode month = report.get("repaymentsByMonth").get(bar.getAttribute("data-key"));
          assertThat(bar.getAttribute("data-value")).isEqualTo(month.get(bar.getAttribute("data-series"))
              .get("amount").asText());
        }
        for (WebElement bar : browser.findElements(By.cssSelector("#chart-arrears rect.bar"))) {
          JsonNode n = report.get("arrearsByBucket").get(bar.getAttribute("data-key"));
          assertThat(Long.parseLong(bar.getAttribute("data-value"))).isEqualTo(n == null ? 0 : n.asLong());
        }
        assertThat(browser.findElements(By.cssSelector("#chart-self-supporting rect.bar")))
            .hasSize(report.get("selfSupporting").size());

        browser.executeScript(axe);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) browser.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(function (r) { done({violations: r.violations.map(function (v) {"
                + "return v.id + ': ' + v.help + ' (' + v.nodes.length + ')'; }), passes: r.passes.length}); })"
                + ".catch(function (e) { done({error: String(e)}); });");
        assertThat(result).doesNotContainKey("error");
        assertThat((List<?>) result.get("violations")).as("axe-core's WCAG 2.1 A/AA violations").isEmpty();
        assertThat(((Number) result.get("passes")).intValue()).isPositive();

        Path shot = Path.of("target/report-page.png");
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(shot)).isPositive();
        System.out.println("Screenshot of the report page: " + shot.toAbsolutePath());
      } finally {
        browser.quit();
      }
    }
  }
}
