package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Article;
import dev.newskit.core.Block;
import dev.newskit.core.Paragraph;
import dev.newskit.core.TextDirection;
import dev.newskit.examples.inspect.InspectReport;
import dev.newskit.examples.service.NewsService;
import dev.newskit.examples.service.ServiceConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inspection report in headless Chromium, with the cleaner's browser harness: the seed page and two
 * corpus pages rendered and screenshotted (into {@code target/inspect-screenshots}), their DOM checked
 * against the article; and the cleaner's XSS payloads, each placed in a news page, inspected through the
 * service's {@code /v1/inspect} and opened: nothing runs, nothing is requested.
 */
class InspectReportBrowserTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path SHOTS = Path.of("target/inspect-screenshots");
  /** What the report shows, read from its DOM. */
  private static final String READ_REPORT = "JSON.stringify({"
      + "scripts: document.scripts.length,"
      + "kept: [...document.querySelectorAll('#page .block.kept')].map(b => ({body: b.dataset.body, tag: b.dataset.tag,"
      + "  text: b.querySelector('.text').textContent, direction: getComputedStyle(b.querySelector('.text')).direction})),"
      + "authors: [...document.querySelectorAll('#page .block.lifted')].filter(b => b.dataset.fields.split(' ').includes('authors'))"
      + "  .map(b => b.querySelector('.text').textContent),"
      + "body: [...document.querySelectorAll('#body li')].map(li => ({type: li.dataset.type, text: li.querySelector('.t').textContent})),"
      + "dropped: document.querySelectorAll('#page .block.dropped[data-reason]').length,"
      + "title: document.querySelector('#title').textContent})";

  private final ArticleExtractor extractor = ArticleExtractor.create();

  @Test
  void theSeedPageReport() throws Exception {
    byte[] page = SeedPageExtractionTest.page("seed-with-metadata.html");
    Explanation x = extractor.explain(PageInput.of(page).withUrl(SeedPageExtractionTest.URL));
    JsonNode dom = open("seed-with-metadata", x);
    assertEquals(List.of("Washington – Said Arikat - 10/4/2026"), texts(dom.get("authors")));
    assertEquals(SeedPageExtractionTest.TITLE, dom.get("title").asString());
    assertTrue(dom.get("dropped").asInt() >= 10, "the chrome is there, marked dropped: " + dom.get("dropped"));
  }

  @Test
  void twoCorpusPageReports() throws Exception {
    Optional<Path> corpus = corpus();
    Assumptions.assumeTrue(corpus.isPresent(), "../shared/corpus not found: the corpus pages' reports are not checked");
    for (String name : List.of("rtl/ar-alyaum-1784190729", "readability/nytimes-1")) {
      byte[] page = Files.readAllBytes(corpus.get().resolve(name).resolve("source.html"));
      Explanation x = extractor.explain(PageInput.of(page));
      JsonNode dom = open(name.replace('/', '-'), x);
      assertFalse(dom.get("authors").isEmpty(), name + ": a block is marked lifted into authors");
      assertFalse(x.article().authors().isEmpty(), name);
      if (x.article().direction().equals(Optional.of(TextDirection.RTL))) {
        for (JsonNode k : dom.get("kept")) {
          if (k.get("tag").asString().equals("p")) assertEquals("rtl", k.get("direction").asString(), name + ": " + k);
        }
      }
    }
  }

  @Test
  void xssPayloadsInAPageInspectedThroughTheServiceRunNothing() throws Exception {
    ChromiumHarness browser = ChromiumHarness.shared();
    List<XssPayloads.Payload> payloads = XssPayloads.all();
    String para = "<p>This paragraph is long enough, with commas, clauses, and a full stop, to be the body of a story.</p>";
    List<String> reports = new ArrayList<>();
    NewsService service = NewsService.start(ServiceConfig.builder().port(0).accessLog(l -> { }).build());
    String base = "http://127.0.0.1:" + service.port();
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      String csp = null;
      for (XssPayloads.Payload p : payloads) {
        String page = "<html><head><title>" + p.html() + "</title></head><body><article><h1>Payload " + p.id() + "</h1>"
            + "<p class='byline'>By " + p.html() + "</p>" + para + p.html() + para + "</article></body></html>";
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/v1/inspect"))
            .header("Content-Type", "text/html; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(page))
            .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), p.id() + ": " + r.body());
        csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        reports.add(r.body());
      }
      assertEquals(InspectReport.CONTENT_SECURITY_POLICY, csp);
    } finally {
      service.stop();
    }
    // Each report as the document of its own frame, where its CSP meta does not apply: the escaping alone
    // must keep every payload inert.
    ChromiumHarness.Batch batch = browser.loadBatch(reports);
    List<String> ran = new ArrayList<>();
    for (int i = 0; i < payloads.size(); i++) {
      if (!batch.items().get(i).clean()) ran.add(payloads.get(i).id() + " " + batch.items().get(i));
    }
    assertEquals(List.of(), ran, "payloads that ran or made a request from a report");
    assertTrue(batch.unattributed().clean(), batch.unattributed().toString());
    // And one report as a whole document, its policy in force.
    ChromiumHarness.Outcome whole = browser.runDocument("xss-report", reports.get(0));
    assertTrue(whole.clean(), whole.toString());
    assertEquals(1, browser.requested().size(), "only the report itself was requested: " + browser.requested());
  }

  /**
   * Renders {@code x}'s report in Chromium, saves a screenshot, checks what every report must show and
   * returns the DOM summary: no script, no request but the report, kept blocks exactly the body's blocks.
   */
  private static JsonNode open(String name, Explanation x) throws Exception {
    ChromiumHarness browser = ChromiumHarness.shared();
    String report = InspectReport.render(x, name);
    ChromiumHarness.Outcome outcome = browser.runDocument(name, report);
    assertTrue(outcome.clean(), name + ": " + outcome);
    assertEquals(1, browser.requested().size(), name + ": only the report itself was requested: " + browser.requested());
    JsonNode dom = JSON.readTree(browser.evaluate(READ_REPORT));
    Files.createDirectories(SHOTS);
    byte[] png = browser.screenshot(1280, 4000);
    assertTrue(png.length > 1000, name + ": a screenshot");
    Files.write(SHOTS.resolve(name + ".png"), png);

    assertEquals(0, dom.get("scripts").asInt(), name + ": the report has no script element");
    Article article = x.article();
    List<Block> body = article.body();
    assertEquals(body.size(), dom.get("body").size(), name);
    List<Integer> covered = new ArrayList<>();
    for (JsonNode k : dom.get("kept")) {
      for (String i : k.get("body").asString().split(" ")) covered.add(Integer.parseInt(i));
    }
    covered = covered.stream().distinct().sorted().toList();
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) all.add(i);
    assertEquals(all, covered, name + ": the kept blocks are exactly the article's blocks");
    for (JsonNode k : dom.get("kept")) {
      String[] indexes = k.get("body").asString().split(" ");
      Block b = body.get(Integer.parseInt(indexes[0]));
      if (indexes.length == 1 && b instanceof Paragraph && b.text().length() <= 2000) {
        assertEquals(b.text(), k.get("text").asString(), name + ": a kept paragraph shows the article's paragraph");
        assertEquals(b.text(), dom.get("body").get(Integer.parseInt(indexes[0])).get("text").asString(), name);
      }
    }
    return dom;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

  private static Optional<Path> corpus() {
    for (String c : List.of("../../shared/corpus", "../shared/corpus")) {
      Path p = Path.of(c).toAbsolutePath().normalize();
      if (Files.isDirectory(p.resolve("rtl")) && Files.isDirectory(p.resolve("readability"))) return Optional.of(p);
    }
    return Optional.empty();
  }
}
