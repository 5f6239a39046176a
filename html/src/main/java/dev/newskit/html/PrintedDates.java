package dev.newskit.html;

import dev.newskit.core.FoundDate;
import dev.newskit.core.ParsedDate;
import dev.newskit.html.internal.Texts;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates a page prints in its text, in the many languages whose month names the JDK's CLDR data
 * holds: {@code 07.11.2023}, {@code 25. November 2021 16:11 Uhr}, {@code Updated 11/8/2023 10:46 PM},
 * {@code 2018/6/19 5:50}, {@code 9 de noviembre de 2023}, {@code November 9, 2023}, {@code 2020年07月03日}. Needs nothing beyond
 * the JDK, so {@code newskit-html} reads them alone.
 *
 * <p>Whether {@code 11/8/2023} is the 11th of August or the 8th of November is decided by a day over 12,
 * else by the page's language (month first only in US English), else day first, as most of the world
 * writes. A time without an offset printed beside it is a local time: it gets the offset of {@code zone}
 * (evidence from the page or the caller) when there is one, else UTC, and the result says so through
 * {@link ParsedDate#zone()}.
 */
final class PrintedDates {
  /** Combining marks, which month-name keys drop; first, because the month tables below are built with it. */
  /** Languages whose month names are read; the page's own language is read even when not listed. */
  private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs",
      "sk", "sv", "da", "nb", "fi", "ro", "hu", "hr", "sl", "tr", "ca", "id", "ru", "uk", "el", "et", "lv", "lt");

  private static final Map<String, Integer> COMMON_MONTHS = monthNames(LANGUAGES.stream().map(Locale::forLanguageTag).toList());
  private static final Map<String, Map<String, Integer>> BY_LANGUAGE = new ConcurrentHashMap<>();

  private static final String MONTH = "(?<month>\\p{L}{3,12}\\.?)";
  private static final String TIME = "(?:\\s*(?:,|-|–|—|\\||/|·|•|@|\\bat\\b|\\bum\\b|\\bà\\b|\\ba las\\b|\\balle\\b|\\bom\\b|"
      + "\\bkl\\.?|\\bo\\b|\\bgodz\\.?|\\bÀs\\b|\\bàs\\b|\\bás\\b|\\b[Tt]\\b)?\\s*"
      + "(?<h>[012]?\\d)[:h.](?<min>[0-5]\\d)(?::(?<s>[0-5]\\d))?(?!\\d)(?:\\s*(?<ampm>[AaPp]\\.?\\s?[Mm]\\.?)(?!\\p{L}))?"
      + "(?:\\s*(?:Uhr|h|hs|hrs|horas|heures|óra|val\\.?))?"
      + "(?:\\s*(?<offset>(?:GMT|UTC)\\s?[+−-]\\s?\\d{1,2}(?::?\\d{2})?|[+−-]\\d{2}:?\\d{2}|\\bUTC\\b|\\bGMT\\b|Z\\b|"
      + "\\b(?:EST|EDT|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|WET|WEST|CET|CEST|MEZ|MESZ|EET|EEST|SAST|HKT|SGT|AWST|JST|KST"
      + "|ACST|ACDT|AEST|AEDT|NZST|NZDT)\\b))?)?";

  private static final Pattern NUMERIC = Pattern.compile(
      "(?<![\\d./-])(?:(?<y1>(?:19|20)\\d{2})(?<s1>[-/.])(?<m1>\\d{1,2})\\k<s1>(?<d1>\\d{1,2})"
          + "|(?<a>\\d{1,2})(?<s2>[-/.])\\s?(?<b>\\d{1,2})\\k<s2>\\s?(?<y2>(?:19|20)\\d{2}|\\d{2}))(?![\\d/-]|\\.\\d)" + TIME);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?<![\\p{L}\\d])(?<day>\\d{1,2})(?:\\.|er|º|°|st|nd|rd|th)?\\s*(?:de\\s+|of\\s+)?" + MONTH
          + "(?:\\s*,?\\s*(?:de\\s+|del\\s+)?|\\s+)(?<year>(?:19|20)\\d{2})(?![\\d])" + TIME);
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?<![\\p{L}\\d])" + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,\\s*|\\s+)(?<year>(?:19|20)\\d{2})(?![\\d])" + TIME);

  /** Chinese, Japanese and Korean dates: {@code 2020年07月03日}, {@code 2020년 7월 3일}; year, month, day in that order. */
  private static final Pattern YEAR_MONTH_DAY_SIGNS = Pattern.compile(
      "(?<!\\d)(?<year>(?:19|20)\\d{2})\\s?[年년]\\s?(?<month>\\d{1,2})\\s?[月월]\\s?(?<day>\\d{1,2})\\s?[日일](?:\\s*\\([^)]{1,3}\\))?" + TIME);

  private PrintedDates() {}

  /**
   * The dates printed in {@code text}, in text order.
   *
   * @param language the page's language, when known: it decides day first or month first and adds its month names
   * @param zone the zone for times printed without an offset, when the page or caller gives evidence of one
   */
  static List<FoundDate> find(String text, Optional<Locale> language, Optional<ZoneId> zone) {
    // Every form below needs four ASCII digits at least (d/m/yy); a text with fewer is answered without a matcher.
    if (text.length() < 6 || !hasDigits(text, 4)) return List.of();
    List<FoundDate> out = new ArrayList<>();
    boolean monthFirst = language.map(PrintedDates::monthFirst).orElse(false);
    Map<String, Integer> months = language.map(PrintedDates::monthsFor).orElse(COMMON_MONTHS);
    collectNumeric(text, monthFirst, zone, out);
    collectNamed(DAY_MONTH_YEAR, PrintedDates::dayStart, text, months, zone, out);
    collectNamed(MONTH_DAY_YEAR, PrintedDates::monthStart, text, months, zone, out);
    if (text.indexOf('年') >= 0 || text.indexOf('년') >= 0) {
      Matcher cjk = YEAR_MONTH_DAY_SIGNS.matcher(text);
      while (cjk.find()) {
        add(text, cjk, Integer.parseInt(cjk.group("year")), Integer.parseInt(cjk.group("month")), Integer.parseInt(cjk.group("day")), zone, out);
      }
    }
    out.sort(Comparator.comparingInt(FoundDate::start));
    return out;
  }

  /** Whether {@code text} holds at least {@code n} ASCII digits, the only digits {@code \d} matches. */
  private static boolean hasDigits(String text, int n) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' && --n == 0) return true;
    }
    return false;
  }

  private static boolean monthFirst(Locale language) {
    return language.getLanguage().equals("en") && (language.getCountry().isEmpty() || language.getCountry().equals("US"));
  }

  private static Map<String, Integer> monthsFor(Locale language) {
    if (language.getLanguage().isEmpty()) return COMMON_MONTHS;
    return BY_LANGUAGE.computeIfAbsent(language.getLanguage(), l -> {
      Map<String, Integer> own = monthNames(List.of(Locale.forLanguageTag(l)));
      Map<String, Integer> all = new HashMap<>(COMMON_MONTHS);
      all.putAll(own); // the page's own language wins a name two languages read differently
      return Map.copyOf(all);
    });
  }

  /**
   * Where a match may start at or after {@code from}, or -1: a pattern's own next possible start, found by a scan of
   * characters, so that the pattern is tried only there ({@link #findFrom}) rather than at every position of the text.
   */
  private interface Starts {
    int next(String text, int from);
  }

  /**
   * Finds the next match of {@code m}'s pattern at or after {@code from}, as {@link Matcher#find(int)} would, trying
   * only the starts {@code starts} gives: each is matched in place, the text before it still seen by look-behinds.
   * {@code m} must use transparent bounds.
   */
  private static boolean findFrom(Matcher m, Starts starts, String text, int from) {
    for (int at = starts.next(text, from); at >= 0; at = starts.next(text, at + 1)) {
      if (m.region(at, text.length()).lookingAt()) return true;
    }
    return false;
  }

  /**
   * A digit that no ASCII digit, dot, slash or hyphen comes before: where {@link #NUMERIC} can start. (Its
   * look-behind forbids {@code \d} and {@code [./-]}; {@code \d} is ASCII.)
   */
  private static int numericStart(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (Texts.isAsciiDigit(text.charAt(i)) && (i == 0 || !Texts.isAsciiDigit(text.charAt(i - 1)) && ".-/".indexOf(text.charAt(i - 1)) < 0)) {
        return i;
      }
    }
    return -1;
  }

  /** A digit that no letter or ASCII digit comes before: where {@link #DAY_MONTH_YEAR}'s day can start. */
  private static int dayStart(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (Texts.isAsciiDigit(text.charAt(i)) && (i == 0 || !Texts.isAsciiDigit(text.charAt(i - 1)) && !Character.isLetter(text.codePointBefore(i)))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The start of a run of letters that whitespace and a digit follow (with a dot between them or not): where
   * {@link #MONTH_DAY_YEAR}'s month can start, the look-behind allowing no letter before it. Found from each digit
   * that whitespace comes before, walking back.
   */
  private static int monthStart(String text, int from) {
    for (int i = Math.max(from, 1); i < text.length(); i++) {
      if (!Texts.isAsciiDigit(text.charAt(i)) || !Texts.isRegexSpace(text.charAt(i - 1))) continue;
      int end = i - 1;
      while (end > 0 && Texts.isRegexSpace(text.charAt(end - 1))) end--;
      if (end > 0 && text.charAt(end - 1) == '.') end--;
      int start = end;
      while (start > 0 && Character.isLetter(text.codePointBefore(start))) start -= Character.charCount(text.codePointBefore(start));
      if (start < end && start >= from) return start;
    }
    return -1;
  }

  private static void collectNumeric(String text, boolean monthFirst, Optional<ZoneId> zone, List<FoundDate> out) {
    Matcher m = NUMERIC.matcher(text).useTransparentBounds(true);
    for (int from = 0; findFrom(m, PrintedDates::numericStart, text, from); ) {
      from = m.end();
      int year;
      int month;
      int day;
      if (m.group("y1") != null) {
        year = Integer.parseInt(m.group("y1"));
        month = Integer.parseInt(m.group("m1"));
        day = Integer.parseInt(m.group("d1"));
      } else {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        String y = m.group("y2");
        year = y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y);
        if (y.length() == 2 && m.group("s2").equals("-")) continue; // 12-05-21 is too often a code or a score
        boolean slash = m.group("s2").equals("/");
        boolean aIsMonth = a <= 12 && (b > 12 || (slash && monthFirst));
        month = aIsMonth ? a : b;
        day = aIsMonth ? b : a;
      }
      add(text, m, year, month, day, zone, out);
    }
  }

  private static void collectNamed(Pattern pattern, Starts starts, String text, Map<String, Integer> months,
      Optional<ZoneId> zone, List<FoundDate> out) {
    Matcher m = pattern.matcher(text).useTransparentBounds(true);
    for (int from = 0; findFrom(m, starts, text, from); ) {
      from = m.end();
      Integer month = months.get(key(m.group("month")));
      if (month == null) continue;
      add(text, m, Integer.parseInt(m.group("year")), month, Integer.parseInt(m.group("day")), zone, out);
    }
  }

  private static void add(String text, Matcher m, int year, int month, int day, Optional<ZoneId> zone, List<FoundDate> out) {
    for (FoundDate f : out) if (m.start() < f.end() && f.start() < m.end()) return;
    LocalDate date;
    try {
      date = LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return;
    }
    Optional<ParsedDate> parsed = withTime(date, m, zone);
    if (parsed.isEmpty()) {
      ZoneId z = zone.orElse(ZoneOffset.UTC);
      parsed = Optional.of(new ParsedDate(date.atStartOfDay(z).toOffsetDateTime(), ParsedDate.Precision.DAY, zone));
    }
    int end = m.group("h") == null ? dateEnd(m) : m.end();
    out.add(new FoundDate(parsed.get(), m.start(), end));
  }

  /** Where the date part of a match ends, without the optional time part that did not match. */
  private static int dateEnd(Matcher m) {
    String matched = m.group();
    int end = m.start() + matched.length();
    while (end > m.start() && Character.isWhitespace(m.group().charAt(end - m.start() - 1))) end--;
    return end;
  }

  private static Optional<ParsedDate> withTime(LocalDate date, Matcher m, Optional<ZoneId> zone) {
    if (m.group("h") == null) return Optional.empty();
    int h = Integer.parseInt(m.group("h"));
    int min = Integer.parseInt(m.group("min"));
    String ampm = m.group("ampm");
    if (ampm != null) {
      if (h < 1 || h > 12) return Optional.empty();
      boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
      h = h % 12 + (pm ? 12 : 0);
    }
    if (h > 23) return Optional.empty();
    int s = m.group("s") == null ? 0 : Integer.parseInt(m.group("s"));
    LocalTime time = LocalTime.of(h, min, s);
    ParsedDate.Precision precision = m.group("s") == null ? ParsedDate.Precision.MINUTE : ParsedDate.Precision.SECOND;
    String offset = m.group("offset");
    if (offset != null) {
      Optional<ZoneOffset> printed = offset(offset);
      if (printed.isEmpty()) return Optional.empty();
      return Optional.of(new ParsedDate(OffsetDateTime.of(date, time, printed.get()), precision, Optional.empty()));
    }
    ZoneId z = zone.orElse(ZoneOffset.UTC);
    return Optional.of(new ParsedDate(date.atTime(time).atZone(z).toOffsetDateTime(), precision, zone));
  }

  /**
   * The offsets of the zone abbreviations pages print after a time that name one offset only: North America's, Europe's
   * (MEZ/MESZ in German), Japan's, Korea's, Australia's, New Zealand's, South Africa's, Hong Kong's and Singapore's.
   * CST (US Central or China), IST (India, Israel or Ireland) and BST (British Summer or Bangladesh) name several and are
   * not read.
   */
  private static final Map<String, ZoneOffset> ZONE_ABBREVIATIONS = Map.ofEntries(
      Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
      Map.entry("CDT", ZoneOffset.ofHours(-5)),
      Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
      Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
      Map.entry("AKST", ZoneOffset.ofHours(-9)), Map.entry("AKDT", ZoneOffset.ofHours(-8)),
      Map.entry("HST", ZoneOffset.ofHours(-10)),
      Map.entry("WET", ZoneOffset.UTC), Map.entry("WEST", ZoneOffset.ofHours(1)),
      Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
      Map.entry("MEZ", ZoneOffset.ofHours(1)), Map.entry("MESZ", ZoneOffset.ofHours(2)),
      Map.entry("EET", ZoneOffset.ofHours(2)), Map.entry("EEST", ZoneOffset.ofHours(3)),
      Map.entry("SAST", ZoneOffset.ofHours(2)),
      Map.entry("HKT", ZoneOffset.ofHours(8)), Map.entry("SGT", ZoneOffset.ofHours(8)), Map.entry("AWST", ZoneOffset.ofHours(8)),
      Map.entry("JST", ZoneOffset.ofHours(9)), Map.entry("KST", ZoneOffset.ofHours(9)),
      Map.entry("ACST", ZoneOffset.ofHoursMinutes(9, 30)), Map.entry("ACDT", ZoneOffset.ofHoursMinutes(10, 30)),
      Map.entry("AEST", ZoneOffset.ofHours(10)), Map.entry("AEDT", ZoneOffset.ofHours(11)),
      Map.entry("NZST", ZoneOffset.ofHours(12)), Map.entry("NZDT", ZoneOffset.ofHours(13)));

  private static Optional<ZoneOffset> offset(String printed) {
    ZoneOffset named = ZONE_ABBREVIATIONS.get(printed);
    if (named != null) return Optional.of(named);
    String s = printed.replace("GMT", "").replace("UTC", "").replace('−', '-').replace(" ", "");
    if (s.isEmpty() || s.equals("Z")) return Optional.of(ZoneOffset.UTC);
    try {
      String digits = s.substring(1).replace(":", "");
      int hours = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
      int minutes = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
      int sign = s.charAt(0) == '-' ? -1 : 1;
      return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Month names, full and abbreviated, in format and stand-alone forms (Polish {@code listopada} and
   * {@code listopad}), lower-cased without accents or a final dot. A name that two languages give to
   * different months is left out.
   */
  private static Map<String, Integer> monthNames(List<Locale> locales) {
    Map<String, Integer> names = new HashMap<>();
    Set<String> clashes = new HashSet<>();
    for (Locale locale : locales) {
      for (Month month : Month.values()) {
        for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT,
            TextStyle.SHORT_STANDALONE}) {
          String name = key(month.getDisplayName(style, locale));
          if (name.length() < 3 || name.chars().allMatch(Character::isDigit)) continue;
          Integer before = names.putIfAbsent(name, month.getValue());
          if (before != null && before != month.getValue()) clashes.add(name);
        }
      }
    }
    // Common English abbreviations CLDR spells otherwise ("Sept").
    names.putIfAbsent("sept", 9);
    clashes.forEach(names::remove);
    return Map.copyOf(names);
  }

  private static String key(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".")) n = n.substring(0, n.length() - 1);
    return Texts.withoutMarks(n);
  }
}
