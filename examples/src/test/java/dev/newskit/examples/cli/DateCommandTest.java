package dev.newskit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DateCommandTest {

  @Test
  void parsesTheSeedDatelineAndADateWithoutTime() {
    CliRunner.Result r = CliRunner.run("date", "parse", "ו 10 אפר 2026 7:15 am - שעון ירושלים", "10/4/2026");
    assertEquals(0, r.code(), r.err());
    assertEquals("2026-04-10T07:15:00+03:00\n2026-04-10\n", r.out().replace("\r\n", "\n"));
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
}
