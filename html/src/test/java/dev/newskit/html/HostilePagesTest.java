package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Article;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Pages built to hurt: each gives a result or a typed {@link HtmlLimitException}, never a
 * {@code StackOverflowError} or {@code OutOfMemoryError}. The build runs this class in its own JVM
 * with {@code -Xmx256m} (see the html pom), so the heap bound is part of the test.
 */
class HostilePagesTest {
  private final ArticleExtractor extractor = ArticleExtractor.create();
  private final HtmlCleaner cleaner = HtmlCleaner.of(CleaningPolicy.ARTICLE);

  private static String article(String inner) {
    return "<html><head><title>T</title></head><body><article><h1>Headline here</h1>" + inner + "</article></body></html>";
  }

  @Test
  void hundredThousandNestedElements() {
    String page = article("<div>".repeat(100_000) + "<p>" + "Deep text, still a paragraph. ".repeat(5) + "</p>" + "</div>".repeat(100_000));
    Article a = extractor.extract(page);
    assertTrue(a.text().contains("Deep text"), a.text());
    assertTrue(cleaner.clean(page).contains("Deep text"));
  }

  @Test
  void deeplyNestedTables() {
    String page = article("<table><tr><td>".repeat(20_000) + "cell text" + "</td></tr></table>".repeat(20_000));
    assertTrue(extractor.extract(page).title().isPresent());
    assertTrue(cleaner.clean(page).contains("cell text"));
  }

  @Test
  void aFiftyMegabytePageIsRefusedWithATypedError() {
    String page = article("<p>" + "x".repeat(50 * 1024 * 1024) + "</p>");
    HtmlLimitException e = assertThrows(HtmlLimitException.class, () -> extractor.extract(page));
    assertEquals("maxInputChars", e.limit());
    assertThrows(HtmlLimitException.class, () -> cleaner.clean(page));
  }

  @Test
  void aMillionElementsAreRefusedBeforeParsing() {
    StringBuilder sb = new StringBuilder(9_000_000);
    for (int i = 0; i < 1_000_000; i++) sb.append("<b>x</b>");
    String page = article(sb.toString());
    HtmlLimitException e = assertThrows(HtmlLimitException.class, () -> extractor.extract(page));
    assertEquals("maxElements", e.limit());
    assertThrows(HtmlLimitException.class, () -> cleaner.clean(page));
  }

  @Test
  void oneTenMegabyteTextNode() {
    String page = article("<p>" + "word ".repeat(2 * 1024 * 1024) + "</p>");
    Article a = extractor.extract(page);
    assertTrue(a.wordCount() >= 2 * 1024 * 1024, "words: " + a.wordCount());
  }

  @Test
  void invalidUtf8NulBytesAndAWrongDeclaredCharset() {
    byte[] invalid = ("<html><body><article><h1>Title</h1><p>" + "Good text, then bad bytes. ".repeat(4))
        .getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[] {(byte) 0xC3, (byte) 0x28, 0, (byte) 0xFF, (byte) 0xFE, '<', '/', 'p', '>'};
    byte[] page = new byte[invalid.length + bad.length];
    System.arraycopy(invalid, 0, page, 0, invalid.length);
    System.arraycopy(bad, 0, page, invalid.length, bad.length);
    Article a = extractor.extract(page, "https://example.com/a");
    assertTrue(a.text().contains("Good text"), a.text());
    assertFalse(a.text().contains("\u0000"));

    byte[] wrongCharset = "<meta charset=windows-1252><h1>שלום</h1><p>טקסט בעברית שנשמר כ-UTF-8 למרות ההצהרה.</p>"
        .getBytes(StandardCharsets.UTF_8);
    assertTrue(cleaner.clean(wrongCharset, null, null).contains("שלום"));
  }

  @Test
  void hugeAndSelfReferencingJsonLd() {
    StringBuilder ld = new StringBuilder("{\"@context\":\"https://schema.org\",\"@graph\":[");
    for (int i = 0; i < 40_000; i++) {
      ld.append("{\"@id\":\"#n").append(i).append("\",\"@type\":\"Thing\",\"name\":\"node ").append(i)
          .append("\",\"isPartOf\":{\"@id\":\"#n").append((i + 1) % 40_000).append("\"}},");
    }
    ld.append("{\"@type\":\"NewsArticle\",\"@id\":\"#article\",\"headline\":\"The real headline\",\"author\":{\"@id\":\"#article\"}}]}");
    assertTrue(ld.length() > 3_000_000, "JSON-LD of " + ld.length() + " chars");
    String page = "<html><head><script type=\"application/ld+json\">" + ld + "</script></head><body><p>"
        + "Body text long enough to be a paragraph of the article. ".repeat(3) + "</p></body></html>";
    Article a = extractor.extract(page);
    assertEquals("The real headline", a.title().orElseThrow());
  }

  @Test
  void emptyAndWhitespaceInput() {
    assertTrue(extractor.extract("").body().isEmpty());
    assertTrue(extractor.extract("   \n ").title().isEmpty());
    assertEquals("", cleaner.clean(""));
    assertTrue(extractor.extract(new byte[0], null).body().isEmpty());
  }
}
