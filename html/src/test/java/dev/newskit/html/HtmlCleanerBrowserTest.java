package dev.newskit.html;

import dev.newskit.html.safety.CleaningPolicy;
import dev.newskit.html.safety.HtmlCleaner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The XSS suite in a real headless Chromium: every payload, cleaned under ARTICLE, is loaded with
 * alert/confirm/prompt/print/open and a sentinel hooked, requests and frames intercepted, and events
 * dispatched on every element. Zero executions are allowed. A control run with the raw payloads must
 * show many executions, so the harness is shown to catch them. Runs whenever Chromium is installed;
 * with {@code CI=true} a missing Chromium is a failure, elsewhere a skip.
 */
class HtmlCleanerBrowserTest {
  private static final String BASE = "https://news.example/section/article.html";
  private static ChromiumHarness browser;

  @BeforeAll
  static void startChromium() throws Exception {
    Optional<Path> binary = ChromiumHarness.findChromium();
    if (binary.isEmpty()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("Chromium is not installed, and CI=true requires the browser test: install Debian's chromium (see .ci/run)");
      }
      Assumptions.abort("Chromium is not installed (set NEWSKIT_CHROMIUM or install Debian's chromium): browser XSS test skipped");
    }
    browser = ChromiumHarness.start(binary.get());
  }

  @AfterAll
  static void stopChromium() {
    if (browser != null) browser.close();
  }

  @Test
  void noCleanedPayloadRunsAnythingAndTheRawPayloadsDo() throws Exception {
    HtmlCleaner cleaner = HtmlCleaner.of(CleaningPolicy.ARTICLE);
    List<String> failures = new ArrayList<>();
    int rawExecuting = 0;
    int rawViolating = 0;
    List<XssPayloads.Payload> payloads = XssPayloads.all();
    for (XssPayloads.Payload p : payloads) {
      ChromiumHarness.Outcome cleaned = browser.run("clean-" + p.id(), cleaner.clean(p.html(), BASE));
      if (!cleaned.clean()) failures.add(p.id() + " " + cleaned);
      ChromiumHarness.Outcome raw;
      try {
        raw = browser.run("raw-" + p.id(), p.html());
      } catch (Exception e) {
        throw new AssertionError("harness failed on raw " + p.id(), e);
      }
      if (!raw.executions().isEmpty()) rawExecuting++;
      if (!raw.violations().isEmpty()) rawViolating++;
    }
    System.out.printf("browser XSS suite: %d payloads; raw: %d executed script, %d made requests or frames; cleaned: %d%n",
        payloads.size(), rawExecuting, rawViolating, failures.size());
    assertEquals(List.of(), failures, "cleaned payloads that ran script or loaded active content");
    assertTrue(rawExecuting >= 100, "the control run must catch many executions, caught " + rawExecuting);
  }
}
