package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Article;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** {@link HtmlLimits}: the values, their validation, and each limit as the extractor applies it. */
class HtmlLimitsTest {
  private static final String ARTICLE = "<html><head><title>Port closed</title></head><body><article><h1>Port closed</h1>"
      + "<p>The port of Haifa closed on Friday morning, the authority said, after the storm broke two cranes.</p>"
      + "</article></body></html>";

  @Test
  void defaultsAreTheDocumentedOnes() {
    HtmlLimits d = HtmlLimits.defaults();
    assertEquals(32 * 1024 * 1024, d.maxInputChars());
    assertEquals(512, d.maxDepth());
    assertEquals(200_000, d.maxElements());
    assertEquals(200_000, d.maxJsonLdNodes());
    assertEquals(200, d.maxDateChars());
    assertEquals(d, HtmlLimits.builder().build());
  }

  @Test
  void theBuilderChangesOnlyWhatItIsTold() {
    HtmlLimits a = HtmlLimits.builder().maxInputChars(10).maxDepth(11).maxElements(12).maxJsonLdNodes(13).maxDateChars(14)
        .build();
    assertEquals(new HtmlLimits(10, 11, 12, 13, 14), a);
    HtmlLimits b = a.toBuilder().maxDepth(99).build();
    assertEquals(new HtmlLimits(10, 99, 12, 13, 14), b);
    assertEquals(new HtmlLimits(10, 11, 12, 13, 14), a, "the original is unchanged");
    @SuppressWarnings("deprecation")
    HtmlLimits three = new HtmlLimits(1, 2, 3);
    assertEquals(new HtmlLimits(1, 2, 3, 200_000, 200), three, "the three-limit form keeps the other defaults");
  }

  @Test
  void everyLimitMustBePositiveAndTheErrorNamesIt() {
    String[] names = {"maxInputChars", "maxDepth", "maxElements", "maxJsonLdNodes", "maxDateChars"};
    for (int i = 0; i < names.length; i++) {
      int[] v = {1, 1, 1, 1, 1};
      v[i] = i % 2 == 0 ? 0 : -5;
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new HtmlLimits(v[0], v[1], v[2], v[3], v[4]));
      assertEquals(names[i] + " must be positive: " + v[i], e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> HtmlLimits.builder().maxElements(0).build());
  }

  @Test
  void theExceptionsCheckWhatTheyAreGiven() {
    assertEquals("page exceeds maxElements: 3 > 2", new HtmlLimitException("maxElements", 3, 2).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new HtmlLimitException(" ", 3, 2));
    assertThrows(IllegalArgumentException.class, () -> new HtmlLimitException("maxElements", 2, 2));
    assertEquals("a PNG image", new NotHtmlException("a PNG image").detected());
    assertThrows(IllegalArgumentException.class, () -> new NotHtmlException(""));
  }

  @Test
  void inputOverMaxInputCharsIsRefusedBeforeParsing() {
    HtmlLimits limits = HtmlLimits.builder().maxInputChars(ARTICLE.length() - 1).build();
    HtmlLimitException e = assertThrows(HtmlLimitException.class, () -> Extraction.parse(ARTICLE, Optional.empty(), limits));
    assertEquals("maxInputChars", e.limit());
    assertEquals(ARTICLE.length(), e.actual());
    Extraction.parse(ARTICLE, Optional.empty(), limits.toBuilder().maxInputChars(ARTICLE.length()).build());
  }

  @Test
  void maxElementsCountsStartTagsAndThenParsedElements() {
    ArticleExtractor tight = ArticleExtractor.builder().limits(HtmlLimits.builder().maxElements(5).build()).build();
    HtmlLimitException e = assertThrows(HtmlLimitException.class, () -> tight.extract(ARTICLE));
    assertEquals("maxElements", e.limit());
    assertEquals(5, e.allowed());
    assertTrue(e.getMessage().contains("maxElements"), e.getMessage());
    // Seven start tags in the text; the parser adds none: the count is what the page holds.
    ArticleExtractor enough = ArticleExtractor.builder().limits(HtmlLimits.builder().maxElements(8).build()).build();
    assertEquals("Port closed", enough.extract(ARTICLE).title().orElseThrow());
  }

  @Test
  void nestingDeeperThanMaxDepthIsKeptAtThatDepth() {
    String deep = "<div>".repeat(100) + "<p>bottom text</p>" + "</div>".repeat(100);
    Document doc = Extraction.parse(deep, Optional.empty(), HtmlLimits.builder().maxDepth(20).build());
    int depth = doc.selectFirst("p").parents().size();
    assertTrue(depth <= 20, "the paragraph sits at depth " + depth);
    assertEquals("bottom text", doc.selectFirst("p").text(), "nothing is lost");
    Document full = Extraction.parse(deep, Optional.empty(), HtmlLimits.defaults());
    assertTrue(full.selectFirst("p").parents().size() > 100, "the default keeps 100 levels");
  }

  @Test
  void aDateTextLongerThanMaxDateCharsIsNotADate() {
    String page = "<html><head><meta property=\"article:published_time\" content=\"2026-04-10T07:15:00+03:00\">"
        + "</head><body><article><h1>Port closed</h1><p>The port of Haifa closed on Friday morning, the authority "
        + "said, after the storm broke two cranes.</p></article></body></html>";
    Article read = ArticleExtractor.create().extract(page);
    assertEquals("2026-04-10T07:15:00+03:00", read.publishedTime().orElseThrow().toString());
    ArticleExtractor shortDates = ArticleExtractor.builder().limits(HtmlLimits.builder().maxDateChars(20).build()).build();
    assertFalse(shortDates.extract(page).publishedTime().isPresent(), "25 characters are over a limit of 20");
  }
}
