package dev.newskit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DateTextParserTest {
  private static final DateContext UTC_NOW =
      DateContext.of(Clock.fixed(Instant.parse("2026-04-10T12:00:00Z"), ZoneOffset.UTC));
  private final DateTextParser iso = DateTextParser.iso();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2026-04-10T07:15:00+03:00 | 2026-04-10T07:15:00+03:00 | SECOND",
      "2026-04-10T07:15+03:00    | 2026-04-10T07:15:00+03:00 | MINUTE",
      "2026-04-10T04:15:00Z      | 2026-04-10T04:15:00Z      | SECOND",
      "2026-04-10T07:15:00+0300  | 2026-04-10T07:15:00+03:00 | SECOND",
      "2026-04-10 07:15:00       | 2026-04-10T07:15:00       | SECOND",
      "2026-04-10T07:15:00.250+03:00 | 2026-04-10T07:15:00.25+03:00 | SECOND",
      "2026-04-10T07:15:00.123456789-05:30 | 2026-04-10T07:15:00.123456789-05:30 | SECOND",
      "2026-04-10 07:15-0530     | 2026-04-10T07:15:00-05:30 | MINUTE",
      "2026-04-10t07:15z         | 2026-04-10T07:15:00Z      | MINUTE",
      "2026-04-10T07:15:00 +03:00 | 2026-04-10T07:15:00+03:00 | SECOND",
      "'  2026-04-10  '          | 2026-04-10                | DAY",
      "'Fri, 10 Apr 2026 04:15:00 GMT' | 2026-04-10T04:15:00Z | SECOND",
  })
  void readsIsoAndRfc1123(String text, String expected, ParsedDate.Precision precision) {
    ParsedDate parsed = iso.parse(text, UTC_NOW);
    assertEquals(expected, parsed.toIsoString());
    assertEquals(precision, parsed.precision());
  }

  /** Texts of the common ISO shape with a field out of range, or a fraction too long: refused, as the formatter refuses them. */
  @ParameterizedTest
  @ValueSource(strings = {"2026-04-31T07:15:00Z", "2026-02-29T07:15Z", "2026-04-10T24:00:00Z", "2026-04-10T07:60Z",
      "2026-04-10T07:15:60Z", "2026-13-10T07:15Z", "2026-04-10T07:15:00.1234567890Z", "2026-04-10T07:15:00.Z",
      "2026-04-10T07:15+19:00", "2026-04-10T07:15+01:00x"})
  void refusesIsoShapedTextsOutOfRange(String text) {
    assertThrows(DateParseException.class, () -> iso.parse(text, UTC_NOW));
    // and finds nothing in them, rather than throwing the formatter's DateTimeException
    assertEquals(java.util.List.of(), iso.find(text, UTC_NOW));
    assertEquals(java.util.List.of(), iso.find("Published " + text, UTC_NOW));
  }

  @Test
  void nullTextOrContextIsRefusedAtTheBoundaryNamingIt() {
    DateTextParser plain = (text, context) -> iso.parse(text, context); // the interface's default find
    for (DateTextParser p : java.util.List.of(iso, DateTextParser.installed(), plain)) {
      assertEquals("text", assertThrows(NullPointerException.class, () -> p.parse(null, UTC_NOW)).getMessage());
      assertEquals("context", assertThrows(NullPointerException.class, () -> p.parse("2026-04-10", null)).getMessage());
      assertEquals("text", assertThrows(NullPointerException.class, () -> p.find(null, UTC_NOW)).getMessage());
      assertEquals("context", assertThrows(NullPointerException.class, () -> p.find("2026-04-10", null)).getMessage());
    }
  }

  @Test
  void localTimesUseTheContextZone() {
    ParsedDate parsed = iso.parse("2026-04-10T07:15", UTC_NOW.withZone(ZoneId.of("Asia/Jerusalem")));
    assertEquals("2026-04-10T07:15:00+03:00", parsed.toIsoString());
    assertEquals(ZoneId.of("Asia/Jerusalem"), parsed.zone().orElseThrow());
  }

  @Test
  void withoutAZoneALocalTimeGetsNoOffset() {
    ParsedDate parsed = iso.parse("2019-10-16T10:30", UTC_NOW);
    assertEquals("2019-10-16T10:30:00", parsed.toIsoString());
    assertFalse(parsed.offsetKnown());
    assertEquals(java.util.Optional.empty(), parsed.zone());
    assertEquals(java.time.LocalDateTime.parse("2019-10-16T10:30"), parsed.localDateTime());
    assertEquals("2019-10-16T10:30", PageDateTime.of(parsed).toString());

    ParsedDate day = iso.parse("2019-10-16", UTC_NOW);
    assertFalse(day.offsetKnown());
    assertEquals(java.util.Optional.empty(), day.zone());
    assertEquals("2019-10-16", PageDateTime.of(day).toString());
  }

  @Test
  void aDateWithoutOffsetHasNoZoneAndOnlyAPlaceholderOffset() {
    var at = java.time.OffsetDateTime.parse("2019-10-16T10:30:00+05:00");
    assertThrows(IllegalArgumentException.class,
        () -> new ParsedDate(at, ParsedDate.Precision.MINUTE, java.util.Optional.of(ZoneId.of("Asia/Karachi")), false));
    ParsedDate local = new ParsedDate(at, ParsedDate.Precision.MINUTE, java.util.Optional.empty(), false);
    assertEquals(ParsedDate.local(at.toLocalDateTime(), ParsedDate.Precision.MINUTE), local);
    assertEquals(ZoneOffset.UTC, local.dateTime().getOffset());
    assertTrue(new ParsedDate(at, ParsedDate.Precision.MINUTE, java.util.Optional.empty()).offsetKnown());
  }

  @Test
  void aPrintedOffsetOrZoneIsKnown() {
    assertTrue(iso.parse("2019-10-16T10:30:00Z", UTC_NOW).offsetKnown());
    assertTrue(iso.parse("2019-10-16T10:30:00+02:00", UTC_NOW).offsetKnown());
    ParsedDate region = iso.parse("2019-10-16T10:30[Europe/Berlin]", UTC_NOW);
    assertEquals("2019-10-16T10:30:00+02:00", region.toIsoString());
    assertEquals(ZoneId.of("Europe/Berlin"), region.zone().orElseThrow());
    assertTrue(iso.parse("Fri, 10 Apr 2026 04:15:00 GMT", UTC_NOW).offsetKnown());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "yesterday", "2026-02-31", "2026-13-01T00:00", "10/4/2026", "2026-04-10T25:00"})
  void rejectsWhatIsNotARealIsoDate(String text) {
    DateParseException e = assertThrows(DateParseException.class, () -> iso.parse(text, UTC_NOW));
    assertEquals(text, e.input());
    assertTrue(e.getMessage().startsWith("cannot parse date \"" + text + "\" at index "), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-11-08T10:46+01:60", "2023-11-08T10:46+19:00", "2023-11-08T10:46+18:01",
      "2023-11-08T10:46:00-19:00", "2023-11-08T10:46+1860", "2023-11-08 10:46:00.5+23:59"})
  void anIsoTextWithAnOffsetOutOfRangeIsNoDateNeverARawDateTimeException(String text) {
    assertEquals(java.util.List.of(), iso.find(text, UTC_NOW));
    assertEquals(java.util.List.of(), iso.find(" " + text + " ", UTC_NOW));
    DateParseException e = assertThrows(DateParseException.class, () -> iso.parse(text, UTC_NOW));
    assertEquals(text, e.input());
  }

  @Test
  void errorIndexPointsAtTheProblem() {
    DateParseException e = assertThrows(DateParseException.class, () -> iso.parse("2026-04-1x", UTC_NOW));
    assertEquals(8, e.index());
  }

  @Test
  void installedParsersFallBackToIso() {
    assertEquals("2026-04-10T07:15:00+03:00",
        DateTextParser.installed().parse("2026-04-10T07:15:00+03:00", UTC_NOW).toIsoString());
  }

  @Test
  void aDateParseExceptionKeepsABoundedPrefixOfItsInput() {
    String longText = "3 ".repeat(5_000);
    DateParseException e = new DateParseException(longText, 7_000, "too long");
    assertEquals(longText.substring(0, 1_000), e.input());
    assertEquals(7_000, e.index());
    assertEquals("too long", e.reason());
    assertTrue(e.getMessage().length() < 300, e.getMessage());
    assertEquals("2026", new DateParseException("2026", 0, "r").input());
  }

  @Test
  void compositeReportsTheFailureThatReadFurthest() {
    DateTextParser failsEarly = (t, c) -> { throw new DateParseException(t, 1, "early"); };
    DateTextParsers both = new DateTextParsers(java.util.List.of(failsEarly, iso));
    DateParseException e = assertThrows(DateParseException.class, () -> both.parse("2026-04-1x", UTC_NOW));
    assertEquals(8, e.index());
    assertEquals("2026-04-10", both.parse("2026-04-10", UTC_NOW).toIsoString());
  }

  /**
   * The ISO parser's own {@code find} refuses texts without an exception; what it finds must be exactly what the
   * interface's default (the whole stripped text through {@code parse}) finds, on dates, near misses and prose.
   */
  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "2026-04-10", " 2026-04-10 ", "2026-04-10T07:15:00+03:00", "\t2026-04-10 07:15\n",
      "2026-04-10T07:15:00.250Z", "2026-04-10T07:15+0300", "2026-04-10T07:15:00+02:00[Europe/Berlin]",
      "Fri, 10 Apr 2026 04:15:00 GMT", "fri, 10 apr 2026 04:15:00 +0200", "Friday, 10 Apr 2026 04:15:00 GMT",
      "10 Apr 2026 04:15:00 GMT", "2026-02-31", "2026-13-01T00:00", "2026-04-10T25:00", "2026-04-1x", "20260410",
      "2026-04-10 and more", "Posted on 2026-04-10", "yesterday", "10/4/2026", "+2026-04-1", "-002-04-10",
      "Sat, 10 Apr 2026 04:15:00 GMT", "2026-04-10T07:15:00 +03:00", "März 2026", "١٠-٠٤-٢٠٢٦"})
  void findReadsWhatTheDefaultFindReads(String text) {
    DateTextParser parseOnly = (t, c) -> iso.parse(t, c);
    for (DateContext context : java.util.List.of(UTC_NOW, UTC_NOW.withZone(ZoneId.of("Asia/Jerusalem")))) {
      assertEquals(parseOnly.find(text, context), iso.find(text, context), text);
    }
  }
}
