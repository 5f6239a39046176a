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
    if (text == null || text.isBlank()) throw new DateParseException(text, 0, "empty text");
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
    String s = Checks.notNull(text, "text").strip();
    if (s.isEmpty() || !parses(s)) return java.util.List.of();
    return DateTextParser.super.find(text, context);
  }

  /**
   * Whether the formatter {@link #parse} would use on the stripped text {@code s} reads all of it: where it does
   * not, its {@code parse} throws. ({@code parseUnresolved} is the same parse without the resolving step.)
   */
  private static boolean parses(String s) {
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
   * What {@link #parseIso} reads from the form nearly every page declares, {@code 2023-11-08T10:46:00.123+01:00} (seconds,
   * fraction and offset optional, the offset as {@code Z} or {@code +hh:mm}), read without the formatter; null for any
   * other text, and for a value out of range, which the formatter then reads or refuses as it always did.
   */
  private static ParsedDate parseCommon(String s, DateContext context) {
    int n = s.length();
    if (n < 16 || !digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 2) || s.charAt(7) != '-' || !digits(s, 8, 2)
        || s.charAt(10) != 'T' || !digits(s, 11, 2) || s.charAt(13) != ':' || !digits(s, 14, 2)) return null;
    int at = 16;
    int second = 0;
    int nano = 0;
    boolean seconds = false;
    if (at < n && s.charAt(at) == ':') {
      if (at + 3 > n || !digits(s, at + 1, 2)) return null;
      second = number(s, at + 1, 2);
      seconds = true;
      at += 3;
      if (at < n && s.charAt(at) == '.') {
        int end = at + 1;
        while (end < n && end - at <= 9 && isDigit(s.charAt(end))) end++;
        int length = end - at - 1;
        if (length == 0 || length > 9 || end < n && isDigit(s.charAt(end))) return null;
        nano = number(s, at + 1, length);
        for (int k = length; k < 9; k++) nano *= 10;
        at = end;
      }
    }
    ZoneOffset offset = null;
    if (at < n) {
      char c = s.charAt(at);
      if (c == 'Z' && at + 1 == n) {
        offset = ZoneOffset.UTC;
      } else if ((c == '+' || c == '-') && at + 6 == n && digits(s, at + 1, 2) && s.charAt(at + 3) == ':' && digits(s, at + 4, 2)) {
        int hours = number(s, at + 1, 2);
        int minutes = number(s, at + 4, 2);
        if (hours > 18 || minutes > 59) return null;
        int total = hours * 3600 + minutes * 60;
        if (total > 18 * 3600) return null;
        offset = ZoneOffset.ofTotalSeconds(c == '-' ? -total : total);
      } else {
        return null;
      }
    }
    int hour = number(s, 11, 2);
    int minute = number(s, 14, 2);
    if (hour > 23 || minute > 59 || second > 59) return null;
    LocalDate date;
    try {
      date = LocalDate.of(number(s, 0, 4), number(s, 5, 2), number(s, 8, 2));
    } catch (DateTimeException notARealDay) {
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
    for (int i = from; i < from + count; i++) if (!isDigit(s.charAt(i))) return false;
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int number(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) v = v * 10 + (s.charAt(i) - '0');
    return v;
  }

  @Override
  public String toString() {
    return "IsoDateTextParser";
  }
}
