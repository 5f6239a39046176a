package dev.newskit.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newskit.core.DateContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Format then parse gives back the same instant or day, over years of hours and days. */
class RoundTripTest {
  private final HebrewDateParser parser = new HebrewDateParser();
  private final DateContext context = DateContext.of(java.time.Clock.fixed(Instant.parse("2026-04-10T09:00:00Z"), java.time.ZoneOffset.UTC))
      .withLocales(java.util.List.of(java.util.Locale.forLanguageTag("he"))); // Hebrew text: evidence of Israel's zone

  @Test
  void everyHourOf2020To2030InJerusalem() {
    Instant end = Instant.parse("2031-01-01T00:00:00Z");
    int ambiguous = 0;
    for (Instant i = Instant.parse("2020-01-01T00:00:00Z"); i.isBefore(end); i = i.plusSeconds(3600)) {
      for (HebrewDateFormatter f : Set.of(HebrewDateFormatter.DATE_TIME_OFFSET)) {
        assertEquals(i, parser.parse(f.format(i), context).dateTime().toInstant(), f.pattern());
      }
      // Styles without an offset name one instant except in the repeated autumn hour, where the
      // parser documents that it takes the earlier one.
      ZonedDateTime z = i.atZone(JerusalemTime.ZONE);
      boolean repeated = JerusalemTime.ZONE.getRules().getValidOffsets(z.toLocalDateTime()).size() == 2;
      for (HebrewDateFormatter f : Set.of(HebrewDateFormatter.DATELINE, HebrewDateFormatter.DATE_TIME_ZONE,
          HebrewDateFormatter.DATE_TIME)) {
        Instant back = parser.parse(f.format(i), context).dateTime().toInstant();
        if (repeated) {
          assertEquals(JerusalemTime.of(z.toLocalDateTime(), TransitionPolicy.EARLIER).toInstant(), back);
          ambiguous++;
        } else {
          assertEquals(i, back, f.pattern() + " " + f.format(i));
        }
      }
    }
    assertEquals(11 * 2 * 3, ambiguous, "two instants a year fall in the repeated hour, three styles");
  }

  @Test
  void everyDayOfHebrewYears5780To5800() {
    LocalDate start = new HebrewCalendarDate(5780, 0, 1).toLocalDate();
    LocalDate end = new HebrewCalendarDate(5801, 0, 1).toLocalDate();
    int days = 0;
    for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
      ZonedDateTime noon = d.atTime(12, 0).atZone(JerusalemTime.ZONE);
      for (HebrewDateFormatter f : Set.of(HebrewDateFormatter.HEBREW_DATE, HebrewDateFormatter.HEBREW_DATE_FULL)) {
        assertEquals(d, parser.parse(f.format(noon), context.withStrict(true)).date(), f.format(noon));
      }
      days++;
    }
    assertEquals(end.toEpochDay() - start.toEpochDay(), days);
  }
}
