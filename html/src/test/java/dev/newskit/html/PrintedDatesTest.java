package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.DateTextParser;
import dev.newskit.core.FoundDate;
import dev.newskit.core.ParsedDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrintedDatesTest {
  private static String only(String text, String language) {
    List<FoundDate> found = PrintedDates.find(text, Optional.ofNullable(language).map(Locale::forLanguageTag), Optional.empty());
    assertEquals(1, found.size(), text + " → " + found);
    return found.get(0).date().toIsoString();
  }

  @Test
  void readsTheFormsPagesPrintInManyLanguages() {
    assertEquals("2023-11-07", only("Veröffentlicht am 07.11.2023", "de"));
    assertEquals("2021-11-25T16:11:00Z", only("25. November 2021 16:11 Uhr", "de"));
    assertEquals("2023-11-08T22:46:00Z", only("Updated 11/8/2023 10:46 PM", "en-US"));
    assertEquals("2018-06-19T05:50:00Z", only("2018/6/19 5:50", null));
    assertEquals("2023-11-17T20:52:15Z", only("Posted 2023-11-17 20:52:15", null));
    assertEquals("2023-11-09", only("Publicado el 9 de noviembre de 2023", "es"));
    assertEquals("2023-11-09", only("le 9 novembre 2023", "fr"));
    assertEquals("2023-11-09", only("By Alex Bozarjian Thursday, November 9, 2023", "en"));
    assertEquals("2022-11-14", only("14 listopada 2022", "pl"));
    assertEquals("2021-03-02", only("2 maart 2021", "nl"));
    assertEquals("2020-07-03", only("2020年07月03日", "ja"));
    assertEquals("2020-07-03T17:16:00Z", only("2020年7月3日 (金) 17:16", null));
    assertEquals("2020-07-03", only("2020년 7월 3일", "ko"));
  }

  /** The patterns are tried only where a match can start; what comes before a start still decides, as it did. */
  @Test
  void triesEachFormOnlyWhereItCanStartAndStillHonoursWhatComesBefore() {
    assertEquals("2023-11-09", only("Posted Nov.   9, 2023", "en"));
    assertEquals("2023-11-09", only("(Nov 9, 2023)", "en"));
    assertEquals("2023-11-09", only("Published 9 November 2023", "en"));
    assertEquals("2023-11-07", only("Stand: 07.11.2023", "de"));
    // A letter or digit right before the month, the day or the numeric date: no date starts there.
    assertTrue(PrintedDates.find("xNov 9, 2023", Optional.of(Locale.ENGLISH), Optional.empty()).isEmpty());
    assertTrue(PrintedDates.find("ref9 November 2023", Optional.of(Locale.ENGLISH), Optional.empty()).isEmpty());
    assertTrue(PrintedDates.find("item/07.11.2023", Optional.empty(), Optional.empty()).isEmpty());
    // A month name longer run of letters ("Novemberish") is no month; the next date in the text is still found.
    List<FoundDate> two = PrintedDates.find("Novemberish 9, 2023 and 10 November 2023, then 11.11.2023",
        Optional.of(Locale.ENGLISH), Optional.empty());
    assertEquals(List.of("2023-11-10", "2023-11-11"), two.stream().map(f -> f.date().toIsoString()).toList());
  }

  @Test
  void dayFirstUnlessThePageIsAmericanOrTheDaySaysSo() {
    assertEquals("2023-08-11", only("11/8/2023", "en-GB"));
    assertEquals("2023-08-11", only("11/8/2023", null));
    assertEquals("2023-11-08", only("11/8/2023", "en"));
    assertEquals("2023-11-25", only("11/25/2023", "de"));
  }

  @Test
  void aTimeWithoutAnOffsetIsLocalAndGetsNoZone() {
    ParsedDate d = PrintedDates.find("16.10.2019 10:30", Optional.of(Locale.GERMAN), Optional.empty()).get(0).date();
    assertEquals(ParsedDate.Precision.MINUTE, d.precision());
    assertTrue(d.zone().isEmpty(), "no zone without evidence");
    ParsedDate printed = PrintedDates.find("16.10.2019 10:30 GMT+2", Optional.empty(), Optional.empty()).get(0).date();
    assertEquals("2019-10-16T10:30:00+02:00", printed.toIsoString());
    ParsedDate jerusalem = PrintedDates.find("16.10.2019 10:30", Optional.empty(), Optional.of(ZoneId.of("Asia/Jerusalem")))
        .get(0).date();
    assertEquals("2019-10-16T10:30:00+03:00", jerusalem.toIsoString());
  }

  @Test
  void aZoneAbbreviationThatNamesOneOffsetGivesIt() {
    assertEquals("2026-03-14T09:30:00-04:00",
        PrintedDates.find("March 14, 2026 9:30 a.m. EDT", Optional.of(Locale.ENGLISH), Optional.empty()).get(0).date().toIsoString());
    assertEquals("2026-03-14T09:30:00+01:00",
        PrintedDates.find("14.03.2026, 09:30 Uhr MEZ", Optional.of(Locale.GERMAN), Optional.empty()).get(0).date().toIsoString());
    assertEquals("2026-05-12T14:20:00+02:00",
        PrintedDates.find("12 de mayo de 2026 - 14:20 CEST", Optional.of(Locale.forLanguageTag("es")), Optional.empty()).get(0).date().toIsoString());
    // CST is US Central or China Standard Time: the time is read as if no zone were printed.
    Optional<ZoneId> unstated = Optional.of(PageDates.UNSTATED);
    for (String several : List.of("CST", "IST", "BST")) {
      assertEquals(PrintedDates.find("March 14, 2026 9:30 a.m.", Optional.of(Locale.ENGLISH), unstated),
          PrintedDates.find("March 14, 2026 9:30 a.m. " + several, Optional.of(Locale.ENGLISH), unstated), several);
    }
  }

  @Test
  void notDates() {
    for (String text : List.of("call 030 1234 5678", "version 1.2.3", "31.02.2023", "Score 12-05-21", "1/2 cup", "Mai Thi Nguyen 2020x")) {
      assertEquals(List.of(), PrintedDates.find(text, Optional.empty(), Optional.empty()), text);
    }
  }

  @Test
  void theReaderInventsNoOffsetOrZone() {
    PageDates reader = new PageDates(DateTextParser.installed(), Optional.empty(), 200);
    ParsedDate local = reader.forPage(Optional.of(Locale.GERMAN)).read("2019-10-16T10:30:00").orElseThrow();
    assertEquals(Optional.of(PageDates.UNSTATED), local.zone(), "the page gave no offset, and the reading says so");
    assertEquals("2019-10-16T10:30", PageDates.pageTime(local).toString(), "a wall-clock time, printed without an offset");
    ParsedDate day = reader.forPage(Optional.empty()).read("2019-10-16").orElseThrow();
    assertEquals(ParsedDate.Precision.DAY, day.precision());
    assertEquals("2019-10-16", PageDates.pageTime(day).toString(), "a day, not midnight somewhere");
    ParsedDate hebrew = reader.forPage(Optional.of(Locale.forLanguageTag("he"))).read("2019-10-16T10:30:00").orElseThrow();
    assertEquals("2019-10-16T10:30:00+03:00", hebrew.toIsoString());
    assertEquals(Optional.of(ZoneId.of("Asia/Jerusalem")), hebrew.zone());
    assertEquals("2023-11-08T22:46", PageDates.pageTime(reader.forPage(Optional.of(Locale.US)).read("11/8/2023 10:46 PM").orElseThrow()).toString());
    assertTrue(reader.forPage(Optional.of(Locale.ENGLISH)).read("04:25:06 PM IST Apr 08, 2020").isEmpty(),
        "IST outside a Hebrew page is not Israel's time");
  }
}
