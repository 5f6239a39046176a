package dev.newskit.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newskit.core.DateContext;
import dev.newskit.core.DateParseException;
import dev.newskit.core.DateTextParser;
import dev.newskit.core.FoundDate;
import dev.newskit.core.ParsedDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HebrewDateFinderTest {
  private static final DateContext NOW = HebrewDateFormsTest.NOW;
  private final HebrewDateParser parser = new HebrewDateParser();

  private String found(String text) {
    StringBuilder out = new StringBuilder();
    for (FoundDate f : parser.find(text, NOW)) {
      if (out.length() > 0) out.append(" ; ");
      out.append('[').append(f.textIn(text)).append("] ").append(f.date());
    }
    return out.toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "עודכן לאחרונה: 10.04.26 07:15 | [10.04.26 07:15] 2026-04-10T07:15:00+03:00",
      "מבזקים - 3 ביוני 2026 | [3 ביוני 2026] 2026-06-03",
      "ירושלים – ישראל כהן - 3/6/2026 | [3/6/2026] 2026-06-03",
      "פורסם: ו 10 אפר 2026 7:15 am - שעון ירושלים, לפני שעתיים | [ו 10 אפר 2026 7:15 am - שעון ירושלים] 2026-04-10T07:15:00+03:00 ; [לפני שעתיים] 2026-04-10T10:00:00+03:00",
      "הישיבה נקבעה ל-3 ביוני 2026 בשעה 8 בערב ונדחתה ל-5 ביוני | [3 ביוני 2026 בשעה 8 בערב] 2026-06-03T20:00:00+03:00 ; [5 ביוני] 2025-06-05",
      "היום הודיע השר כי 5 אנשים נפצעו | ''",
      "נפצעו 180 בני אדם במשך 180 שעות | ''",
      "עודכן: 14:05 | [14:05] 2026-04-10T14:05:00+03:00",
      "14:05 • 3 תגובות | [14:05] 2026-04-10T14:05:00+03:00",
      // a time beside a date this reader cannot read is that date's time, not today's
      "الأربعاء، 07 أكتوبر 2020 - 12:09 م | ''",
      "تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً | ''",
      "2 تير 1399 - 12:09:08 ب.ظ | ''",
      "Опубликовано 7 октября, 12:09 | ''",
      "פורסם 7 - 12:09 | ''",
      "eterna156 • Posted at 1:14pm | [1:14pm] 2026-04-10T13:14:00",
      // a weekday beside a time dates it to that weekday, not to the reference day; "yesterday" in other languages
      "Tuesday 18:00 | ''",
      "gestern, 18:00 Uhr | [gestern, 18:00] 2026-04-09T18:00:00",
      "ayer 09:15 | [ayer 09:15] 2026-04-09T09:15:00",
      "הוא נולד ב-3 ביוני 2026 | [3 ביוני 2026] 2026-06-03",
      "נכתב 2026-06-04T10:00:00Z ועודכן ב-5 ביוני | [2026-06-04T10:00:00Z] 2026-06-04T10:00:00Z ; [5 ביוני] 2025-06-05",
      // an ISO time without offset is Israel's in Hebrew text, and gets no offset in other text
      "נכתב 2026-06-04 10:00 | [2026-06-04 10:00] 2026-06-04T10:00:00+03:00",
      "Posted 2026-06-04 10:00 by the desk | [2026-06-04 10:00] 2026-06-04T10:00:00",
      "כ״ג בניסן תשפ״ו (10 באפריל 2026) | [כ״ג בניסן תשפ״ו (10 באפריל 2026)] 2026-04-10",
      // numerals without marks are prose words until a Hebrew month stands beside them
      "בתאריך יד אדר תשפז נפתח הכנס השנתי | [יד אדר תשפז] 2027-03-23",
      "לדברי שרים, Updated at 10 Apr 2026 7:15 PM נמסר | [10 Apr 2026 7:15 PM] 2026-04-10T19:15:00+03:00",
  })
  void findsTheDatesInAText(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void parseStaysStrict() {
    assertThrows(DateParseException.class, () -> parser.parse("עודכן לאחרונה על ידי המערכת: 10.04.26 07:15", NOW));
    assertEquals(1, parser.find("עודכן לאחרונה על ידי המערכת: 10.04.26 07:15", NOW).size());
  }

  @Test
  void aParagraphOfProseWithDates() {
    String paragraph = ("ביום רביעי, 3 ביוני 2026, התכנס הקבינט. " + "הדיון נמשך שעות ארוכות ".repeat(40)
        + "ההודעה פורסמה לפני 5 דקות.").repeat(2);
    List<FoundDate> dates = parser.find(paragraph, NOW);
    assertEquals(4, dates.size(), dates.toString());
    assertEquals("רביעי, 3 ביוני 2026", dates.get(0).textIn(paragraph));
    assertEquals(ParsedDate.Precision.DAY, dates.get(0).date().precision());
    assertEquals("לפני 5 דקות", dates.get(1).textIn(paragraph));
  }

  @Test
  void theInstalledParsersFindThroughCore() {
    List<FoundDate> dates = DateTextParser.installed().find("עודכן: 3 ביוני 2026 | 2026-06-04T10:00:00Z", NOW);
    assertEquals(2, dates.size(), dates.toString());
  }

  @Test
  void anIsoTextWithAnOffsetOutOfRangeIsNoDateNeverARawDateTimeException() {
    for (String text : List.of("2023-11-08T10:46+01:60", "2023-11-08T10:46+19:00", "2023-11-08T10:46+18:01")) {
      assertEquals(List.of(), parser.find("עודכן " + text + " |", NOW), text);
      assertEquals(List.of(), DateTextParser.installed().find(text, NOW), text);
      assertThrows(DateParseException.class, () -> parser.parse(text, NOW), text);
    }
  }

  @Test
  void aDayInIsoOrderKeepsNoZoneUnderAHebrewContextHoweverItsMonthIsWritten() {
    DateContext hebrew = NOW; // no zone, read as Hebrew
    for (String text : List.of("2026-04-10", "2026-4-10", "2026-4-1")) {
      ParsedDate date = parser.parse(text, hebrew);
      assertEquals(java.util.Optional.empty(), date.zone(), text);
      assertEquals(false, date.offsetKnown(), text);
    }
    // the day-first numeric forms Israeli pages print are still Israel's
    assertEquals("Asia/Jerusalem", parser.parse("10.04.26 07:15", hebrew).zone().orElseThrow().getId());
  }

  @Test
  void anOverLongTextIsRefusedAsAWholeAndOnlyItsBeginningIsKept() {
    String forFind = "לפני 5 דקות ".repeat(100_000);
    DateParseException e = assertThrows(DateParseException.class, () -> parser.find(forFind, NOW));
    assertEquals("text longer than 1,000,000 characters", e.reason());
    assertEquals(forFind.substring(0, 200), e.input());
    assertEquals(0, e.index());
    String forParse = "x".repeat(501);
    DateParseException p = assertThrows(DateParseException.class, () -> parser.parse(forParse, NOW));
    assertEquals("text longer than 500 characters", p.reason());
    assertEquals(forParse.substring(0, 200), p.input());
  }

  @Test
  void aCountInBracketsBesideAMonthIsNoDay() {
    // a blog's archive: months with their counts of posts
    assertEquals("", found("Archive 2012 (15) June (1) May (1) April (12) 2011 (43) December (8)"));
    assertEquals("", found("ביוני (3)"));
    assertEquals("[June 1] 2025-06-01", found("Posted June 1 (3)"));
    DateParseException e = assertThrows(DateParseException.class, () -> parser.parse("June (1)", NOW));
    assertEquals("a number in brackets is a count, not a day", e.reason());
  }

  @Test
  void aYearInBracketsIsTheDatesYear() {
    assertEquals("[March 3 (2024)] 2024-03-03", found("Posted March 3 (2024)"));
    assertEquals("[June 3 (2026)] 2026-06-03", found("June 3 (2026)"));
  }
}
