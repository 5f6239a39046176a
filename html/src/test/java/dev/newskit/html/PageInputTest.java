package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Article;
import dev.newskit.core.DateContext;
import dev.newskit.core.DateParseException;
import dev.newskit.core.DateTextParser;
import dev.newskit.core.PageDateTime;
import dev.newskit.core.ParsedDate;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The per-call contract: {@link PageInput}, its shorthands, and relative dates against the reference instant. */
class PageInputTest {
  private static final String URL = "https://news.example/a/1";
  private static final String PAGE = "<html><head><title>A headline that is long enough | Site</title>"
      + "<meta property='article:published_time' content='%s'></head><body><article><h1>A headline that is long enough</h1>"
      + "<p>" + "The first paragraph of the article body says something worth reading about the news. ".repeat(4) + "</p>"
      + "<p>" + "A second paragraph follows with more sentences, so that the body is found as the content. ".repeat(4) + "</p>"
      + "<a href='/b/2'>next</a></article></body></html>";

  /** Reads "N hours ago" against the context's reference and ISO instants as themselves. */
  private static final DateTextParser RELATIVE = new DateTextParser() {
    @Override
    public ParsedDate parse(String text, DateContext context) {
      if (text.endsWith(" hours ago")) {
        int hours = Integer.parseInt(text.substring(0, text.indexOf(' ')));
        Instant then = context.reference().minus(Duration.ofHours(hours));
        return new ParsedDate(then.atOffset(ZoneOffset.UTC), ParsedDate.Precision.MINUTE, Optional.empty());
      }
      try {
        return new ParsedDate(OffsetDateTime.parse(text), ParsedDate.Precision.SECOND, Optional.empty());
      } catch (RuntimeException e) {
        throw new DateParseException(text, 0, "not a date");
      }
    }
  };

  private static String page(String published) {
    return String.format(PAGE, published);
  }

  @Test
  void relativeDatesCountFromTheReferenceInstant() {
    ArticleExtractor extractor = ArticleExtractor.builder().dateParser(RELATIVE).build();
    Instant fetched = Instant.parse("2020-05-05T12:00:00Z");
    Article a = extractor.extract(PageInput.of(page("16 hours ago")).withUrl(URL).withReferenceInstant(fetched));
    assertEquals(Optional.of(Instant.parse("2020-05-04T20:00:00Z")), a.published().map(OffsetDateTime::toInstant));
  }

  @Test
  void withoutAReferenceOrClockRelativeDatesAreLeftOutAndAbsoluteOnesKept() {
    ArticleExtractor extractor = ArticleExtractor.builder().dateParser(RELATIVE).build();
    assertTrue(extractor.extract(PageInput.of(page("16 hours ago")).withUrl(URL)).published().isEmpty());
    Article absolute = extractor.extract(PageInput.of(page("2020-05-04T20:00:00Z")).withUrl(URL));
    assertEquals(Optional.of(Instant.parse("2020-05-04T20:00:00Z")), absolute.published().map(OffsetDateTime::toInstant));
  }

  @Test
  void anExplicitClockIsUsedWhenTheInputGivesNoReferenceAndTheInputWinsOverIt() {
    Clock clock = Clock.fixed(Instant.parse("2021-01-01T10:00:00Z"), ZoneOffset.UTC);
    ArticleExtractor extractor = ArticleExtractor.builder().dateParser(RELATIVE).clock(clock).build();
    assertEquals(Optional.of(Instant.parse("2021-01-01T08:00:00Z")),
        extractor.extract(page("2 hours ago"), URL).published().map(OffsetDateTime::toInstant));
    Article a = extractor.extract(PageInput.of(page("2 hours ago")).withReferenceInstant(Instant.parse("2019-01-01T10:00:00Z")));
    assertEquals(Optional.of(Instant.parse("2019-01-01T08:00:00Z")), a.published().map(OffsetDateTime::toInstant));
    ArticleExtractor copy = extractor.toBuilder().build();
    assertEquals(Optional.of(clock), copy.clock());
    assertEquals(extractor.limits(), copy.limits());
  }

  @Test
  void runningTextGivesThePageOnlyADateThatDoesNotCountFromTheReference() {
    String undated = "<html><head><title>Senator endorses the candidate</title></head><body><article>"
        + "<h1>Senator endorses the candidate</h1><p>The senator will be speaking in the city tonight at 6:30 at a "
        + "restaurant, in an event sponsored by the local party. Tickets are $25.</p><p>%s</p>"
        + "<p>" + "A second paragraph follows with more sentences, so that the body is found as the content. ".repeat(4)
        + "</p></article></body></html>";
    Instant fetched = Instant.parse("2026-04-10T09:00:00Z");
    ArticleExtractor extractor = ArticleExtractor.create();
    Article timeOnly = extractor.extract(PageInput.of(String.format(undated, "He said so yesterday.")).withUrl(URL)
        .withReferenceInstant(fetched));
    assertTrue(timeOnly.publishedTime().isEmpty(), timeOnly.toString());
    Article dated = extractor.extract(PageInput.of(String.format(undated, "He first said so on January 11, 2008."))
        .withUrl(URL).withReferenceInstant(fetched));
    assertEquals(Optional.of(java.time.LocalDate.of(2008, 1, 11)), dated.publishedTime().map(PageDateTime::date));
  }

  @Test
  void aRelativeDateWithTheInstalledParsersIsTheExactInstantItCountsTo() {
    Instant fetched = Instant.parse("2026-04-10T09:00:00Z");
    String plain = "<html><body><article><h1>Fire closes highway</h1><p class='date'>%s</p>"
        + "<p>" + "Crews worked through the night to clear the road after the fire spread along the verge. ".repeat(3)
        + "</p><p>" + "Drivers were told to expect delays on the detour for the rest of the week, officials said. ".repeat(3)
        + "</p></article></body></html>";
    ArticleExtractor extractor = ArticleExtractor.create();
    for (String[] c : new String[][] {{"16 hours ago", "2026-04-09T17:00:00Z"}, {"5 minutes ago", "2026-04-10T08:55:00Z"},
        {"Posted 2 hours ago", "2026-04-10T07:00:00Z"}}) {
      Explanation report = extractor.explain(PageInput.of(String.format(plain, c[0])).withReferenceInstant(fetched));
      Article a = report.article();
      assertEquals(Optional.of(OffsetDateTime.parse(c[1])), a.published(), c[0]);
      assertEquals(List.of(c[1]), report.field("published").orElseThrow().candidates().stream()
          .filter(Explanation.Candidate::chosen).map(Explanation.Candidate::value).toList(), "explain agrees");
      assertTrue(a.zone().isEmpty(), "no zone is claimed: " + a.zone());
    }
    Article byClock = ArticleExtractor.builder().clock(Clock.fixed(fetched, ZoneOffset.UTC)).build()
        .extract(String.format(plain, "16 hours ago"));
    assertEquals(Optional.of(OffsetDateTime.parse("2026-04-09T17:00:00Z")), byClock.published());
  }

  @Test
  void aNullUrlMeansNoUrlInEveryShorthand() {
    ArticleExtractor extractor = ArticleExtractor.create();
    String html = page("2020-05-04T20:00:00Z");
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    assertTrue(extractor.extract(html, null).url().isEmpty());
    assertTrue(extractor.extract(bytes, null).url().isEmpty());
    assertTrue(extractor.extract(bytes, null, null).url().isEmpty());
    assertTrue(extractor.extractPage(html, null).article().url().isEmpty());
    assertTrue(extractor.extractPage(bytes, (String) null).article().url().isEmpty());
    assertEquals(extractor.extract(html), extractor.extract(html, null));
    assertThrows(IllegalArgumentException.class, () -> PageInput.of(html).withUrl("not a url"));
  }

  @Test
  void everyShorthandHasAFormWithoutNulls() {
    ArticleExtractor extractor = ArticleExtractor.create();
    String html = page("2020-05-04T20:00:00Z");
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    Article fromBytes = extractor.extract(bytes);
    assertTrue(fromBytes.url().isEmpty());
    assertEquals(extractor.extract(PageInput.of(bytes)), fromBytes);
    assertEquals(extractor.extract(bytes, null, null), fromBytes);
    assertEquals(extractor.extractPage(PageInput.of(html)), extractor.extractPage(html));
    assertEquals(extractor.extractPage(html, null), extractor.extractPage(html));
    assertEquals(extractor.extractPage(PageInput.of(bytes)), extractor.extractPage(bytes));
    ExtractedPage withUrl = extractor.extractPage(bytes, URL);
    assertEquals(Optional.of(URL), withUrl.article().url().map(Object::toString));
    assertEquals(extractor.extractPage(bytes, URL, null), withUrl);
    assertEquals(extractor.extractPage(bytes), extractor.extractPage(bytes, (String) null), "a null URL means none here too");
  }

  @Test
  void theBytesAreCopiedSoTheCallerMayReuseTheArray() {
    ArticleExtractor extractor = ArticleExtractor.create();
    byte[] bytes = page("2020-05-04T20:00:00Z").getBytes(StandardCharsets.UTF_8);
    PageInput input = PageInput.of(bytes).withUrl(URL);
    Article before = extractor.extract(input);
    Arrays.fill(bytes, (byte) ' ');
    assertEquals(before, extractor.extract(input));
  }

  @Test
  void noClockTakesTheClockOff() {
    Clock clock = Clock.fixed(Instant.parse("2021-01-01T10:00:00Z"), ZoneOffset.UTC);
    ArticleExtractor clocked = ArticleExtractor.builder().dateParser(RELATIVE).clock(clock).build();
    ArticleExtractor unclocked = clocked.toBuilder().noClock().build();
    assertEquals(Optional.empty(), unclocked.clock());
    assertTrue(clocked.extract(page("2 hours ago"), URL).published().isPresent());
    assertEquals(Optional.empty(), unclocked.extract(page("2 hours ago"), URL).published());
  }

  @Test
  void aUrlTheArticleCouldNotHoldIsRefusedWhenGivenNotDuringExtraction() {
    PageInput page = PageInput.of(page("2020-05-04T20:00:00Z"));
    IllegalArgumentException badEscape =
        assertThrows(IllegalArgumentException.class, () -> page.withUrl("https://example.com/%ZZ"));
    assertTrue(badEscape.getMessage().contains("https://example.com/%ZZ"), badEscape.getMessage());
    assertThrows(IllegalArgumentException.class, () -> page.withUrl("http://exa mple.com/"));
    assertThrows(IllegalArgumentException.class, () -> page.withUrl("https:///no-host"));
    assertThrows(IllegalArgumentException.class, () -> ArticleExtractor.create().extract(page("x"), "https://e.com/%ZZ"));
    for (String host : new String[] {"https://my_blog.blogspot.com/2020/01/post.html", "https://bücher.de/artikel"}) {
      assertEquals(host, ArticleExtractor.create().extract(page.withUrl(host)).url().orElseThrow().toString(),
          "a host browsers open is not refused");
    }
    assertEquals("https://example.com/a%20b",
        ArticleExtractor.create().extract(page.withUrl("https://example.com/a%20b")).url().orElseThrow().toString());
    for (String bad : new String[] {"https://user:secret@example.com/a", "https://example.com:99999/a", "https://example.com:8x/a"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> page.withUrl(bad), bad);
      assertTrue(e.getMessage().contains(bad), e.getMessage());
    }
    for (String good : new String[] {"https://example.com:8443/a", "http://[2001:db8::1]:8080/a", "http://[2001:db8::1]/a"}) {
      assertEquals(good, ArticleExtractor.create().extract(page.withUrl(good)).url().orElseThrow().toString());
    }
  }

  @Test
  void everyFormOfTheSamePageGivesTheSameArticle() {
    ArticleExtractor extractor = ArticleExtractor.create();
    String html = page("2020-05-04T20:00:00Z");
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    Article fromText = extractor.extract(PageInput.of(html).withUrl(URL));
    assertEquals(fromText, extractor.extract(PageInput.of(bytes).withUrl(URL)));
    assertEquals(fromText, extractor.extract(PageInput.of(new ByteArrayInputStream(bytes)).withUrl(URL)));
    Document doc = Jsoup.parse(html);
    String before = doc.outerHtml();
    assertEquals(fromText, extractor.extract(PageInput.of(doc).withUrl(URL)));
    assertEquals(before, doc.outerHtml(), "the caller's document is left as it was");
    assertEquals(fromText, extractor.extract(html, URL));
    assertTrue(fromText.url().isPresent());
  }

  @Test
  void bodyHtmlCanBeTurnedOff() {
    ArticleExtractor extractor = ArticleExtractor.create();
    PageInput input = PageInput.of(page("2020-05-04T20:00:00Z")).withUrl(URL);
    ExtractedPage with = extractor.extractPage(input);
    ExtractedPage without = extractor.extractPage(input.withBodyHtml(false));
    assertTrue(with.bodyHtml().contains("The first paragraph"));
    assertEquals("", without.bodyHtml());
    assertEquals(with.article(), without.article());
    assertTrue(input.bodyHtml());
    assertFalse(input.withBodyHtml(false).bodyHtml());
  }

  @Test
  void aStreamLongerThanTheLimitIsRefusedByName() {
    HtmlLimits limits = HtmlLimits.builder().maxInputChars(100).build();
    byte[] big = new byte[101];
    HtmlLimitException e = assertThrows(HtmlLimitException.class,
        () -> PageInput.of(new ByteArrayInputStream(big), limits));
    assertEquals("maxInputChars", e.limit());
    assertTrue(PageInput.of(new ByteArrayInputStream(new byte[100]), limits).toString().contains("100 bytes"));
  }

  @Test
  void accessorsGiveWhatWasSet() {
    Instant when = Instant.parse("2020-01-01T00:00:00Z");
    PageInput input = PageInput.of("<p>x</p>").withUrl(URL).withCharset(StandardCharsets.ISO_8859_1).withReferenceInstant(when);
    assertEquals(Optional.of(URL), input.url());
    assertEquals(Optional.of(StandardCharsets.ISO_8859_1), input.charset());
    assertEquals(Optional.of(when), input.referenceInstant());
    PageInput cleared = input.withUrl(null).withCharset(null).withReferenceInstant(null);
    assertTrue(cleared.url().isEmpty() && cleared.charset().isEmpty() && cleared.referenceInstant().isEmpty());
  }

  @Test
  void aDocumentIsReadAgainstTheAddressGiven() throws Exception {
    String html;
    try (var in = PageInputTest.class.getResourceAsStream("pages/seed-with-metadata.html")) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ArticleExtractor extractor = ArticleExtractor.create();
    Article fromDoc = extractor.extract(PageInput.of(Jsoup.parse(html)).withUrl(URL));
    assertEquals(extractor.extract(html, URL), fromDoc);
    // The page's image is given as /uploads/...: resolved against the address, not kept relative.
    assertTrue(fromDoc.images().stream().anyMatch(i -> i.url().toString().equals("https://news.example/uploads/2026/04/white-house.jpg")),
        fromDoc.images().toString());
  }

  @Test
  void bytesAreCountedAgainstTheLimitBeforeDecoding() {
    // 60 Hebrew letters: 60 characters, 120 bytes in UTF-8.
    String html = "<p>" + "ש".repeat(60) + "</p>";
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    ArticleExtractor extractor = ArticleExtractor.builder().limits(HtmlLimits.builder().maxInputChars(100).build()).build();
    assertTrue(html.length() <= 100 && bytes.length > 100);
    assertTrue(extractor.extract(html).text().startsWith("ששש"), "the text is within the limit");
    HtmlLimitException e = assertThrows(HtmlLimitException.class, () -> extractor.extract(bytes, null));
    assertEquals("maxInputChars", e.limit());
    assertEquals(bytes.length, e.actual());
  }
}
