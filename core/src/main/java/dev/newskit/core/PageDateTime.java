package dev.newskit.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * A date or date-time exactly as precise as a page gave it: a day, a local date-time without an
 * offset, or a date-time with its offset.
 *
 * <p>A page that prints {@code 2019-10-16} gave a day, not midnight in some zone; a page that prints
 * {@code 2019-10-16T10:30:00} gave a wall-clock time whose offset it did not say. Keeping the three
 * apart means no value claims more than the page did. {@link #toString()} prints the ISO-8601 form of
 * each: {@code 2019-10-16}, {@code 2019-10-16T10:30} and {@code 2019-10-16T10:30:00+02:00}.
 *
 * <p>Immutable and thread-safe; equal when precision and every field given are equal.
 */
public final class PageDateTime {

  /** How much of a point in time the page gave. */
  public enum Precision {
    /** Only the calendar day. */
    DAY,
    /** A date and a wall-clock time, without an offset. */
    LOCAL,
    /** A date and time with its offset from UTC: a single instant. */
    OFFSET
  }

  private final LocalDate date;
  private final Optional<LocalTime> time;
  private final Optional<ZoneOffset> offset;

  private PageDateTime(LocalDate date, Optional<LocalTime> time, Optional<ZoneOffset> offset) {
    this.date = date;
    this.time = time;
    this.offset = offset;
  }

  /** A day without a time. */
  public static PageDateTime of(LocalDate day) {
    return new PageDateTime(Checks.notNull(day, "PageDateTime.day"), Optional.empty(), Optional.empty());
  }

  /** A wall-clock date-time whose offset the page did not give. */
  public static PageDateTime of(LocalDateTime local) {
    Checks.notNull(local, "PageDateTime.local");
    return new PageDateTime(local.toLocalDate(), Optional.of(local.toLocalTime()), Optional.empty());
  }

  /** A date-time with the offset the page gave (or that evidence on the page established). */
  public static PageDateTime of(OffsetDateTime dateTime) {
    Checks.notNull(dateTime, "PageDateTime.dateTime");
    return new PageDateTime(dateTime.toLocalDate(), Optional.of(dateTime.toLocalTime()), Optional.of(dateTime.getOffset()));
  }

  /**
   * The value a parsed date stands for: a day for {@link ParsedDate.Precision#DAY}, otherwise its date-time
   * with offset, or without one when the offset is not known.
   */
  public static PageDateTime of(ParsedDate parsed) {
    Checks.notNull(parsed, "PageDateTime.parsed");
    if (parsed.precision() == ParsedDate.Precision.DAY) return of(parsed.date());
    return parsed.offsetKnown() ? of(parsed.dateTime()) : of(parsed.localDateTime());
  }

  /**
   * Reads one of the three ISO-8601 forms {@link #toString()} prints ({@code 2019-10-16},
   * {@code 2019-10-16T10:30[:00[.000]]}, or either with {@code Z} or {@code ±hh:mm}).
   *
   * @throws DateTimeException naming the text when it is none of them
   */
  @JsonCreator
  public static PageDateTime parse(CharSequence text) {
    String s = Checks.notNull(text, "PageDateTime.text").toString().strip();
    try {
      if (s.indexOf('T') < 0) return of(LocalDate.parse(s));
      int t = s.indexOf('T');
      boolean hasOffset = s.endsWith("Z") || s.endsWith("z") || s.indexOf('+', t) > 0 || s.indexOf('-', t) > 0;
      return hasOffset ? of(OffsetDateTime.parse(s.toUpperCase(java.util.Locale.ROOT))) : of(LocalDateTime.parse(s));
    } catch (DateTimeException e) {
      throw new DateTimeException("Not an ISO-8601 date, local date-time or date-time with offset: '" + s + "'", e);
    }
  }

  /** How much the page gave. */
  public Precision precision() {
    if (time.isEmpty()) return Precision.DAY;
    return offset.isEmpty() ? Precision.LOCAL : Precision.OFFSET;
  }

  /** The calendar day, as printed (in the page's own offset where it gave one). */
  public LocalDate date() {
    return date;
  }

  /** The wall-clock time, when the page gave one. */
  public Optional<LocalTime> time() {
    return time;
  }

  /** The offset from UTC, when the page gave one. */
  public Optional<ZoneOffset> offset() {
    return offset;
  }

  /** The date and time without offset, when the page gave a time. */
  public Optional<LocalDateTime> localDateTime() {
    return time.map(date::atTime);
  }

  /** The date-time with its offset, when the page gave both a time and an offset. */
  public Optional<OffsetDateTime> offsetDateTime() {
    return offset.map(o -> date.atTime(time.orElseThrow()).atOffset(o));
  }

  /**
   * Whether this is certainly before {@code other}: by instant when both have offsets, by wall clock
   * when neither has, otherwise by calendar day with a day's margin either way (offsets span 26 hours).
   */
  public boolean isCertainlyBefore(PageDateTime other) {
    Checks.notNull(other, "PageDateTime.other");
    if (offset.isPresent() && other.offset.isPresent()) {
      return offsetDateTime().orElseThrow().toInstant().isBefore(other.offsetDateTime().orElseThrow().toInstant());
    }
    if (offset.isEmpty() && other.offset.isEmpty() && time.isPresent() && other.time.isPresent()) {
      return localDateTime().orElseThrow().isBefore(other.localDateTime().orElseThrow());
    }
    if (offset.isEmpty() && other.offset.isEmpty()) return date.isBefore(other.date);
    return date.plusDays(1).isBefore(other.date);
  }

  /** The ISO-8601 text at this precision: {@code 2019-10-16}, {@code 2019-10-16T10:30}, {@code 2019-10-16T10:30:00+02:00}. */
  @JsonValue
  @Override
  public String toString() {
    if (time.isEmpty()) return date.toString();
    if (offset.isEmpty()) return date.atTime(time.get()).toString();
    return offsetDateTime().orElseThrow().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PageDateTime p && date.equals(p.date) && time.equals(p.time) && offset.equals(p.offset);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, time, offset);
  }
}
