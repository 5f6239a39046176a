package dev.newskit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageDateTimeTest {

  @Test
  void eachPrecisionPrintsOnlyWhatThePageGave() {
    PageDateTime day = PageDateTime.of(LocalDate.of(2019, 10, 16));
    PageDateTime local = PageDateTime.of(LocalDateTime.of(2019, 10, 16, 10, 30));
    PageDateTime instant = PageDateTime.of(OffsetDateTime.parse("2019-10-16T10:30:00+02:00"));
    assertEquals("2019-10-16", day.toString());
    assertEquals("2019-10-16T10:30", local.toString());
    assertEquals("2019-10-16T10:30:00+02:00", instant.toString());
    assertEquals(PageDateTime.Precision.DAY, day.precision());
    assertEquals(PageDateTime.Precision.LOCAL, local.precision());
    assertEquals(PageDateTime.Precision.OFFSET, instant.precision());
    assertEquals(Optional.empty(), day.time());
    assertEquals(Optional.empty(), local.offset());
    assertEquals(Optional.empty(), local.offsetDateTime());
    assertEquals(Optional.of(ZoneOffset.ofHours(2)), instant.offset());
    assertEquals(LocalDateTime.of(2019, 10, 16, 10, 30), instant.localDateTime().orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019-10-16", "2019-10-16T10:30", "2019-10-16T10:30:15", "2019-10-16T10:30:15.25",
      "2019-10-16T10:30:00+02:00", "2019-10-16T10:30:00Z", "2019-10-16T10:30:00-05:00", "2019-10-16T10:30:00.5+05:30"})
  void readsBackWhatItPrints(String text) {
    PageDateTime p = PageDateTime.parse(text);
    assertEquals(p, PageDateTime.parse(p.toString()));
    assertEquals(text.contains("+") || text.contains("Z") || text.lastIndexOf('-') > 8, p.offset().isPresent(), text);
    assertEquals(text.contains("T"), p.time().isPresent(), text);
  }

  @Test
  void utcIsAnOffsetAndKeptAsOne() {
    assertEquals("2019-10-16T10:30:00Z", PageDateTime.parse("2019-10-16T10:30:00Z").toString());
    assertEquals(PageDateTime.Precision.OFFSET, PageDateTime.parse("2019-10-16T10:30:00Z").precision());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "16/10/2019", "2019-13-01", "2019-10-16T25:00", "2019-10-16T10:30+2", "tomorrow"})
  void refusesWhatIsNotOneOfTheThreeForms(String text) {
    DateTimeException e = assertThrows(DateTimeException.class, () -> PageDateTime.parse(text));
    assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
  }

  @Test
  void aParsedDayStaysADay() {
    ParsedDate day = new ParsedDate(OffsetDateTime.parse("2026-04-10T00:00:00+03:00"), ParsedDate.Precision.DAY, Optional.empty());
    assertEquals("2026-04-10", PageDateTime.of(day).toString());
    ParsedDate minute = new ParsedDate(OffsetDateTime.parse("2026-04-10T07:15:00+03:00"), ParsedDate.Precision.MINUTE, Optional.empty());
    assertEquals("2026-04-10T07:15:00+03:00", PageDateTime.of(minute).toString());
  }

  @Test
  void equalityNeedsTheSamePrecision() {
    assertNotEquals(PageDateTime.of(LocalDate.of(2019, 10, 16)), PageDateTime.of(LocalDateTime.of(2019, 10, 16, 0, 0)));
    assertNotEquals(PageDateTime.of(LocalDateTime.of(2019, 10, 16, 0, 0)),
        PageDateTime.of(OffsetDateTime.parse("2019-10-16T00:00:00Z")));
    assertEquals(PageDateTime.parse("2019-10-16T10:30").hashCode(), PageDateTime.of(LocalDateTime.of(2019, 10, 16, 10, 30)).hashCode());
  }

  @Test
  void orderIsClaimedOnlyWhereItIsCertain() {
    PageDateTime utcMorning = PageDateTime.parse("2019-10-16T08:00:00Z");
    PageDateTime eastEvening = PageDateTime.parse("2019-10-16T09:00:00+03:00"); // 06:00 UTC
    assertTrue(eastEvening.isCertainlyBefore(utcMorning));
    assertTrue(PageDateTime.parse("2019-10-16T09:00").isCertainlyBefore(PageDateTime.parse("2019-10-16T09:01")));
    assertTrue(PageDateTime.parse("2019-10-15").isCertainlyBefore(PageDateTime.parse("2019-10-16T00:30")));
    // A local time against an instant: only days two apart are certain, since offsets span 26 hours.
    assertFalse(PageDateTime.parse("2019-10-15T23:00").isCertainlyBefore(PageDateTime.parse("2019-10-16T01:00:00+14:00")));
    assertTrue(PageDateTime.parse("2019-10-14T23:00").isCertainlyBefore(PageDateTime.parse("2019-10-16T01:00:00+14:00")));
  }
}
