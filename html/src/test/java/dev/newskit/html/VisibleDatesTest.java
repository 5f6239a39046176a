package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newskit.core.DateTextParser;
import dev.newskit.core.ParsedDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@link VisibleDates}' whole-page search, which reads a page in place before it is pruned. */
class VisibleDatesTest {
  private static final Instant REFERENCE = Instant.parse("2026-04-10T09:00:00Z");
  private final DateReader dates = new DateReader(DateTextParser.installed(), Optional.of(REFERENCE), 200);

  private Optional<LocalDate> shortText(String html) {
    return shortText(html, dates);
  }

  private static Optional<LocalDate> shortText(String html, DateReader dates) {
    Element body = Jsoup.parse(html).body();
    return VisibleDates.inShortTexts(body, dates).map(ParsedDate::date);
  }

  @Test
  void aShortTextWithADateIsFound() {
    assertEquals(Optional.of(LocalDate.of(2021, 3, 12)), shortText("<div><p>Long text without any date at all</p>"
        + "<span>Published 12 March 2021</span></div>"));
  }

  @Test
  void aHebrewRelativeDateWithoutDigitsIsFound() {
    DateReader hebrew = dates.forPage(Optional.of(Locale.forLanguageTag("he")));
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
