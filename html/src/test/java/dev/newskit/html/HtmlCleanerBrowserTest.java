package dev.newskit.html;

import dev.newskit.html.safety.CleaningPolicy;
import dev.newskit.html.safety.HtmlCleaner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The XSS suite in a real headless Chromium: every payload, cleaned under ARTICLE, is loaded as a page
 * of its own (many to a page load, each in its own frame) with alert/confirm/prompt/print/open and a
 * sentinel hooked, requests and frames intercepted, and events dispatched on every element. Zero
 * executions are allowed. A control run with the raw payloads in the same harness must show many
 * executions, so the harness is shown to catch them. Runs whenever Chromium is installed; without it
 * each test is skipped with a message, or fails with {@code CI=true}.
 */
class HtmlCleanerBrowserTest {
  private static final String BASE = "https://news.example/section/article.html";

  @Test
  void noCleanedPayloadRunsAnything() throws Exception {
    ChromiumHarness browser = ChromiumHarness.shared();
    HtmlCleaner cleaner = HtmlCleaner.of(CleaningPolicy.ARTICLE);
    List<XssPayloads.Payload> payloads = XssPayloads.all();
    List<String> cleaned = new ArrayList<>();
    for (XssPayloads.Payload p : payloads) cleaned.add(cleaner.clean(p.html(), BASE));

    ChromiumHarness.Batch batch = browser.loadBatch(cleaned);

    assertEquals(payloads.size(), batch.items().size(), "one outcome per payload");
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < payloads.size(); i++) {
      ChromiumHarness.Outcome outcome = batch.items().get(i);
      if (!outcome.clean()) failures.add(payloads.get(i).id() + " " + outcome);
    }
    if (!batch.unattributed().clean()) failures.add("not attributable to one payload: " + batch.unattributed());
    System.out.printf("browser XSS suite: %d cleaned payloads in %d page loads, %d ran script or loaded active content%n",
        payloads.size(), (payloads.size() + ChromiumHarness.BATCH_SIZE - 1) / ChromiumHarness.BATCH_SIZE, failures.size());
    assertEquals(List.of(), failures, "cleaned payloads that ran script or loaded active content");
  }

  @Test
  void theRawPayloadsRunInTheSameHarness() throws Exception {
    ChromiumHarness browser = ChromiumHarness.shared();
    List<XssPayloads.Payload> payloads = XssPayloads.all();
    List<String> raw = new ArrayList<>();
    for (XssPayloads.Payload p : payloads) raw.add(p.html());

    ChromiumHarness.Batch batch = browser.loadBatch(raw);

    long executing = batch.items().stream().filter(o -> !o.executions().isEmpty()).count();
    long violating = batch.items().stream().filter(o -> !o.violations().isEmpty()).count();
    System.out.printf("browser XSS control: %d raw payloads; %d executed script, %d made requests or frames; "
        + "not attributable: %d executions, %d violations%n", payloads.size(), executing, violating,
        batch.unattributed().executions().size(), batch.unattributed().violations().size());
    assertTrue(executing >= 100, "the control run must catch many executions, caught " + executing);
  }
}
