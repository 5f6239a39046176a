package dev.newskit.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.DateContext;
import dev.newskit.core.DateParseException;
import dev.newskit.core.ParsedDate;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms pages print that the first parser refused: each read, against a fixed reference instant. */
class HebrewDateFormsTest {
  /** Friday 10 April 2026, 12:00:30 in Jerusalem, read as Hebrew text (the evidence for Israel's zone). */
  static final DateContext NOW =
      new DateContext(Instant.parse("2026-04-10T09:00:30Z"), Optional.empty(), List.of(Locale.forLanguageTag("he")), false);
  private final HebrewDateParser parser = new HebrewDateParser();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // weekday names without יום, ל before the month, month before day
      "רביעי, 3 ביוני 2026 | 2026-06-03",
      "שישי 10 באפריל 2026 | 2026-04-10",
      "3 ליוני 2026 | 2026-06-03",
      "יוני 3 2026 | 2026-06-03",
      "יוני 3, 2026 14:00 | 2026-06-03T14:00:00+03:00",
      // hours in words
      "3 ביוני 2026 בשעה 8 בערב | 2026-06-03T20:00:00+03:00",
      "3 ביוני 2026, 5 לפנות בוקר | 2026-06-03T05:00:00+03:00",
      "3 ביוני 2026 12 בצהריים | 2026-06-03T12:00:00+03:00",
      "3 ביוני 2026 2 בצהריים | 2026-06-03T14:00:00+03:00",
      "3 ביוני 2026 11 בלילה | 2026-06-03T23:00:00+03:00",
      "3 ביוני 2026 2 בלילה | 2026-06-03T02:00:00+03:00",
      "3 ביוני 2026 8:30 בערב | 2026-06-03T20:30:00+03:00",
      "3 ביוני 2026 5 אחר הצהריים | 2026-06-03T17:00:00+03:00",
      "3 ביוני 2026 7:15:30 אחה\"צ | 2026-06-03T19:15:30+03:00",
      "3 ביוני 2026 7:15:30 לפנה״צ | 2026-06-03T07:15:30+03:00",
      // offsets and zone names as pages and ICU print them
      "3 ביוני 2026 14:00 GMT+3 | 2026-06-03T14:00:00+03:00",
      "3 ביוני 2026 14:00 \u200eGMT+3\u200e | 2026-06-03T14:00:00+03:00",
      "3 בינואר 2026 14:00 GMT+2 | 2026-01-03T14:00:00+02:00",
      "3 ביוני 2026 14:00 UTC+02:00 | 2026-06-03T14:00:00+02:00",
      "3 ביוני 2026 14:00 שעון ישראל (קיץ) | 2026-06-03T14:00:00+03:00",
      "3 בינואר 2026 14:00 שעון ישראל (חורף) | 2026-01-03T14:00:00+02:00",
      "3 ביוני 2026 14:00 שעון ירושלים | 2026-06-03T14:00:00+03:00",
      "3 ביוני 2026 14:00 IDT | 2026-06-03T14:00:00+03:00",
      "3 בינואר 2026 14:00 IST | 2026-01-03T14:00:00+02:00",
      "25 באוקטובר 2026 1:30 שעון ישראל (קיץ) | 2026-10-25T01:30:00+03:00",
      "25 באוקטובר 2026 1:30 שעון ישראל (חורף) | 2026-10-25T01:30:00+02:00",
      // year-less dates and a time alone, from the reference instant
      "3 באפריל | 2026-04-03",
      "12 באפריל | 2026-04-12",
      "20 באפריל | 2025-04-20",
      "עודכן: 14:05 | 2026-04-10T14:05:00+03:00",
      "7:15:00 | 2026-04-10T07:15:00+03:00",
      // the Hebrew calendar, with marks, ASCII quotes or none, thousands apart or joined
      "כ״ג בניסן תשפ״ו | 2026-04-10",
      "כ\"ג בניסן תשפ\"ו | 2026-04-10",
      "כג ניסן תשפו | 2026-04-10",
      "יד אדר תשפז | 2027-03-23",
      "ז׳ בטבת ה׳ תשפ״ז | 2026-12-17",
      "ז׳ בטבת התשפ״ז | 2026-12-17",
      "17 בדצמבר 2026 / ז׳ בטבת התשפ״ז | 2026-12-17",
      "ז׳ בטבת התשפ״ז, 17 בדצמבר 2026 | 2026-12-17",
      // relative forms
      "לפני 5 דק׳ | 2026-04-10T11:55:00+03:00",
      "לפני 2 שע׳ | 2026-04-10T10:00:00+03:00",
      "לפני 30 שנ׳ | 2026-04-10T12:00:00+03:00",
      "לפני 30 שניות | 2026-04-10T12:00:00+03:00",
      "לפני כ־10 דקות | 2026-04-10T11:50:00+03:00",
      "לפני כ-10 דקות | 2026-04-10T11:50:00+03:00",
      "לפני כשעתיים | 2026-04-10T10:00:00+03:00",
      "לפני בערך שעה | 2026-04-10T11:00:00+03:00",
      "עכשיו | 2026-04-10T12:00:30+03:00",
      "זה עתה | 2026-04-10T12:00:30+03:00",
      "לפני רגע | 2026-04-10T12:00:30+03:00",
      "לפני מספר שניות | 2026-04-10T12:00:00+03:00",
      "לפני פחות מדקה | 2026-04-10T12:00:00+03:00",
      "עוד 5 דקות | 2026-04-10T12:05:00+03:00",
      "בעוד שעתיים | 2026-04-10T14:00:00+03:00",
      "לפני שעתיים (2) | 2026-04-10T10:00:00+03:00",
      "לפני שעה (1) | 2026-04-10T11:00:00+03:00",
      "בעוד יום (1) | 2026-04-11",
  })
  void readsTheForm(String text, String expected) {
    assertEquals(expected, parser.parse(text, NOW).toIsoString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "לפני שעות | 5 | too vague",
      "לפני דקות | 5 | too vague",
      "בעוד ימים | 5 | too vague",
      "לפני שעתיים (3) | 13 | contradicts",
      "17 בדצמבר 2026 / ח׳ בטבת התשפ״ז | 17 | contradicts the Gregorian date",
      "3 ביוני 2026 בערב | 13 | am/pm without a time",
      "25 במרץ 2026 12:00 שעון ישראל (קיץ) | 19 | summer time is not in force",
      "יום שני 14:00 | 0 | no day",
  })
  void refuses(String text, int index, String reason) {
    DateParseException e = assertThrows(DateParseException.class, () -> parser.parse(text, NOW));
    assertEquals(index, e.index(), e.getMessage());
    assertTrue(e.reason().contains(reason), e.reason());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "עכשיו | SECOND",
      "לפני מספר שניות | MINUTE",
      "3 באפריל | DAY",
      "7:15:00 | SECOND",
  })
  void precisionIsWhatTheTextGave(String text, ParsedDate.Precision precision) {
    assertEquals(precision, parser.parse(text, NOW).precision());
  }
}
