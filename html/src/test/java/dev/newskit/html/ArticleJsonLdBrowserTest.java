package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.newskit.core.Article;
import dev.newskit.core.ArticleJsonLd;
import dev.newskit.core.Author;
import dev.newskit.core.Dateline;
import dev.newskit.core.Embed;
import dev.newskit.core.Figure;
import dev.newskit.core.Heading;
import dev.newskit.core.Image;
import dev.newskit.core.ListBlock;
import dev.newskit.core.Paragraph;
import dev.newskit.core.Quote;
import dev.newskit.core.Table;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON-LD embedded as documented ({@link ArticleJsonLd#scriptElement}) in a real headless Chromium: every payload of
 * the XSS corpus is put in every string field of an article, and the pages, a hundred articles each, are loaded with the
 * harness's hooks. Zero executions are allowed, and each script's text, read back from the DOM, must parse to the
 * document newskit built. A control run embeds the same documents unescaped and must execute. Runs whenever Chromium
 * is installed; with {@code CI=true} a missing Chromium is a failure, elsewhere a skip.
 */
class ArticleJsonLdBrowserTest {
  private static final int ARTICLES_PER_PAGE = 100;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String SCRIPT_TEXTS = "JSON.stringify(Array.from(document.querySelectorAll("
      + "'script[type=\"application/ld+json\"]')).map(s => s.textContent))";
  private static ChromiumHarness browser;

  @BeforeAll
  static void startChromium() throws Exception {
    Optional<Path> binary = ChromiumHarness.findChromium();
    if (binary.isEmpty()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("Chromium is not installed, and CI=true requires the browser test: install Debian's chromium (see .ci/run)");
      }
      Assumptions.abort("Chromium is not installed (set NEWSKIT_CHROMIUM or install Debian's chromium): JSON-LD browser test skipped");
    }
    browser = ChromiumHarness.start(binary.get());
  }

  @AfterAll
  static void stopChromium() {
    if (browser != null) browser.close();
  }

  @Test
  void noPayloadInAnyFieldRunsAndEveryDocumentReadsBack() throws Exception {
    List<Article> articles = new ArrayList<>();
    for (XssPayloads.Payload p : XssPayloads.all()) articles.add(everyFieldHolding(p.html()));
    List<String> failures = new ArrayList<>();
    int pages = 0;
    for (int from = 0; from < articles.size(); from += ARTICLES_PER_PAGE) {
      List<Article> batch = articles.subList(from, Math.min(articles.size(), from + ARTICLES_PER_PAGE));
      ChromiumHarness.Outcome outcome = browser.run("jsonld-" + from, page(batch, ArticleJsonLd::scriptElement));
      pages++;
      if (!outcome.clean()) failures.add("articles " + from + "+: " + outcome);
      JsonNode texts = JSON.readTree(browser.evaluate(SCRIPT_TEXTS));
      if (texts.size() != batch.size()) {
        failures.add("articles " + from + "+: " + texts.size() + " JSON-LD scripts in the DOM, expected " + batch.size());
        continue;
      }
      for (int i = 0; i < batch.size(); i++) {
        try {
          JsonNode read = JSON.readTree(texts.get(i).asString());
          if (!read.equals(ArticleJsonLd.toTree(batch.get(i)))) failures.add("article " + (from + i) + " reads back differently");
        } catch (tools.jackson.core.JacksonException e) {
          failures.add("article " + (from + i) + " is not JSON in the DOM: " + e.getOriginalMessage());
        }
      }
    }
    System.out.printf("JSON-LD browser test: %d articles on %d pages, %d failures%n", articles.size(), pages, failures.size());
    assertEquals(List.of(), failures);
  }

  @Test
  void theSameDocumentsUnescapedDoRun() throws Exception {
    List<Article> articles = new ArrayList<>();
    for (XssPayloads.Payload p : XssPayloads.all()) articles.add(everyFieldHolding(p.html()));
    int executions = 0;
    for (int from = 0; from < articles.size(); from += ARTICLES_PER_PAGE) {
      List<Article> batch = articles.subList(from, Math.min(articles.size(), from + ARTICLES_PER_PAGE));
      executions += browser.run("raw-jsonld-" + from, page(batch, a -> "<script type=\"application/ld+json\">"
          + JSON.writeValueAsString(ArticleJsonLd.toTree(a)) + "</script>")).executions().size();
    }
    System.out.printf("JSON-LD browser test, control: %d executions of unescaped JSON-LD%n", executions);
    assertTrue(executions > 0, "the control run must catch executions of unescaped JSON-LD");
  }

  private static String page(List<Article> batch, Function<Article, String> embed) {
    StringBuilder html = new StringBuilder();
    for (Article a : batch) html.append(embed.apply(a)).append('\n');
    return html.toString();
  }

  /** An article whose every string field, every block kind's included, holds the payload. */
  private static Article everyFieldHolding(String payload) {
    String x = payload.isBlank() ? "[" + payload + "]" : payload;
    String url = "https://news.example/a?q=" + URLEncoder.encode(x, StandardCharsets.UTF_8);
    Image image = Image.builder(url).alt(x).caption(x).credit(x).build();
    return Article.builder()
        .url(url).title(x).subtitle(x).section(x)
        .addAuthor(new Author(x, Optional.of(URI.create(url)), Optional.of(x)))
        .dateline(Dateline.of(x, x))
        .siteName(x).description(x)
        .addTag(x)
        .addImage(image)
        .addBlock(new Figure(image))
        .addBlock(Paragraph.of(x))
        .addBlock(Heading.of(2, x))
        .addBlock(new Quote(x, Optional.of(x), List.of()))
        .addBlock(ListBlock.of(false, List.of(x)))
        .addBlock(new Table(Optional.of(x), List.of(x), List.of(List.of(x))))
        .addBlock(new Embed("youtube", URI.create(url), Optional.of(x)))
        .build();
  }
}
