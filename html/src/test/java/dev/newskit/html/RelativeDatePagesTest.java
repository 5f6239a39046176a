package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Article;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pages whose only visible date is relative, in the languages the installed parsers ({@code newskit-i18n}) read: with a
 * reference instant the date counts from it; without one the page gets no date rather than one counted from the clock.
 */
class RelativeDatePagesTest {
  private static final String URL = "https://news.example/a/1";
  private static final Instant FETCHED = Instant.parse("2026-04-10T12:00:00Z");
  private final ArticleExtractor extractor = ArticleExtractor.create();

  private static String page(String lang, String stamp, String sentence) {
    return "<html lang='" + lang + "'><head><title>Eine Überschrift, die lang genug ist</title></head><body><article>"
        + "<h1>Eine Überschrift, die lang genug ist</h1><div class='byline'><span class='date'>" + stamp + "</span></div>"
        + ("<p>" + sentence.repeat(5) + "</p>").repeat(3) + "</article></body></html>";
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "de | vor 3 Stunden | Der Stadtrat hat am Abend über den neuen Haushalt beraten und ihn beschlossen. | 2026-04-10T09:00:00Z",
      "ru | 3 часа назад | Городской совет вечером обсудил новый бюджет и принял его большинством голосов. | 2026-04-10T09:00:00Z",
      "fr | il y a 2 heures | Le conseil municipal a débattu du nouveau budget ce soir et l'a adopté. | 2026-04-10T10:00:00Z",
      // a date element's stamp without a digit is read too
      "de | vor einer Stunde | Der Stadtrat hat am Abend über den neuen Haushalt beraten und ihn beschlossen. | 2026-04-10T11:00:00Z",
      "ru | час назад | Городской совет вечером обсудил новый бюджет и принял его большинством голосов. | 2026-04-10T11:00:00Z",
      "ar | منذ ساعتين | ناقش مجلس المدينة الميزانية الجديدة ووافق عليها بأغلبية الأصوات. | 2026-04-10T10:00:00Z",
  })
  void aRelativeStampCountsFromTheReferenceAndWithoutOneGivesNoDate(String lang, String stamp, String sentence,
      String published) {
    Article dated = extractor.extract(PageInput.of(page(lang, stamp, sentence)).withUrl(URL).withReferenceInstant(FETCHED));
    assertEquals(Optional.of(Instant.parse(published)), dated.published().map(OffsetDateTime::toInstant), dated.toString());
    assertEquals(List.of(), dated.authors(), "a date stamp in a byline box is no author's name");
    assertTrue(dated.text().startsWith(sentence.substring(0, 20)), "the stamp is no paragraph: " + dated.text());
    Article undated = extractor.extract(PageInput.of(page(lang, stamp, sentence)).withUrl(URL));
    assertTrue(undated.published().isEmpty() && undated.publishedTime().isEmpty(), undated.toString());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "de | morgen 18:00 | Der Stadtrat hat am Abend über den neuen Haushalt beraten und ihn beschlossen.",
      "de | Dienstag 18:00 | Der Stadtrat hat am Abend über den neuen Haushalt beraten und ihn beschlossen.",
      "es | mañana 9:00 | El consejo municipal debatió anoche el nuevo presupuesto y lo aprobó por mayoría.",
  })
  void aTimeBesideADayNotCountedGivesNoDate(String lang, String stamp, String sentence) {
    Article a = extractor.extract(PageInput.of(page(lang, stamp, sentence)).withUrl(URL).withReferenceInstant(FETCHED));
    assertTrue(a.publishedTime().isEmpty(), a.toString());
  }

  @Test
  void aBylineBoxHoldingOnlyADateNamesNoAuthor() {
    String html = "<html lang=en><head><title>Storm closes the port of Haifa for two days</title></head><body><article>"
        + "<h1>Storm closes the port of Haifa for two days</h1><div class='byline'><span class='author'>Dec 3, 2007</span></div>"
        + ("<p>" + "The port of Haifa closed on Friday after the storm broke two cranes, the port authority said. ".repeat(4)
        + "</p>").repeat(3) + "</article></body></html>";
    Article a = extractor.extract(PageInput.of(html).withUrl(URL));
    assertEquals(List.of(), a.authors(), a.toString());
  }

  @Test
  void aDateElementsStampWithoutADigitIsRead() {
    // a date element that is no byline box and no line at the top of the body: only the date-element search reads it
    String html = "<html lang=de><head><title>Eine Überschrift, die lang genug ist</title></head><body><article>"
        + "<h1>Eine Überschrift, die lang genug ist</h1>"
        + ("<p>" + "Der Stadtrat hat am Abend über den neuen Haushalt beraten und ihn beschlossen. ".repeat(5)
        + "</p>").repeat(3) + "<footer><time class='date'>vor einer Stunde</time></footer></article></body></html>";
    Article a = extractor.extract(PageInput.of(html).withUrl(URL).withReferenceInstant(FETCHED));
    assertEquals(Optional.of(Instant.parse("2026-04-10T11:00:00Z")), a.published().map(OffsetDateTime::toInstant), a.toString());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "fr | Mario Rossi, il y a 2 heures",
      "de | Mario Rossi, vor einer Stunde",
      "pt | Mario Rossi, há 2 horas",
      "ar | Mario Rossi، منذ ساعتين",
      // amounts the reader refuses (weeks and years name no day) still name no one
      "fr | Mario Rossi, il y a 3 semaines",
      "pt | Mario Rossi, há 2 anos",
  })
  void aBylineEndingWithARelativeDateNamesOnlyThePerson(String lang, String byline) {
    String html = "<html lang=" + lang + "><head><title>Storm closes the port of Haifa for two days</title></head><body>"
        + "<article><h1>Storm closes the port of Haifa for two days</h1><div class='byline'>" + byline + "</div>"
        + ("<p>" + "The port of Haifa closed on Friday after the storm broke two cranes, the port authority said. ".repeat(4)
        + "</p>").repeat(3) + "</article></body></html>";
    for (PageInput in : List.of(PageInput.of(html).withUrl(URL), PageInput.of(html).withUrl(URL).withReferenceInstant(FETCHED))) {
      Article a = extractor.extract(in);
      assertEquals(List.of("Mario Rossi"), a.authors().stream().map(dev.newskit.core.Author::name).toList(), a.toString());
    }
  }
}
