package dev.newskit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateCommandTest {

  @Test
  void parsesTheSeedDatelineAndADateWithoutTime() {
    CliRunner.Result r = CliRunner.run("date", "parse", "ו 10 אפר 2026 7:15 am - שעון ירושלים", "10/4/2026");
    assertEquals(0, r.code(), r.err());
    assertEquals("2026-04-10T07:15:00+03:00\n2026-04-10\n", r.out().replace("\r\n", "\n"));
  }

  @Test
  void parsesArabicAndPersianDatesAsLocalTimes() {
    CliRunner.Result r = CliRunner.run("date", "parse", "الأربعاء، 07 أكتوبر 2020 - 05:09 م", "۲ تیر ۱۳۹۹ - ۱۲:۰۹:۰۸ ب.ظ");
    assertEquals(0, r.code(), r.err());
    assertEquals("2020-10-07T17:09:00\n2020-06-22T12:09:08\n", r.out().replace("\r\n", "\n"));
  }

  @Test
  void relativeTextsUseNow() {
    CliRunner.Result r = CliRunner.run("date", "parse", "--now", "2026-04-10T12:00:00+03:00", "לפני שעתיים");
    assertEquals("2026-04-10T10:00:00+03:00", r.out().strip());
  }

  @Test
  void aFailedParseExitsTwoWithWhatAndWhere() {
    CliRunner.Result r = CliRunner.run("date", "parse", "31 בפברואר 2026");
    assertEquals(2, r.code());
    assertEquals("error: cannot parse date \"31 בפברואר 2026\" at index 0: day 31 does not exist in February 2026",
        r.err().strip());
  }

  @Test
  void strictRejectsAContradictingWeekday() {
    assertEquals(0, CliRunner.run("date", "parse", "ה 10 אפר 2026 7:15 am").code());
    assertEquals(2, CliRunner.run("date", "parse", "--strict", "ה 10 אפר 2026 7:15 am").code());
  }

  @Test
  void formatsEveryStyle() {
    CliRunner.Result r = CliRunner.run("date", "format", "--style", "dateline", "2026-04-10T04:15:00Z");
    assertEquals("ו 10 אפר 2026 7:15 am - שעון ירושלים", r.out().strip());
    r = CliRunner.run("date", "format", "--style", "hebrew", "2026-04-10T07:15:00+03:00");
    assertEquals("כ״ג בניסן תשפ״ו", r.out().strip());
    r = CliRunner.run("date", "format", "--style", "relative", "--now", "2026-04-10T12:00:00Z", "2026-04-10T10:00:00Z");
    assertEquals("לפני שעתיים", r.out().strip());
    r = CliRunner.run("date", "format", "--style", "nope", "2026-04-10T04:15:00Z");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("known styles"), r.err());
  }

  @Test
  void jsonlKeepsOrderAndReportsErrorsPerLine() {
    String in = "{\"text\":\"לפני שעתיים\",\"now\":\"2026-04-10T12:00:00+03:00\"}\n"
        + "not json\n"
        + "{\"text\":\"10.04.26\"}\n"
        + "{\"nottext\":1}\n";
    CliRunner.Result r = CliRunner.withStdin(in, "date", "parse", "--jsonl");
    String[] lines = r.out().strip().split("\n");
    assertEquals(4, lines.length, r.out());
    assertEquals("{\"value\":\"2026-04-10T10:00:00+03:00\"}", lines[0]);
    assertTrue(lines[1].startsWith("{\"error\":\"line 2: not JSON"), lines[1]);
    assertEquals("{\"value\":\"2026-04-10\"}", lines[2]);
    assertEquals("{\"error\":\"missing \\\"text\\\" string\"}", lines[3]);
    assertEquals(3, r.code());

    r = CliRunner.withStdin("{\"instant\":\"2026-04-10T04:15:00Z\",\"style\":\"short\"}\n", "date", "format", "--jsonl");
    assertEquals("{\"value\":\"10.4.2026\"}", r.out().strip());
    assertEquals(0, r.code());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "date-full | יום שישי, 10 באפריל 2026",
      "date-long | 10 באפריל 2026",
      "date-medium | 10 באפר׳ 2026",
      "date-short | 10.4.2026",
      "time-short | 7:15",
      "time-medium | 7:15:00",
      "datetime-full | יום שישי, 10 באפריל 2026 בשעה 7:15:00 שעון ישראל (קיץ)",
      "datetime-medium | 10 באפר׳ 2026, 7:15:00",
      "datetime-short | 10.4.2026, 7:15",
      "hebrew-date-full | יום שישי, כ״ג בניסן תשפ״ו, 10 באפריל 2026",
      "hebrew-date-long | כ״ג בניסן תשפ״ו",
      "hebrew-date-long-with-thousands | כ״ג בניסן ה׳תשפ״ו",
      "hebrew-date-kosherjava | כ״ג ניסן תשפ״ו",
      "hebrew-year | תשפ״ו",
      "hebrew-year-with-thousands | ה׳תשפ״ו",
      "relative-numeric | לפני יומיים",
      "relative-auto | שלשום",
      "calendar | ביום שישי האחרון בשעה 07:15",
      "zone-generic-long | שעון ישראל",
      "zone-specific-long | שעון ישראל (קיץ)",
  })
  void formatsTheNewStyles(String style, String expected) {
    CliRunner.Result r = CliRunner.run("date", "format", "--style", style, "--now", "2026-04-12T04:15:00Z",
        "2026-04-10T04:15:00Z");
    assertEquals(expected, r.out().strip(), r.err());
  }

  @Test
  void formatsPatternsAndNumerals() {
    CliRunner.Result r = CliRunner.run("date", "format", "--style", "pattern", "--pattern", "d בMMMM y HH:mm",
        "2026-04-10T04:15:00Z");
    assertEquals("10 באפריל 2026 07:15", r.out().strip(), r.err());
    r = CliRunner.run("date", "format", "--style", "hebrew-numeral", "--number", "5786");
    assertEquals("ה׳תשפ״ו", r.out().strip(), r.err());
    r = CliRunner.run("date", "format", "--style", "holiday", "2024-05-14T09:00:00Z");
    assertEquals("יום העצמאות", r.out().strip(), r.err());
    r = CliRunner.run("date", "format", "--style", "hebrew-numeral");
    assertEquals(2, r.code());
    r = CliRunner.run("date", "format", "--style", "pattern", "2026-04-10T04:15:00Z");
    assertEquals(2, r.code());
    String in = "{\"number\":15,\"style\":\"hebrew-numeral\"}\n"
        + "{\"instant\":\"2026-04-10T04:15:00Z\",\"style\":\"pattern\",\"pattern\":\"EEEE\"}\n"
        + "{\"instant\":\"2026-04-10T04:15:00Z\",\"style\":\"relative-auto\",\"now\":\"2026-04-11T04:15:00Z\"}\n";
    r = CliRunner.withStdin(in, "date", "format", "--jsonl");
    assertEquals("{\"value\":\"ט״ו\"}\n{\"value\":\"יום שישי\"}\n{\"value\":\"אתמול\"}", r.out().strip().replace("\r", ""));
  }

  @Test
  void formatsTheWeeklyPortionOfTheDatesWeekInJerusalem() {
    // Wednesday 21 October 2026 reads ahead to Shabbat the 24th; 21:30Z on the 24th is already Sunday in Jerusalem
    CliRunner.Result r = CliRunner.run("date", "format", "--style", "parsha", "2026-10-21T09:00:00Z",
        "2026-10-24T21:30:00Z", "2026-10-03T09:00:00Z");
    assertEquals(0, r.code(), r.err());
    // 3 October 2026 is Shemini Atzeret on a Shabbat: a festival reading, so no weekly portion
    assertEquals("לך לך\nוירא\n\n", r.out().replace("\r\n", "\n"));
    String in = "{\"instant\":\"2026-03-10T09:00:00Z\",\"style\":\"parsha\"}\n"
        + "{\"style\":\"parsha\"}\n";
    r = CliRunner.withStdin(in, "date", "format", "--jsonl");
    assertEquals("{\"value\":\"ויקהל-פקודי\"}\n{\"error\":\"missing \\\"instant\\\" string\"}",
        r.out().strip().replace("\r", ""));
  }
}
