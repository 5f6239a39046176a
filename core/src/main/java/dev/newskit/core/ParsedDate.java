package dev.newskit.core;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A date read from text: the instant with the offset the text meant, how precise the text was, and the
 * zone when the text named one or the parser assumed one.
 *
 * <p>A text that gives only a day ({@code 10/4/2026}) yields precision {@link Precision#DAY} and a
 * date-time at the start of that day, so callers can tell it from a real midnight.
 *
 * @param dateTime the date-time with its offset
 * @param precision what the text actually gave
 * @param zone the zone the offset was taken from, when one applies
 */
public record ParsedDate(OffsetDateTime dateTime, Precision precision, Optional<ZoneId> zone) {

  /** How much of a date-time a text gave. */
  public enum Precision {
    /** Only the calendar day. */
    DAY,
    /** The day and the time to the minute. */
    MINUTE,
    /** The day and the time to the second or finer. */
    SECOND
  }

  /** Validates and normalises the values; the date-time is truncated to the stated precision. */
  public ParsedDate {
    Checks.notNull(dateTime, "ParsedDate.dateTime");
    Checks.notNull(precision, "ParsedDate.precision");
    zone = Checks.optional(zone);
    if (precision == Precision.MINUTE) dateTime = dateTime.truncatedTo(ChronoUnit.MINUTES);
    if (precision == Precision.DAY) dateTime = dateTime.truncatedTo(ChronoUnit.DAYS);
  }

  /** The calendar day of the date-time, in its own offset. */
  public LocalDate date() {
    return dateTime.toLocalDate();
  }

  /**
   * The ISO-8601 text: {@code 2026-04-10} for precision {@link Precision#DAY}, otherwise the offset
   * date-time such as {@code 2026-04-10T07:15:00+03:00} (seconds always shown).
   */
  public String toIsoString() {
    if (precision == Precision.DAY) return date().toString();
    if (dateTime.getNano() != 0) return dateTime.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    return dateTime.format(ISO_SECONDS);
  }

  private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  @Override
  public String toString() {
    return toIsoString();
  }
}
