package dev.newskit.html;

import dev.newskit.core.DateContext;
import dev.newskit.core.DateParseException;
import dev.newskit.core.DateTextParser;
import dev.newskit.core.FoundDate;
import dev.newskit.core.PageDateTime;
import dev.newskit.core.ParsedDate;
import dev.newskit.html.internal.Texts;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The reader of a page's date texts: reads them with the extractor's {@link DateTextParser} (i18n's
 * {@code DateReader}, another class, reads one text's tokens inside a parser). Relative dates ("16 hours
 * ago") count from the reference instant; without one, a text whose date depends on the reference is
 * left out rather than read against the time of processing.
 *
 * <p>A local time without an offset is read in the page's zone only when there is evidence of one (a
 * page language that belongs to one zone, Hebrew text); otherwise it is read in {@link #UNSTATED}, so that
 * it still compares with other dates of the page, and its {@link ParsedDate#zone()} says so: the article
 * then gets the wall-clock time without an offset (see {@link #pageTime}), and no offset or zone is invented.
 */
final class PageDates {
  // Without a reference a text is read against two instants that differ in year, day and time of day:
  // a date that comes out the same from both does not depend on "now".
  private static final Instant PROBE_A = Instant.parse("2001-02-03T04:05:06Z");
  private static final Instant PROBE_B = Instant.parse("2013-08-21T17:31:42Z");
  /**
   * The one zone Hebrew text implies: Israel's. The same zone as i18n's {@code JerusalemTime.ZONE}, written again
   * because html must not depend on i18n (the build's enforcer keeps it so): change both together.
   */
  static final ZoneId HEBREW_ZONE = ZoneId.of("Asia/Jerusalem");
  /**
   * The zone of a date whose text gave no offset and whose page gives no evidence of one: UTC's rules under
   * the region id {@code UTC}, which is not {@link ZoneOffset#UTC}, so a printed {@code Z} stays told apart.
   */
  static final ZoneId UNSTATED = ZoneId.of("UTC");

  /**
   * The date as precisely as the page gave it: a day for a day, a wall-clock time for a time read in
   * {@link #UNSTATED}, otherwise the date-time with its offset.
   */
  static PageDateTime pageTime(ParsedDate d) {
    if (d.precision() == ParsedDate.Precision.DAY) return PageDateTime.of(d.date());
    if (!d.offsetKnown() || d.zone().filter(UNSTATED::equals).isPresent()) return PageDateTime.of(d.localDateTime());
    return PageDateTime.of(d.dateTime());
  }

  private final DateTextParser parser;
  private final Optional<Instant> reference;
  private final int maxChars;
  private final Optional<ZoneId> zone;
  private final Optional<Locale> language;
  /**
   * What {@link #find} returned for each text, in a reader made {@linkplain #forPage for one page} (null in others,
   * which threads may share): a header line and the date element it comes from are often the same text.
   */
  private final @Nullable Map<String, List<FoundDate>> found;
  /**
   * What {@link #readDeclared} returned for each text, in a reader made for one page (null in others): a page
   * declares its date in several layers (JSON-LD, {@code meta}, {@code <time datetime>}), often as the same text.
   */
  private final @Nullable Map<String, Optional<ParsedDate>> declared;
  /** The contexts texts are read in, built once: for a text without Hebrew letters and for one with them. */
  private final DateContext plainContext;
  private final DateContext hebrewContext;

  /** A reader counting relative dates from {@code reference}, or leaving them out when it is empty. */
  PageDates(DateTextParser parser, Optional<Instant> reference, int maxChars) {
    this(parser, reference, maxChars, Optional.empty(), Optional.empty());
  }

  private PageDates(DateTextParser parser, Optional<Instant> reference, int maxChars, Optional<ZoneId> zone,
      Optional<Locale> language) {
    this.parser = parser;
    this.reference = reference;
    this.maxChars = maxChars;
    this.zone = zone;
    this.language = language;
    this.found = null;
    this.declared = null;
    this.plainContext = context(false);
    this.hebrewContext = context(true);
  }

  private PageDates(PageDates reader, Optional<ZoneId> zone, Optional<Locale> language) {
    this.parser = reader.parser;
    this.reference = reader.reference;
    this.maxChars = reader.maxChars;
    this.zone = zone;
    this.language = language;
    this.found = new HashMap<>();
    this.declared = new HashMap<>();
    this.plainContext = context(false);
    this.hebrewContext = context(true);
  }

  /**
   * This reader for a page in {@code language}: local times are read in the language's one zone when it
   * has one (Hebrew: Asia/Jerusalem), and printed dates use its month names and day-month order.
   */
  PageDates forPage(Optional<Locale> language) {
    Optional<ZoneId> evidence = language.filter(l -> l.getLanguage().equals("he") || l.getLanguage().equals("iw"))
        .map(l -> HEBREW_ZONE);
    return new PageDates(this, evidence, language);
  }

  /** The zone local times are read in, when the page gives evidence of one. */
  Optional<ZoneId> zone() {
    return zone;
  }

  /** The date in {@code text}, or empty when there is none, it is not a real date, or it needs a missing reference. */
  Optional<ParsedDate> read(@Nullable String text) {
    if (text == null) return Optional.empty();
    String t = Texts.normalise(text);
    if (t.isEmpty() || t.length() > maxChars) return Optional.empty();
    if (!hasHebrew(t) && !hasArabicScript(t) && (!Character.isDigit(t.charAt(0)) || t.indexOf('/') > 0)) {
      // Month names and day-month order of the page's language; the installed parsers read numeric
      // dates the Hebrew way (day first), which is wrong for "11/8/2023" on an American page. Arabic-script
      // text goes to the installed parsers: CLDR's month names miss its am and pm ("05:09 م") and its digits.
      List<FoundDate> printed = PrintedDates.find(t, language, zone.or(() -> Optional.of(UNSTATED)));
      if (printed.size() == 1 && printed.get(0).end() - printed.get(0).start() >= t.length() * 0.6) {
        return Optional.of(withoutFallbackZone(printed.get(0).date()));
      }
    }
    DateContext context = context(t);
    Optional<ParsedDate> date = parse(t, context);
    if (date.isPresent() && ambiguousIsraelTime(t, date.get())) return Optional.empty();
    date = date.filter(PageDates::plausibleYear);
    if (reference.isPresent()) {
      Optional<ParsedDate> exact = date.map(d -> exactOrAsRead(withoutFallbackZone(d), t, context));
      // A date counted from the reference that lies after it ("Today 18:00" read at 09:00) is none the page printed.
      boolean future = exact.isPresent() && afterReference(exact.get(), reference.get())
          && !Objects.equals(date, parse(t, context.withReference(PROBE_B)));
      return future ? Optional.empty() : exact;
    }
    if (date.isEmpty()) return date;
    Optional<ParsedDate> probe = parse(t, context.withReference(PROBE_B));
    return Objects.equals(date, probe) ? date.map(this::withoutFallbackZone) : Optional.empty();
  }


  /**
   * The part of a byline {@code text} that may name people, dates counted from the reference or not taken off: empty
   * when the text is one date and nothing else ("il y a 2 heures"), the text before a date counted from the reference
   * that follows the names ("Mario Rossi, vor einer Stunde" gives "Mario Rossi,"), else the whole text (normalised).
   */
  String namesPart(@Nullable String text) {
    if (text == null) return "";
    String t = Texts.normalise(text);
    if (t.isEmpty() || t.length() > maxChars) return t;
    DateContext c = context(t);
    if (parse(t, c).isPresent()) return "";
    int start = t.length();
    // only a date counted from the reference: Authors.withoutDate takes a printed date off with its joiners ("on", "Published")
    for (FoundDate f : findWith(t, c)) if (f.start() > 0 && countsFromReference(t, f)) start = Math.min(start, f.start());
    return start == t.length() ? t : Authors.beforeDate(t.substring(0, start));
  }

  private static final Pattern UNIX_TIME = Pattern.compile("\\d{10}|\\d{13}");
  private static final Pattern BASIC_ISO = Pattern.compile(
      "(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})?(Z|[+-]\\d{2}:?\\d{2})?");
  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?");
  private static final Instant EARLIEST_UNIX = Instant.parse("1995-01-01T00:00:00Z");
  private static final Instant LATEST_UNIX = Instant.parse("2100-01-01T00:00:00Z");

  /**
   * A date a page declares for machines (JSON-LD, {@code meta}, {@code datetime}): what {@link #read} reads,
   * and also Unix seconds or milliseconds ({@code 1529387400}, an instant, printed in UTC), the basic ISO
   * form ({@code 20180619T055000+0900}), and the day of an ISO value broken after its day
   * ({@code 2022-01-10T22:06:08:684Z} is 10 January; its time is not trusted, so only the day is kept).
   */
  Optional<ParsedDate> readDeclared(@Nullable String text) {
    if (text == null) return Optional.empty();
    return cached(declared, text, this::readDeclaredUncached);
  }

  private Optional<ParsedDate> readDeclaredUncached(String text) {
    String t = text.strip();
    // The limit holds for every form: a text too long to be a date is not read as one, not even its day.
    if (t.isEmpty() || t.length() > maxChars) return Optional.empty();
    if (UNIX_TIME.matcher(t).matches()) {
      long n = Long.parseLong(t);
      Instant at = t.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
      if (at.isBefore(EARLIEST_UNIX) || at.isAfter(LATEST_UNIX)) return Optional.empty();
      return Optional.of(new ParsedDate(at.atOffset(ZoneOffset.UTC), ParsedDate.Precision.SECOND, Optional.empty()));
    }
    Matcher basic = BASIC_ISO.matcher(t);
    if (basic.matches()) {
      String offset = basic.group(7) == null ? "" : basic.group(7).length() == 5
          ? basic.group(7).substring(0, 3) + ":" + basic.group(7).substring(3) : basic.group(7);
      t = basic.group(1) + "-" + basic.group(2) + "-" + basic.group(3) + "T" + basic.group(4) + ":" + basic.group(5)
          + (basic.group(6) == null ? "" : ":" + basic.group(6)) + offset;
    }
    Optional<ParsedDate> read = read(t);
    if (read.isPresent()) return read;
    Matcher day = ISO_DAY.matcher(t);
    if (!day.matches()) return Optional.empty();
    try {
      LocalDate d = LocalDate.parse(day.group(1));
      return Optional.of(new ParsedDate(d.atStartOfDay().atOffset(ZoneOffset.UTC), ParsedDate.Precision.DAY, Optional.empty()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The dates printed inside {@code text} (a byline, a dateline, a label), in text order: those the
   * installed parsers find (Hebrew with {@code newskit-i18n}) and those written with the month names of
   * the JDK's CLDR data ({@link PrintedDates}). Dates that depend on a missing reference are left out.
   */
  List<FoundDate> find(@Nullable String text) {
    if (text == null) return List.of();
    return cached(found, text, this::findUncached);
  }

  /**
   * What {@code compute} gives for {@code text}, kept in {@code cache} when there is one. Neither function given
   * here reads or writes a cache, so computing inside {@code computeIfAbsent} is safe.
   */
  private static <V> V cached(@Nullable Map<String, V> cache, String text, Function<String, V> compute) {
    return cache == null ? compute.apply(text) : cache.computeIfAbsent(text, compute);
  }

  /**
   * Whether {@code found}, a date {@link #find} found in {@code text}, counts from the reference instant: a time
   * alone, "yesterday", "2 hours ago", a day without its year. Read again at two instants that differ in year, day
   * and time of day, such a date comes out differently.
   */
  boolean countsFromReference(String text, FoundDate found) {
    String span = text.substring(found.start(), found.end());
    DateContext context = context(span);
    for (Instant probe : List.of(PROBE_A, PROBE_B)) {
      DateContext at = context.withReference(probe);
      if (findWith(span, at).stream().noneMatch(g -> exactOrAsRead(withoutFallbackZone(g.date()), span, at)
          .equals(found.date()))) return true;
    }
    return false;
  }

  /**
   * Whether {@code d} lies after the reference instant: an exact date after it, or a wall-clock time after it in every
   * zone there is (UTC+14 is the earliest).
   */
  private static boolean afterReference(ParsedDate d, Instant reference) {
    if (d.offsetKnown() && d.zone().filter(UNSTATED::equals).isEmpty()) return d.dateTime().toInstant().isAfter(reference);
    return d.localDateTime().minusHours(14).toInstant(ZoneOffset.UTC).isAfter(reference);
  }

  private List<FoundDate> findUncached(String text) {
    String t = text.length() > maxChars * 8 ? text.substring(0, maxChars * 8) : text;
    DateContext context = context(t);
    List<FoundDate> kept = new ArrayList<>();
    for (FoundDate f : findWith(t, context)) {
      if (reference.isEmpty()) {
        boolean stable = findWith(t.substring(f.start(), f.end()), context.withReference(PROBE_B)).stream()
            .anyMatch(g -> g.date().equals(f.date()));
        if (!stable) continue;
      }
      if (!plausibleYear(f.date())) continue;
      ParsedDate d = exactOrAsRead(withoutFallbackZone(f.date()), t.substring(f.start(), f.end()), context);
      FoundDate read = new FoundDate(d, f.start(), f.end());
      // "Today 18:00" read at 09:00 is a time the page cannot have printed yet: not today's, but which day's is not said.
      if (reference.isPresent() && afterReference(d, reference.get()) && countsFromReference(t, read)) continue;
      kept.add(read);
    }
    return List.copyOf(kept);
  }

  /**
   * The dates {@link PrintedDates} and the installed parsers find in {@code text}; where two overlap, a date written in
   * Arabic script is the installed parsers' reading (CLDR's month names miss its am and pm words and its digits:
   * {@code 05:09 م} is 17:09), and any other date is {@link PrintedDates}', which reads numeric dates in the page's
   * language's order ("11/8/2023" on an American page) where the parsers read them day first.
   */
  private List<FoundDate> findWith(String text, DateContext context) {
    List<FoundDate> printed = PrintedDates.find(text, language, context.zone());
    List<FoundDate> parsed = parser.find(text, context);
    List<FoundDate> found = new ArrayList<>();
    if (hasArabicScript(text)) {
      for (FoundDate f : parsed) if (hasArabicScript(text.substring(f.start(), f.end()))) found.add(f);
    }
    for (FoundDate f : printed) if (!overlapsAny(found, f)) found.add(f);
    for (FoundDate f : parsed) if (!overlapsAny(found, f)) found.add(f);
    found.sort(Comparator.comparingInt(FoundDate::start));
    return found;
  }

  private static boolean overlapsAny(List<FoundDate> found, FoundDate f) {
    for (FoundDate k : found) if (f.start() < k.end() && k.start() < f.end()) return true;
    return false;
  }

  /** The context {@code text} is read in, at the reference instant or, without one, at the first probe. */
  private DateContext context(String text) {
    return hasHebrew(text) ? hebrewContext : plainContext;
  }

  private DateContext context(boolean hebrew) {
    ZoneId z = zone.orElse(hebrew ? HEBREW_ZONE : UNSTATED);
    DateContext c = DateContext.of(Clock.fixed(reference.orElse(PROBE_A), ZoneOffset.UTC)).withZone(z);
    return language.map(l -> c.withLocales(List.of(l))).orElse(c);
  }

  /** A fixed offset no page's {@link #UNSTATED} reading shares, to tell whether a reading depends on the zone. */
  private static final ZoneOffset OTHER_ZONE = ZoneOffset.ofHoursMinutes(5, 30);

  /**
   * {@code d}, read from {@code text} in {@link #UNSTATED}, as the instant it is when that instant does not depend
   * on the zone: "16 hours ago" counted from the reference instant is one instant wherever it is read, so it keeps
   * its offset (UTC) instead of becoming a wall-clock time; "today at 10:00" or a printed time stay as read.
   */
  private ParsedDate exactOrAsRead(ParsedDate d, String text, DateContext context) {
    if (reference.isEmpty() || d.precision() == ParsedDate.Precision.DAY
        || d.zone().filter(UNSTATED::equals).isEmpty()) {
      return d;
    }
    Optional<ParsedDate> elsewhere = parse(text, context.withZone(OTHER_ZONE));
    if (elsewhere.isEmpty() || !elsewhere.get().dateTime().isEqual(d.dateTime())) return d;
    return new ParsedDate(d.dateTime().withOffsetSameInstant(ZoneOffset.UTC), d.precision(), Optional.empty());
  }

  /** Whether a printed date's year can be a page's: "3. April 20223" (two dates run together) is not. */
  private static boolean plausibleYear(ParsedDate d) {
    int year = d.date().getYear();
    return year >= 1900 && year <= 2100;
  }

  /** A zone the reader assumed for want of evidence (UTC) is not the page's: it is dropped from the date. */
  private ParsedDate withoutFallbackZone(ParsedDate d) {
    if (d.zone().isPresent() && d.zone().get().equals(ZoneOffset.UTC)) {
      return new ParsedDate(d.dateTime(), d.precision(), Optional.empty());
    }
    return d;
  }

  /**
   * Whether a date read as Israel's time rests only on "IST", which outside a Hebrew page is as likely
   * India's or Ireland's Standard Time: the offset cannot be told, so the text is not read.
   */
  private boolean ambiguousIsraelTime(String text, ParsedDate date) {
    return zone.isEmpty() && date.zone().filter(HEBREW_ZONE::equals).isPresent() && !hasHebrew(text)
        && IST.matcher(text).find();
  }

  private static final Pattern IST = Pattern.compile("\\bIST\\b");

  /** Whether {@code text} holds a letter or digit of the Arabic script (Arabic, Persian, Urdu). */
  private static boolean hasArabicScript(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0600' && c <= '\u06ff') return true;
    }
    return false;
  }

  private static boolean hasHebrew(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u05d0' && c <= '\u05ea') return true;
    }
    return false;
  }

  /**
   * Whether {@code text} prints the zone its date is in ({@code שעון ירושלים}, a region id): read where no zone
   * is assumed, the date still names one.
   */
  boolean printsZone(@Nullable String text) {
    if (text == null) return false;
    String t = Texts.normalise(text);
    if (t.isEmpty() || t.length() > maxChars) return false;
    DateContext unstated = DateContext.of(Clock.fixed(reference.orElse(PROBE_A), ZoneOffset.UTC)).withZone(UNSTATED);
    return parse(t, unstated).flatMap(ParsedDate::zone).filter(z -> !z.equals(UNSTATED)).isPresent();
  }

  private Optional<ParsedDate> parse(String text, DateContext context) {
    try {
      return Optional.of(parser.parse(text, context));
    } catch (DateParseException e) {
      return Optional.empty();
    }
  }
}
