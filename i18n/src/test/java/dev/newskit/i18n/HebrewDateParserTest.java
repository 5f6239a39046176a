package dev.newskit.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.DateContext;
import dev.newskit.core.DateParseException;
import dev.newskit.core.DateTextParser;
import dev.newskit.core.ParsedDate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HebrewDateParserTest {
  /** Friday 10 April 2026, 12:00 in Jerusalem, read as Hebrew text (the evidence for Israel's zone). */
  static final DateContext NOW =
      new DateContext(Instant.parse("2026-04-10T09:00:00Z"), Optional.empty(), List.of(Locale.forLanguageTag("he")), false);
  private final HebrewDateParser parser = new HebrewDateParser();

  private String parse(String text) {
    return parser.parse(text, NOW).toIsoString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // The seed dateline and its variants.
      "ו 10 אפר 2026 7:15 am - שעון ירושלים | 2026-04-10T07:15:00+03:00",
      "ו' 10 אפר' 2026 7:15 AM - שעון ירושלים | 2026-04-10T07:15:00+03:00",
      "ו׳ 10 אפר׳ 2026 7:15 am | 2026-04-10T07:15:00+03:00",
      "ו’ 10 אפר 2026 7:15 am - שעון ישראל | 2026-04-10T07:15:00+03:00",
      "יום ו׳ 10 באפריל 2026 07:15 | 2026-04-10T07:15:00+03:00",
      "יום שישי, 10 באפריל 2026, 07:15 | 2026-04-10T07:15:00+03:00",
      "יום שישי 10 אפריל 2026 בשעה 19:15 | 2026-04-10T19:15:00+03:00",
      "ו 10 אפר 2026 7:15 pm - שעון ירושלים | 2026-04-10T19:15:00+03:00",
      "10 באפריל 2026 7:15 לפנה״צ | 2026-04-10T07:15:00+03:00",
      "10 באפריל 2026 7:15 אחה\"צ | 2026-04-10T19:15:00+03:00",
      "10 באפריל 2026 07:15 IDT | 2026-04-10T07:15:00+03:00",
      "10 באפריל 2026 07:15 +03:00 | 2026-04-10T07:15:00+03:00",
      "10 בינואר 2026 07:15 שעון ירושלים | 2026-01-10T07:15:00+02:00",
      "\u200F10 באפריל 2026\u200F | 2026-04-10",
      // Numeric, day first.
      "10/4/2026 | 2026-04-10",
      "10.4.26 | 2026-04-10",
      "10.04.2026 07:15 | 2026-04-10T07:15:00+03:00",
      "07:15 10.04.26 | 2026-04-10T07:15:00+03:00",
      "עודכן: 10.04.26 · 07:15 | 2026-04-10T07:15:00+03:00",
      "יום שני, א׳ בתשרי תש״פ, 30 בספטמבר 2019 | 2019-09-30",
      "10/04/2026 07:15:30 | 2026-04-10T07:15:30+03:00",
      // English on the same pages: no zone unless the text or the context names one.
      "'April 10, 2026 7:15 am' | 2026-04-10T07:15:00",
      "10 Apr 2026 | 2026-04-10",
      "'Friday, April 10, 2026' | 2026-04-10",
      "'Apr. 10, 2026 at 7:15 p.m. IDT' | 2026-04-10T19:15:00+03:00",
      // Relative to Friday 10 April 2026 12:00 Jerusalem.
      "לפני 5 דקות | 2026-04-10T11:55:00+03:00",
      "לפני דקה | 2026-04-10T11:59:00+03:00",
      "לפני שעתיים | 2026-04-10T10:00:00+03:00",
      "עודכן לפני 3 שעות | 2026-04-10T09:00:00+03:00",
      "לפני יומיים | 2026-04-08",
      "אתמול | 2026-04-09",
      "שלשום | 2026-04-08",
      "היום ב-10:00 | 2026-04-10T10:00:00+03:00",
      "אתמול ב־14:00 | 2026-04-09T14:00:00+03:00",
      "בעוד יומיים | 2026-04-12",
      "3 hours ago | 2026-04-10T06:00:00Z",
      // The Hebrew calendar.
      "כ״ג בניסן תשפ״ו | 2026-04-10",
      "כ\"ג בניסן תשפ\"ו | 2026-04-10",
      "יום שישי, כ״ג בניסן ה׳תשפ״ו | 2026-04-10",
      "א' באדר א' תשפ\"ד | 2024-02-10",
      "א' באדר ב' תשפ\"ד | 2024-03-11",
      "ט״ו בשבט תשפ״ו | 2026-02-02",
      "כ״ח אייר התש\"פ | 2020-05-22",
      "יום שישי 22.05.2020 | 2020-05-22",
      // ISO through core.
      "2026-04-10T07:15 | 2026-04-10T07:15:00",
      "2026-04-10T04:15:00Z | 2026-04-10T04:15:00Z",
  })
  void readsTheFormsHebrewPagesPrint(String text, String expected) {
    assertEquals(expected, parse(text));
  }

  @Test
  void nullTextOrContextIsRefusedAtTheBoundaryNamingIt() {
    for (DateTextParser p : List.of(parser, DateTextParser.installed())) {
      assertEquals("text", assertThrows(NullPointerException.class, () -> p.parse(null, NOW)).getMessage());
      assertEquals("context", assertThrows(NullPointerException.class, () -> p.parse("10/4/2026", null)).getMessage());
      assertEquals("text", assertThrows(NullPointerException.class, () -> p.find(null, NOW)).getMessage());
      assertEquals("context", assertThrows(NullPointerException.class, () -> p.find("10/4/2026", null)).getMessage());
    }
  }

  @Test
  void textWithoutHebrewGetsNoZoneTheTextAndContextDoNotGive() {
    DateContext noZone = DateContext.of(java.time.Clock.fixed(Instant.parse("2026-04-10T09:00:00Z"), java.time.ZoneOffset.UTC));
    for (DateTextParser p : List.of(parser, DateTextParser.installed())) {
      ParsedDate ago = p.parse("16 hours ago", noZone);
      assertEquals("2026-04-09T17:00:00Z", ago.toIsoString(), "an exact instant at UTC's offset");
      assertTrue(ago.zone().isEmpty(), "no zone: " + ago.zone());
      ParsedDate printed = p.parse("April 10, 2026 7:15 am", noZone);
      assertEquals("2026-04-10T07:15:00", printed.toIsoString());
      assertTrue(!printed.offsetKnown() && printed.zone().isEmpty());
      ParsedDate day = p.parse("Friday, April 10, 2026", noZone);
      assertTrue(!day.offsetKnown() && day.zone().isEmpty(), day.toString());
      ParsedDate numeric = p.parse("10.04.26 07:15", noZone);
      assertTrue(!numeric.offsetKnown() && numeric.zone().isEmpty(), "digits alone are no evidence of a zone: " + numeric);
      assertTrue(p.parse("10.04.2026 07:15", noZone.withLocales(List.of(Locale.GERMAN))).zone().isEmpty(),
          "nor on a German page");
      assertEquals(ZoneId.of("Asia/Jerusalem"),
          p.parse("10.04.26 07:15", noZone.withLocales(List.of(Locale.forLanguageTag("he")))).zone().orElseThrow(),
          "the numeric forms Israeli pages print are read in Israel's zone when the text is read as Hebrew");
      ParsedDate yesterday = p.parse("yesterday", noZone);
      assertTrue(!yesterday.offsetKnown() && yesterday.zone().isEmpty(), yesterday.toString());
      assertEquals(ZoneId.of("Asia/Jerusalem"), p.parse("לפני 16 שעות", noZone).zone().orElseThrow(),
          "Hebrew text is evidence of Israel's zone");
      assertEquals("2026-04-10T07:15:00+03:00", p.parse("Apr. 10, 2026 at 7:15 a.m. IDT", noZone).toIsoString());
      assertEquals("2026-04-10T07:15:00+01:00",
          p.parse("April 10, 2026 7:15 am", noZone.withZone(ZoneId.of("Europe/London"))).toIsoString());
    }
  }

  @Test
  void dateWithoutTimeHasDayPrecisionAndJerusalemZone() {
    ParsedDate d = parser.parse("10/4/2026", NOW);
    assertEquals(ParsedDate.Precision.DAY, d.precision());
    assertEquals(ZoneId.of("Asia/Jerusalem"), d.zone().orElseThrow());
    assertEquals("2026-04-10T00:00+03:00", d.dateTime().toString());
  }

  @Test
  void contextZoneOverridesTheDefaultButTextWins() {
    DateContext london = NOW.withZone(ZoneId.of("Europe/London"));
    assertEquals("2026-04-10T07:15:00+01:00", parser.parse("10.04.2026 07:15", london).toIsoString());
    assertEquals("2026-04-10T07:15:00+03:00", parser.parse("10.04.2026 07:15 שעון ישראל", london).toIsoString());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "יום שני, ב׳ בתשרי תש״פ, 30 בספטמבר 2019 | 9 | the Hebrew date 2019-10-01 contradicts",
      "31 בפברואר 2026 | 0 | day 31 does not exist in February 2026",
      "ל״ב באדר תשפ״ו | 0 | day 32 does not exist",
      "ל' באדר תשפ\"ו | 0 | day 30 does not exist in אדר 5786",
      "א' באדר א' תשפ\"ו | 0 | Adar I exists only in leap years",
      "'' | 0 | empty text",
      "blah | 0 | unexpected word",
      "לפני שעות | 5 | too vague",
      "10 באפריל 26 10 | 13 | unexpected number",
      "10/13/2026 | 0 | month 13 does not exist",
      "10.04.2026 25:00 | 11 | not a time of day",
      "10 באפריל 2026 15:00 pm | 15 | hour 15 with am/pm",
      "10 אפר 2026 ⚽ | 12 | unexpected character",
      "ניסן תשפ״ו 10 | 5 | a Hebrew month and year without a day",
  })
  void rejectsWhatIsNotARealDate(String text, int index, String reason) {
    DateParseException e = assertThrows(DateParseException.class, () -> parser.parse(text, NOW));
    assertEquals(text, e.input());
    assertEquals(index, e.index(), e.getMessage());
    assertTrue(e.reason().contains(reason), e.reason());
  }

  @Test
  void weekdayThatContradictsTheDateIsRejectedInStrictMode() {
    String text = "ה 10 אפר 2026 7:15 am - שעון ירושלים"; // 10 April 2026 is a Friday, not Thursday
    assertEquals("2026-04-10T07:15:00+03:00", parser.parse(text, NOW).toIsoString());
    DateParseException e = assertThrows(DateParseException.class, () -> parser.parse(text, NOW.withStrict(true)));
    assertEquals(0, e.index());
    assertTrue(e.reason().contains("THURSDAY"), e.reason());
  }

  @Test
  void weekdayThatContradictsAGuessedYearIsRejectedInLenientModeToo() {
    // "54 posts" after a header's "Tue Jan 15": 15 January 2054 is a Thursday, so 54 is not the year.
    DateParseException e = assertThrows(DateParseException.class, () -> parser.parse("Tue Jan 15 54", NOW));
    assertTrue(e.reason().contains("TUESDAY"), e.reason());
    assertThrows(DateParseException.class, () -> parser.parse("ג 15.01.54", NOW));
    assertEquals("2054-01-15", parse("Thu Jan 15 54"));
    assertEquals("2008-01-15", parse("ג 15.01.08"));
    // A four-digit year is what the page said: a wrong weekday beside it is the page's slip, read leniently.
    assertEquals("2054-01-15", parse("Tue Jan 15 2054"));
    // Without a year, the reference's year is the guess, or the year before when the weekday says so (15 January
    // 2026 is a Thursday, 2025's a Wednesday, and neither a Tuesday).
    assertThrows(DateParseException.class, () -> parser.parse("Tue Jan 15", NOW));
    assertEquals("2026-01-15", parse("Thu Jan 15"));
    assertEquals("2025-01-15", parse("Wed Jan 15"));
    assertEquals("2026-04-10", parse("ו 10 אפר"));
    // Searching, a refuted date yields nothing: neither the rest of it from a later word nor its time alone.
    assertEquals(List.of(), parser.find("NEW YORK, 11:21 AM, TUE JAN 15 54 POSTS IN THE LAST 24 HOURS", NOW));
    assertEquals(List.of(), parser.find("ג 15.01.54", NOW));
    assertEquals(1, parser.find("Thu Jan 15 54", NOW).size());
  }

  @Test
  void dstGapAndOverlap() {
    // 2026-03-27 02:30 does not exist in Jerusalem; 2026-10-25 01:30 happens twice.
    assertEquals("2026-03-27T03:30:00+03:00", parse("27.03.2026 02:30"));
    assertThrows(DateParseException.class, () -> parser.parse("27.03.2026 02:30", NOW.withStrict(true)));
    assertEquals("2026-10-25T01:30:00+03:00", parse("25.10.2026 01:30"));
    DateParseException e = assertThrows(DateParseException.class,
        () -> parser.parse("25.10.2026 01:30", NOW.withStrict(true)));
    assertTrue(e.reason().contains("happens twice"), e.reason());
    assertEquals("2026-10-25T01:30:00+02:00", parse("25.10.2026 01:30 +02:00"));
    assertEquals("2026-10-25T01:30:00+02:00", parse("25.10.2026 01:30 IST"));
  }

  @Test
  void isFoundAsADateTextParserService() {
    DateTextParser installed = DateTextParser.installed();
    assertEquals("2026-04-10T07:15:00+03:00",
        installed.parse("ו 10 אפר 2026 7:15 am - שעון ירושלים", NOW).toIsoString());
    assertEquals("2026-04-10T07:15:00+03:00", installed.parse("2026-04-10T07:15:00+03:00", NOW).toIsoString());
  }

  @Test
  void turkishDefaultLocaleDoesNotBreakLatinWords() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      assertEquals("2026-04-10T19:15:00", parse("FRIDAY 10 APRIL 2026 7:15 PM")); // English: no zone assumed
    } finally {
      Locale.setDefault(saved);
    }
  }
}
