package dev.newskit.html;

import dev.newskit.core.Article;
import dev.newskit.html.safety.CleaningPolicy;
import dev.newskit.html.safety.HtmlCleaner;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;

/**
 * Pages built to hurt: each gives a result or a typed {@link HtmlLimitException}, never a
 * {@code StackOverflowError} or {@code OutOfMemoryError}. The build runs this class in its own JVM
 * with {@code -Xmx256m} (see the html pom), so the heap bound is part of the test.
 */
@Tag("hostile")
class HostilePagesTest {
  private final ArticleExtractor extractor = ArticleExtractor.create();
  private final HtmlCleaner cleaner = HtmlCleaner.of(CleaningPolicy.ARTICLE);

  @Test
  void hundredThousandNestedElements() {
    String page = HostilePages.nestedElements();
    Article a = extractor.extract(page);
    assertTrue(a.text().contains("Deep text"), a.text());
    assertTrue(cleaner.clean(page).contains("Deep text"));
  }

  @Test
  void deeplyNestedTables() {
    String page = HostilePages.nestedTables();
    assertTrue(extractor.extract(page).title().isPresent());
    assertTrue(cleaner.clean(page).contains("cell text"));
  }

  @Test
  void oneHundredFiftyThousandSiblings() {
    String page = HostilePages.wideSiblings();
    String clean = cleaner.clean(page);
    assertTrue(clean.startsWith("<h1>Headline here</h1>xxxx") && clean.length() < 80_000, clean.substring(0, 40));
    assertEquals(75_000, clean.chars().filter(c -> c == 'x').count());
    assertTrue(extractor.extract(page).title().isPresent());
  }

  @Test
  void aFiftyMegabytePageIsRefusedWithATypedError() {
    String page = HostilePages.fiftyMegabytes();
    HtmlLimitException e = assertThrows(HtmlLimitException.class, () -> extractor.extract(page));
    assertEquals("maxInputChars", e.limit());
    assertThrows(HtmlLimitException.class, () -> cleaner.clean(page));
  }

  @Test
  void aMillionElementsAreRefusedBeforeParsing() {
    String page = HostilePages.millionElements();
    HtmlLimitException e = assertThrows(HtmlLimitException.class, () -> extractor.extract(page));
    assertEquals("maxElements", e.limit());
    assertThrows(HtmlLimitException.class, () -> cleaner.clean(page));
  }

  @Test
  void oneTenMegabyteTextNode() {
    String page = HostilePages.tenMegabyteTextNode();
    Article a = extractor.extract(page);
    assertTrue(a.wordCount() >= 2 * 1024 * 1024, "words: " + a.wordCount());
  }

  @Test
  void invalidUtf8NulBytesAndAWrongDeclaredCharset() {
    Article a = extractor.extract(HostilePages.invalidUtf8WithNul(), "https://example.com/a");
    assertTrue(a.text().contains("Good text"), a.text());
    assertFalse(a.text().contains("\u0000"));

    assertTrue(cleaner.clean(HostilePages.wrongDeclaredCharset(), (String) null, null).contains("שלום"));
  }

  @Test
  void hugeAndSelfReferencingJsonLd() {
    String page = HostilePages.selfReferencingJsonLd();
    assertTrue(page.length() > 3_000_000, "a page of " + page.length() + " chars");
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
