package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.DateTextParser;
import dev.newskit.core.ParsedDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * {@link VisibleDates}: which printed dates count as the publication date, on small hand-written pages: date
 * elements by tag, class, id and itemprop, in document order; update labels; menus and footers of a whole
 * page; the text's last resort and its 1995 floor; the day in the URL.
 */
class VisibleDatesTest {
  private final PageDates dates = new PageDates(DateTextParser.installed(), Optional.empty(), 200);

  private static Element body(String html) {
    return Jsoup.parse(html).body();
  }

  /** The date of {@code body}'s date elements, given its elements as the extraction does, from the body's index. */
  private static Optional<ParsedDate> inDateElements(Element body, PageDates dates) {
    return VisibleDates.inDateElements(new TextStats(body).elements(), dates);
  }

  private static Optional<LocalDate> day(Optional<ParsedDate> date) {
    return date.map(ParsedDate::date);
  }

  private static Optional<LocalDate> day(String iso) {
    return Optional.of(LocalDate.parse(iso));
  }

  @Test
  void dateElementsAreFoundByTagClassIdAndItemprop() {
    assertEquals(day("2026-04-10"), day(inDateElements(body("<p>Text 2026-01-01 here</p><time>2026-04-10</time>"), dates)),
        "a time element; a paragraph is not a date element");
    assertEquals(day("2026-04-11"), day(inDateElements(body("<abbr>2026-04-11</abbr>"), dates)));
    assertEquals(day("2026-04-12"), day(inDateElements(body("<span class='post-date'>12 April 2026</span>"), dates)));
    assertEquals(day("2026-04-13"), day(inDateElements(body("<div id='datum'>2026-04-13</div>"), dates)));
    assertEquals(day("2026-04-14"), day(inDateElements(body("<span itemprop='datePublished'>2026-04-14</span>"), dates)));
    assertEquals(Optional.empty(), inDateElements(body("<div class='story'>2026-04-15</div>"), dates),
        "a class without a date word");
  }

  @Test
  void theFirstDateElementInDocumentOrderWins() {
    Element page = body("<div class='byline'>By Dana Levi</div><span class='date'>2026-04-10</span><time>2026-03-01</time>");
    assertEquals(day("2026-04-10"), day(inDateElements(page, dates)), "the byline has no digit, so it is passed");
  }

  @Test
  void anUpdateLabelIsNotThePublication() {
    Element labelled = body("<span class='date'>Updated 2026-04-12</span><span class='date'>2026-04-10</span>");
    assertEquals(day("2026-04-10"), day(inDateElements(labelled, dates)));
    assertEquals(day("2026-04-10"), day(VisibleDates.published("Last modified 2026-04-12, first published 2026-04-10", dates)),
        "the label only covers the date just after it");
    assertEquals(Optional.empty(), VisibleDates.published("aktualisiert am 2026-04-12", dates));
    assertTrue(VisibleDates.labelledUpdate("mis à jour le 12 avril"));
    assertTrue(VisibleDates.labelledUpdate("עודכן: 10.04.26"));
    assertFalse(VisibleDates.labelledUpdate("Published 12 April"));
  }

  @Test
  void aDateElementLongerThanADateLineIsPassed() {
    String words = "word ".repeat(60);
    Element page = body("<div class='meta'>" + words + "2026-04-12</div><time>2026-04-10</time>");
    assertEquals(day("2026-04-10"), day(inDateElements(page, dates)));
  }

  @Test
  void onAWholePageMenusAndFootersAreSkipped() {
    Element page = body("<nav><span class='date'>2026-01-05</span></nav><div class='footer'><time>2026-01-06</time></div>"
        + "<ul role='navigation'><li class='date'>2026-01-07</li></ul><article><time>2026-04-10</time></article>"
        + "<footer><time>2026-01-08</time></footer>");
    assertEquals(day("2026-04-10"), day(VisibleDates.inWholePage(page, dates)));
    assertEquals(day("2026-01-05"), day(inDateElements(page, dates)), "a pruned body has no menus left to skip");
  }

  @Test
  void theTextIsTheLastResortWithAFloorOf1995() {
    Element page = body("<p>Founded 1987-05-01, the paper updated 2026-04-12 and reported on 2026-04-10 that 2026-04-11 …</p>");
    assertEquals(day("2026-04-10"), day(VisibleDates.inText(page, dates)));
    assertEquals(Optional.empty(), VisibleDates.inText(body("<p>The law of 1990-01-01 still holds.</p>"), dates));
    Element late = body("<p>" + "x ".repeat(3_000) + "2026-04-10</p>");
    assertEquals(Optional.empty(), VisibleDates.inText(late, dates), "only the top of the text is searched");
  }

  @Test
  void shortTextsAreSearchedElementByElement() {
    Element page = body("<nav><a>2026-01-05</a></nav><div><p>" + "long text ".repeat(30) + "2026-01-06</p>"
        + "<p>Archive of 1980-02-02</p><span>Posted 2026-04-10</span><span>2026-04-11</span></div>");
    assertEquals(day("2026-04-10"), day(VisibleDates.inWholePage(page, dates)),
        "not in a menu, not longer than a date line, not before 1995");
  }

  @Test
  void theDayInTheUrlsPath() {
    assertEquals(day("2023-11-08"), day(VisibleDates.inUrl(Optional.of("https://news.example/2023/11/08/story"))));
    assertEquals(day("2023-11-08"), day(VisibleDates.inUrl(Optional.of("https://news.example/world/2023-11-08"))));
    assertEquals(day("2023-11-08"), day(VisibleDates.inUrl(Optional.of("https://news.example/20231108-story.html"))));
    ParsedDate d = VisibleDates.inUrl(Optional.of("https://news.example/2023/1/8/")).orElseThrow();
    assertEquals(LocalDate.parse("2023-01-08"), d.date());
    assertEquals(ParsedDate.Precision.DAY, d.precision(), "a day stays a day");
    assertEquals(Optional.empty(), d.zone(), "no zone is invented for it");
    assertEquals(Optional.empty(), VisibleDates.inUrl(Optional.of("https://news.example/2023/13/45/story")), "not a real day");
    assertEquals(Optional.empty(), VisibleDates.inUrl(Optional.of("https://2023.example/11/08/story")), "the host is not the path");
    assertEquals(Optional.empty(), VisibleDates.inUrl(Optional.of("https://news.example/story-20231108x")));
    assertEquals(Optional.empty(), VisibleDates.inUrl(Optional.empty()));
  }

  // The whole-page search reads a page in place before it is pruned.
  private static final Instant REFERENCE = Instant.parse("2026-04-10T09:00:00Z");
  private final PageDates datesAtReference = new PageDates(DateTextParser.installed(), Optional.of(REFERENCE), 200);

  private Optional<LocalDate> shortText(String html) {
    return shortText(html, datesAtReference);
  }

  private static Optional<LocalDate> shortText(String html, PageDates dates) {
    return VisibleDates.inWholePage(body(html), dates).map(ParsedDate::date);
  }

  @Test
  void aShortTextWithADateIsFound() {
    assertEquals(Optional.of(LocalDate.of(2021, 3, 12)), shortText("<div><p>Long text without any date at all</p>"
        + "<span>Published 12 March 2021</span></div>"));
  }

  @Test
  void aHebrewRelativeDateWithoutDigitsIsFound() {
    PageDates hebrew = datesAtReference.forPage(Optional.of(Locale.forLanguageTag("he")));
    assertEquals(Optional.of(LocalDate.of(2026, 4, 10)), shortText("<div><p>כתבה ארוכה</p><span>לפני שעתיים</span></div>", hebrew));
  }

  @Test
  void onlyTheElementsUpToTheRootCountAsNavigation() {
    // Read in place, the body's parent is the html element: its class is outside what is searched.
    assertEquals(Optional.of(LocalDate.of(2021, 3, 12)),
        shortText("<html class=menu><body><p>Published 12 March 2021</p></body></html>"));
    assertEquals(Optional.empty(), shortText("<div class=\"site-footer\"><p>Published 12 March 2021</p></div>"));
    assertEquals(Optional.empty(), shortText("<div id=\"nav\"><p>Published 12 March 2021</p></div>"));
  }

  @Test
  void aTextLongerThanTheLimitIsPassedOver() {
    String padding = "word ".repeat(60);
    assertEquals(Optional.empty(), shortText("<div><p>" + padding + "12 March 2021</p></div>"));
  }
}
