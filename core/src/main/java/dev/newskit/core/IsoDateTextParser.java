package dev.newskit.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads ISO-8601 dates and date-times (with {@code T} or a space, with or without offset) and
 * RFC 1123 dates as found in HTTP headers and feeds. Local dates and date-times are read in the
 * context's zone; without one they stay local ({@link ParsedDate#offsetKnown()} false). Nothing else is
 * accepted.
 */
final class IsoDateTextParser implements DateTextParser {
  static final IsoDateTextParser INSTANCE = new IsoDateTextParser();

  /** ISO date-time with optional seconds, fraction and offset; offsets as {@code +03:00}, {@code +0300} or {@code Z}. */
  private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart()
      .appendLiteral('T')
      .optionalEnd()
      .optionalStart()
      .appendLiteral(' ')
      .optionalEnd()
      .appendValue(ChronoField.HOUR_OF_DAY, 2)
      .appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .optionalStart()
      .appendLiteral(':')
      .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
      .optionalStart()
      .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
      .optionalEnd()
      .optionalEnd()
      .optionalStart()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .appendOffset("+HH:MM", "Z")
      .optionalEnd()
      .optionalStart()
      .appendOffset("+HHMM", "Z")
      .optionalEnd()
      .optionalStart()
      .appendLiteral('[')
      .appendZoneRegionId()
      .appendLiteral(']')
      .optionalEnd()
      .toFormatter(Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT)
      .withChronology(java.time.chrono.IsoChronology.INSTANCE);

  private static final java.util.regex.Pattern WITH_SECONDS =
      java.util.regex.Pattern.compile("[T ]\\d{2}:\\d{2}:\\d{2}");

  private IsoDateTextParser() {}

  @Override
  public ParsedDate parse(String text, DateContext context) {
    java.util.Objects.requireNonNull(text, "text");
    java.util.Objects.requireNonNull(context, "context");
    if (text.isBlank()) throw new DateParseException(text, 0, "empty text");
    String s = text.strip();
    int lead = text.indexOf(s.charAt(0));
    try {
      if (s.length() == 10) {
        LocalDate date = LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
        if (context.zone().isEmpty()) return ParsedDate.local(date.atStartOfDay(), ParsedDate.Precision.DAY);
        ZoneId zone = context.zone().get();
        return new ParsedDate(date.atStartOfDay(zone).toOffsetDateTime(), ParsedDate.Precision.DAY,
            Optional.of(zone));
      }
      if (Character.isDigit(s.charAt(0))) return parseIso(s, context);
      ZonedDateTime rfc = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
      return new ParsedDate(rfc.toOffsetDateTime(), ParsedDate.Precision.SECOND, Optional.empty());
    } catch (DateTimeParseException e) {
      throw new DateParseException(text, lead + e.getErrorIndex(), "not an ISO-8601 or RFC 1123 date");
    } catch (DateTimeException e) {
      throw new DateParseException(text, lead, "not a real date: " + e.getMessage());
    }
  }

  /**
   * Like the interface's default, which reads the whole stripped text with {@link #parse}, but a text that
   * cannot be read is refused before any exception is made: most texts a page's date search hands every
   * parser are no ISO or RFC 1123 date, and two exceptions' stack traces cost more than the parse.
   */
  @Override
  public java.util.List<FoundDate> find(String text, DateContext context) {
    String s = java.util.Objects.requireNonNull(text, "text").strip();
    java.util.Objects.requireNonNull(context, "context");
    if (s.isEmpty() || !parses(s, context)) return java.util.List.of();
    return DateTextParser.super.find(text, context);
  }

  /**
   * Whether the formatter {@link #parse} would use on the stripped text {@code s} reads all of it: where it does
   * not, its {@code parse} throws. ({@code parseUnresolved} is the same parse without the resolving step.)
   */
  private static boolean parses(String s, DateContext context) {
    if (s.length() != 10 && parseCommon(s, context) != null) return true;
    DateTimeFormatter formatter = s.length() == 10 ? DateTimeFormatter.ISO_LOCAL_DATE
        : Character.isDigit(s.charAt(0)) ? ISO : DateTimeFormatter.RFC_1123_DATE_TIME;
    java.text.ParsePosition at = new java.text.ParsePosition(0);
    return formatter.parseUnresolved(s, at) != null && at.getIndex() == s.length();
  }

  private static ParsedDate parseIso(String s, DateContext context) {
    ParsedDate common = parseCommon(s, context);
    if (common != null) return common;
    var parsed = ISO.parse(s);
    LocalDateTime local = LocalDateTime.of(
        LocalDate.from(parsed),
        java.time.LocalTime.of(parsed.get(ChronoField.HOUR_OF_DAY), parsed.get(ChronoField.MINUTE_OF_HOUR),
            parsed.isSupported(ChronoField.SECOND_OF_MINUTE) ? parsed.get(ChronoField.SECOND_OF_MINUTE) : 0,
            parsed.isSupported(ChronoField.NANO_OF_SECOND) ? parsed.get(ChronoField.NANO_OF_SECOND) : 0));
    ParsedDate.Precision precision = WITH_SECONDS.matcher(s).find()
        ? ParsedDate.Precision.SECOND : ParsedDate.Precision.MINUTE;
    Optional<ZoneId> region = Optional.ofNullable(parsed.query(java.time.temporal.TemporalQueries.zoneId()))
        .filter(z -> !(z instanceof ZoneOffset));
    if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
      ZoneOffset offset = ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS));
      return new ParsedDate(OffsetDateTime.of(local, offset), precision, region);
    }
    Optional<ZoneId> zone = region.or(context::zone);
    if (zone.isEmpty()) return ParsedDate.local(local, precision);
    return new ParsedDate(local.atZone(zone.get()).toOffsetDateTime(), precision, zone);
  }

  /**
   * {@code s} read without the formatter when it has the form pages declare most: {@code 2023-11-08T10:46:00+01:00}, a
   * {@code T} or a space before the time, seconds and a fraction of up to nine digits optional, then {@code Z},
   * {@code +01:00}, {@code +0100} or nothing, every field in range. Null for any other text, which
   * {@link #parseIso} leaves to the formatter to read or refuse: what this reads, the formatter reads the same.
   */
  private static ParsedDate parseCommon(String s, DateContext context) {
    int n = s.length();
    if (n < 16 || !digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 2) || s.charAt(7) != '-' || !digits(s, 8, 2)
        || (s.charAt(10) != 'T' && s.charAt(10) != ' ') || !digits(s, 11, 2) || s.charAt(13) != ':' || !digits(s, 14, 2)) {
      return null;
    }
    int i = 16;
    int second = 0;
    int nano = 0;
    boolean seconds = i < n && s.charAt(i) == ':';
    if (seconds) {
      if (i + 3 > n || !digits(s, i + 1, 2)) return null;
      second = number(s, i + 1, 2);
      i += 3;
      if (i < n && s.charAt(i) == '.') {
        int start = ++i;
        while (i < n && i - start < 9 && isAsciiDigit(s.charAt(i))) i++;
        if (i == start || i < n && isAsciiDigit(s.charAt(i))) return null;
        nano = number(s, start, i - start);
        for (int k = i - start; k < 9; k++) nano *= 10;
      }
    }
    ZoneOffset offset = null;
    if (i < n) {
      char sign = s.charAt(i);
      int hours;
      int minutes;
      if (sign == 'Z' && i + 1 == n) {
        hours = 0;
        minutes = 0;
      } else if ((sign == '+' || sign == '-') && n - i == 6 && digits(s, i + 1, 2) && s.charAt(i + 3) == ':'
          && digits(s, i + 4, 2)) {
        hours = number(s, i + 1, 2);
        minutes = number(s, i + 4, 2);
      } else if ((sign == '+' || sign == '-') && n - i == 5 && digits(s, i + 1, 4)) {
        hours = number(s, i + 1, 2);
        minutes = number(s, i + 3, 2);
      } else {
        return null;
      }
      if (hours > 18 || minutes > 59 || hours == 18 && minutes > 0) return null;
      int total = (hours * 3600 + minutes * 60) * (sign == '-' ? -1 : 1);
      offset = ZoneOffset.ofTotalSeconds(total);
    }
    int hour = number(s, 11, 2);
    int minute = number(s, 14, 2);
    int month = number(s, 5, 2);
    int day = number(s, 8, 2);
    if (hour > 23 || minute > 59 || second > 59 || month < 1 || month > 12 || day < 1 || day > 31) return null;
    LocalDate date;
    try {
      date = LocalDate.of(number(s, 0, 4), month, day);
    } catch (DateTimeException e) {
      return null;
    }
    LocalDateTime local = LocalDateTime.of(date, java.time.LocalTime.of(hour, minute, second, nano));
    ParsedDate.Precision precision = seconds ? ParsedDate.Precision.SECOND : ParsedDate.Precision.MINUTE;
    if (offset != null) return new ParsedDate(OffsetDateTime.of(local, offset), precision, Optional.empty());
    Optional<ZoneId> zone = context.zone();
    if (zone.isEmpty()) return ParsedDate.local(local, precision);
    return new ParsedDate(local.atZone(zone.get()).toOffsetDateTime(), precision, zone);
  }

  private static boolean digits(String s, int from, int count) {
    if (from + count > s.length()) return false;
    for (int i = from; i < from + count; i++) if (!isAsciiDigit(s.charAt(i))) return false;
    return true;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The number the ASCII digits {@code s[from, from + count)} spell. */
  private static int number(String s, int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) n = n * 10 + (s.charAt(i) - '0');
    return n;
  }

  @Override
  public String toString() {
    return "IsoDateTextParser";
  }
}
