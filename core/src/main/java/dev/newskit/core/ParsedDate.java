package dev.newskit.core;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A date read from text: the date-time with the offset the text meant, how precise the text was, the
 * zone when the text named one or the caller's context gave one, and whether there is an offset at all.
 *
 * <p>A text that gives only a day ({@code 10/4/2026}) yields precision {@link Precision#DAY} and a
 * date-time at the start of that day, so callers can tell it from a real midnight.
 *
 * <p>A wall-clock time printed without an offset, read where the context names no zone, has no offset:
 * {@link #offsetKnown()} is {@code false}, {@link #zone()} is empty, {@link #dateTime()} carries the local
 * date-time at a placeholder offset of UTC that stands for nothing, and {@link #toIsoString()} prints the
 * local form ({@code 2019-10-16T10:30:00}). Only {@link #localDateTime()} and {@link #date()} mean
 * something then; compare such dates with each other, not with instants.
 *
 * @param dateTime the date-time with its offset (a placeholder of UTC when {@code offsetKnown} is false)
 * @param precision what the text actually gave
 * @param zone the zone the offset was taken from, when one applies
 * @param offsetKnown whether the offset came from the text or from a zone (printed or the context's)
 */
public record ParsedDate(OffsetDateTime dateTime, Precision precision, Optional<ZoneId> zone, boolean offsetKnown) {

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
    if (!offsetKnown) {
      if (zone.isPresent()) throw new IllegalArgumentException("ParsedDate: a zone without an offset: " + zone.get());
      dateTime = dateTime.toLocalDateTime().atOffset(ZoneOffset.UTC);
    }
    if (precision == Precision.MINUTE) dateTime = dateTime.truncatedTo(ChronoUnit.MINUTES);
    if (precision == Precision.DAY) dateTime = dateTime.truncatedTo(ChronoUnit.DAYS);
  }

  /**
   * A date whose offset is known: from the text, from a zone it printed, or from the context's zone.
   * This was the canonical constructor before {@link #offsetKnown()} existed.
   */
  public ParsedDate(OffsetDateTime dateTime, Precision precision, Optional<ZoneId> zone) {
    this(dateTime, precision, zone, true);
  }

  /** A date printed without an offset and read where no zone applies: a day, or a wall-clock time. */
  public static ParsedDate local(LocalDateTime local, Precision precision) {
    Checks.notNull(local, "ParsedDate.local");
    return new ParsedDate(local.atOffset(ZoneOffset.UTC), precision, Optional.empty(), false);
  }

  /** The date and wall-clock time as printed, without any offset. */
  public LocalDateTime localDateTime() {
    return dateTime.toLocalDateTime();
  }

  /** The calendar day of the date-time, in its own offset. */
  public LocalDate date() {
    return dateTime.toLocalDate();
  }

  /**
   * The ISO-8601 text: {@code 2026-04-10} for precision {@link Precision#DAY}, otherwise the offset
   * date-time such as {@code 2026-04-10T07:15:00+03:00} (seconds always shown), or the local one such as
   * {@code 2026-04-10T07:15:00} when the offset is not known.
   */
  public String toIsoString() {
    if (precision == Precision.DAY) return date().toString();
    if (!offsetKnown) {
      return dateTime.getNano() != 0 ? localDateTime().toString() : localDateTime().format(LOCAL_SECONDS);
    }
    if (dateTime.getNano() != 0) return dateTime.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    return dateTime.format(ISO_SECONDS);
  }

  private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
  private static final DateTimeFormatter LOCAL_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  @Override
  public String toString() {
    return toIsoString();
  }
}
