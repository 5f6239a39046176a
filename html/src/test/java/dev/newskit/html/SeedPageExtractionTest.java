package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Article;
import dev.newskit.core.Author;
import dev.newskit.core.Block;
import dev.newskit.core.FieldSource;
import dev.newskit.core.Figure;
import dev.newskit.core.Paragraph;
import dev.newskit.core.TextDirection;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The hand-written page modelled on the seed page, with and without publisher metadata: every field right. */
class SeedPageExtractionTest {
  static final String URL = "https://www.alquds.com/en/articles/trump-asks-netanyahu-de-escalate";
  static final String TITLE = "Trump asks Netanyahu to de-escalate attacks on Lebanon amid military escalation and new "
      + "American diplomatic move";
  private final ArticleExtractor extractor = ArticleExtractor.create();

  static byte[] page(String name) throws IOException {
    try (InputStream in = SeedPageExtractionTest.class.getResourceAsStream("pages/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void withPublisherMetadata() throws IOException {
    Article a = extractor.extract(page("seed-with-metadata.html"), URL);
    assertEquals(Optional.of(java.net.URI.create(URL)), a.url());
    assertEquals(Optional.of(TITLE), a.title());
    assertEquals(Optional.of("News Analysis"), a.section());
    assertEquals(List.of("Said Arikat"), a.authors().stream().map(Author::name).toList());
    assertEquals("https://www.alquds.com/author/said-arikat", a.authors().get(0).url().orElseThrow().toString());
    assertEquals(Optional.of("Washington"), a.dateline().orElseThrow().location());
    assertEquals(OffsetDateTime.parse("2026-04-10T07:15:00+03:00"), a.published().orElseThrow());
    assertEquals(OffsetDateTime.parse("2026-04-10T09:02:00+03:00"), a.modified().orElseThrow());
    assertEquals(Optional.of(ZoneId.of("Asia/Jerusalem")), a.zone());
    assertEquals(Optional.of("Al-Quds"), a.siteName());
    assertEquals(List.of("ארצות הברית", "לבנון", "נתניהו"), a.tags());
    assertTrue(a.description().orElseThrow().startsWith("Washington moves to host"));
    assertEquals(FieldSource.JSON_LD, a.provenance().get("published"));
    assertEquals(FieldSource.JSON_LD, a.provenance().get("authors"));
    assertEquals(FieldSource.VISIBLE_TEXT, a.provenance().get("dateline"));
    // the dateline prints "שעון ירושלים": the zone is on the page, not only inferred from its language
    assertEquals(FieldSource.VISIBLE_TEXT, a.provenance().get("zone"));
    assertEquals(Optional.of(java.net.URI.create("https://www.alquds.com/assets/logo.png")), a.publisherLogo());
    assertEquals(Optional.of(false), a.accessibleForFree());
    assertEquals(FieldSource.JSON_LD, a.provenance().get("publisherLogo"));
    assertEquals(FieldSource.JSON_LD, a.provenance().get("accessibleForFree"));
    tools.jackson.databind.JsonNode ld = dev.newskit.core.ArticleJsonLd.toTree(a);
    assertFalse(ld.get("isAccessibleForFree").booleanValue());
    assertTrue(ld.get("isAccessibleForFree").isBoolean());
    assertEquals("ImageObject", ld.get("publisher").get("logo").get("@type").asString());
    assertEquals("https://www.alquds.com/assets/logo.png", ld.get("publisher").get("logo").get("url").asString());
    assertCommon(a);
  }

  @Test
  void withNoMetadataAtAll() throws IOException {
    Article a = extractor.extract(page("seed-no-metadata.html"), URL);
    assertEquals(Optional.of(java.net.URI.create(URL)), a.url());
    assertEquals(Optional.of(TITLE), a.title());
    assertEquals(Optional.of("News Analysis"), a.section());
    assertEquals(List.of(Author.of("Said Arikat")), a.authors());
    assertEquals(Optional.of("Washington"), a.dateline().orElseThrow().location());
    assertEquals("Washington – Said Arikat - 10/4/2026", a.dateline().orElseThrow().text());
    assertEquals(OffsetDateTime.parse("2026-04-10T07:15:00+03:00"), a.published().orElseThrow());
    assertEquals(Optional.of(ZoneId.of("Asia/Jerusalem")), a.zone());
    assertEquals(FieldSource.VISIBLE_TEXT, a.provenance().get("zone"));
    assertEquals(Optional.of("אל-קודס"), a.siteName());
    assertEquals(List.of("ארצות הברית", "לבנון", "נתניהו"), a.tags());
    for (String field : List.of("title", "section", "authors", "dateline", "published", "tags")) {
      assertEquals(FieldSource.VISIBLE_TEXT, a.provenance().get(field), field);
    }
    assertEquals(Optional.empty(), a.publisherLogo(), "never invented");
    assertEquals(Optional.empty(), a.accessibleForFree(), "never invented");
    tools.jackson.databind.JsonNode ld = dev.newskit.core.ArticleJsonLd.toTree(a);
    assertFalse(ld.has("isAccessibleForFree"));
    assertFalse(ld.get("publisher").has("logo"));
    assertCommon(a);
  }

  private static void assertCommon(Article a) {
    assertEquals(Optional.of(Locale.ENGLISH), a.language());
    assertEquals(Optional.of(TextDirection.LTR), a.direction());
    assertEquals(Optional.of(Locale.forLanguageTag("he")), a.pageLanguage());
    assertEquals("https://www.alquds.com/uploads/2026/04/white-house.jpg", a.leadImage().orElseThrow().url().toString());

    List<Block> body = a.body();
    Figure lead = assertInstanceOf(Figure.class, body.get(0));
    assertEquals(Optional.of("The White House in Washington."), lead.image().caption());
    assertEquals(Optional.of("Reuters"), lead.image().credit());
    assertEquals(Optional.of("The White House"), lead.image().alt());
    List<Block> paragraphs = body.subList(1, body.size());
    assertEquals(10, paragraphs.size(), a.text());
    paragraphs.forEach(p -> assertInstanceOf(Paragraph.class, p));
    assertTrue(paragraphs.get(0).text().startsWith("At a time of escalating field sensitivity"));
    assertTrue(paragraphs.get(9).text().startsWith("In conclusion, the chances of success"));

    String text = a.text();
    for (String gone : List.of("News Analysis", "Said Arikat - 10/4/2026", "שעון ירושלים", "תגים", "שתף", "ניוזלטר",
        "הירשם", "תנאי השימוש", "מבזקים", "הכי נקראים", "John Smith", "רון כהן", "Tracking Bot", "עוגיות", TITLE)) {
      assertFalse(text.contains(gone), () -> "body repeats or keeps: " + gone);
    }
    assertTrue(a.wordCount() > 800, "word count " + a.wordCount());
  }

  @Test
  void bodyHtmlIsCleanAndKeepsTheLeadFigure() throws IOException {
    ExtractedPage page = extractor.extractPage(page("seed-with-metadata.html"), URL, null);
    String html = page.bodyHtml();
    assertTrue(html.startsWith("<figure><img"), html);
    assertTrue(html.contains("<figcaption>The White House in Washington. Reuters</figcaption>"), html);
    assertEquals(10, org.jsoup.Jsoup.parseBodyFragment(html).select("p").size(), html);
    assertFalse(html.contains("<script") || html.contains("onclick") || html.contains("תגים"), html);
    assertEquals(extractor.extract(page("seed-with-metadata.html"), URL), page.article());
  }

  @Test
  void withoutI18nTheHebrewDatelineIsNotGuessed() throws IOException {
    ArticleExtractor isoOnly = ArticleExtractor.builder().dateParser(dev.newskit.core.DateTextParser.iso()).build();
    Article a = isoOnly.extract(page("seed-no-metadata.html"), URL);
    // newskit-html reads the byline's 10/4/2026 itself (day first on a Hebrew page), but only i18n reads
    // the Hebrew dateline's 7:15: the day alone is all it can give, and it gives a day, not an instant.
    assertEquals("2026-04-10", a.publishedTime().orElseThrow().toString());
    assertTrue(a.published().isEmpty(), "a day is no instant: no midnight, no offset");
    assertEquals(List.of(Author.of("Said Arikat")), a.authors());
    assertEquals(10, a.body().stream().filter(b -> b instanceof Paragraph).count());
  }
}
