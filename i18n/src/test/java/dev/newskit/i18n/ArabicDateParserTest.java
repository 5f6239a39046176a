package dev.newskit.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.DateContext;
import dev.newskit.core.DateParseException;
import dev.newskit.core.DateTextParser;
import dev.newskit.core.FoundDate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Arabic and Persian date forms of {@link ArabicDateParser}: both calendars, both digit sets, am and pm, no zone. */
class ArabicDateParserTest {
  private static final DateContext NOW =
      DateContext.of(Clock.fixed(Instant.parse("2026-04-10T09:00:00Z"), ZoneOffset.UTC));
  private final ArabicDateParser parser = new ArabicDateParser();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "الأربعاء، 07 أكتوبر 2020 - 12:09 م | 2020-10-07T12:09:00",
      "الأربعاء، 07 أكتوبر 2020 - 05:09 م | 2020-10-07T17:09:00",
      "تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً | 2020-04-24T21:22:00",
      "نشر في: 3 أفريل 2021 على الساعة 10:15 | 2021-04-03T10:15:00",
      "١٥ تشرين الأول ٢٠٢٠ | 2020-10-15",
      "1 كانون الثاني 2021 | 2021-01-01",
      "بتاريخ 5 يونيه 2019 - 8:30 ص | 2019-06-05T08:30:00",
      "آخر تحديث: 5 يونيه 2019 - 8:30 ص | 2019-06-05T08:30:00",
      "25 ديسمبر 2020م | 2020-12-25",
      "2 تير 1399 - 12:09:08 ب.ظ | 2020-06-22T12:09:08",
      "۲ تیر ۱۳۹۹ - ۱۲:۰۹:۰۸ ق.ظ | 2020-06-22T00:09:08",
      "تاریخ انتشار: سه‌شنبه ۲۹ بهمن ۱۳۹۸ | 2020-02-18",
      "1 فروردین 1399 | 2020-03-20",
  })
  void readsTheFormsPagesPrint(String text, String expected) {
    assertEquals(expected, parser.parse(text, NOW).toString());
  }

  @Test
  void noZoneIsInvented() {
    assertTrue(parser.parse("الأربعاء، 07 أكتوبر 2020 - 12:09 م", NOW).zone().isEmpty());
    assertTrue(!parser.parse("الأربعاء، 07 أكتوبر 2020 - 12:09 م", NOW).offsetKnown());
  }

  @Test
  void whatIsNotADateIsRefused() {
    assertThrows(DateParseException.class, () -> parser.parse("31 آبان 1399", NOW), "Aban has 30 days");
    assertThrows(DateParseException.class, () -> parser.parse("24 رمضان 1441 هـ", NOW), "Hijri dates are not read");
    assertThrows(DateParseException.class, () -> parser.parse("2 تیر", NOW), "a Persian date without its year");
    assertThrows(DateParseException.class, () -> parser.parse("2 تیر 99999999", NOW), "a Persian year past 2100");
    assertThrows(DateParseException.class, () -> parser.parse("April 10, 2026", NOW), "no Arabic script: other parsers");
  }

  @Test
  void findsTheDateInALineAndLeavesTheRest() {
    String text = "القاهرة: الأربعاء، 07 أكتوبر 2020 12:19 م - بقلم محمد";
    var found = parser.find(text, NOW);
    assertEquals(1, found.size());
    FoundDate f = found.get(0);
    assertEquals("الأربعاء، 07 أكتوبر 2020 12:19 م", f.textIn(text));
    assertEquals("2020-10-07T12:19:00", f.date().toString());
    assertEquals(0, parser.find("قال الوزير إن 5 أشخاص أصيبوا", NOW).size());
    assertEquals(0, parser.find("الخميس 24 رمضان 12:09", NOW).size(), "a Hijri date's time is not today's");
    assertEquals(1, parser.find("عاجل 12:09", NOW).size(), "a time among words is still today's");
    assertEquals("2026-04-09T18:00:00", parser.find("أمس الساعة 18:00", NOW).get(0).date().toString(),
        "yesterday's time is yesterday's");
    assertEquals("2026-04-09T09:30:00", parser.find("دیروز 09:30", NOW).get(0).date().toString(), "also in Persian");
    assertEquals(0, parser.find("غداً الساعة 18:00", NOW).size(), "tomorrow's time is not today's");
    assertEquals(0, parser.find("هو أب 3 أطفال", NOW).size(), "a month name alone is an everyday word: father");
    assertEquals(0, parser.find("مارس 20 عاما", NOW).size(), "practised for 20 years");
    // the update's time is not the published day's
    String updated = "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)";
    assertEquals("الأربعاء، 28 آب/اغسطس 2013", parser.find(updated, NOW).get(0).textIn(updated));
    assertEquals("2013-08-28", parser.find(updated, NOW).get(0).date().toString());
  }

  @Test
  void itsLongerReadingWinsAmongTheInstalledParsers() {
    DateTextParser installed = DateTextParser.installed();
    String text = "الأربعاء، 07 أكتوبر 2020 - 12:09 م";
    assertEquals("2020-10-07T12:09:00", installed.find(text, NOW).get(0).date().toString());
    assertEquals("2020-10-07T12:09:00", installed.parse(text, NOW).toString());
    // the Hebrew parser reads the numeric date and the time, but only this one the pm after them
    String numeric = "نشر في 24/04/2020 09:22 مساءً";
    assertEquals(1, installed.find(numeric, NOW).size());
    assertEquals("2020-04-24T21:22:00", installed.find(numeric, NOW).get(0).date().toString());
  }

  @Test
  void textWithoutArabicScriptIsLeftToTheOtherParsers() {
    // the installed parsers ask every parser; this one answers only for Arabic script, so that a Latin date is read
    // once, by the parser that reads it with its zone words and its language's order
    assertEquals(0, parser.find("Published April 10, 2026 at 7:15 pm", NOW).size());
    assertEquals(0, parser.find("Updated 10/04/2026 07:15", NOW).size());
  }
}
