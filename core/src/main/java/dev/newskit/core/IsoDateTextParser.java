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

  @Override
  public String toString() {
    return "IsoDateTextParser";
  }
}
