package dev.newskit.i18n;

import dev.newskit.core.DateParseException;
import dev.newskit.core.ParsedDate;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads the tokens of one date text into {@link DateFields}, word by word; it knows what each word
 * can mean and which words around it decide between meanings, but nothing of calendars or zones
 * (that is {@link DateResolver}'s part). One instance per text; not thread-safe.
 */
final class DateReader {
  /** The longest text {@code parse} reads as one date; longer ones are refused. */
  static final int MAX_CHARS = 500;

  /** Refuses a text longer than {@link #MAX_CHARS}, as every parser's {@code parse} does. */
  static void checkLength(String text) {
    checkLength(text, MAX_CHARS);
  }

  /** The most characters of a refused over-long text its exception is given: a prefix to recognise it by. */
  private static final int SHOWN_CHARS = 200;

  /**
   * Refuses a text longer than {@code maxChars} as a whole (index 0), handing the exception only the text's
   * beginning: a refused text of any length is not kept.
   */
  static void checkLength(String text, int maxChars) {
    if (text.length() > maxChars) {
      throw new DateParseException(text.substring(0, Math.min(SHOWN_CHARS, maxChars)), 0,
          String.format(Locale.ROOT, "text longer than %,d characters", maxChars));
    }
  }

  private final List<DateToken> tokens;
  private final DateFields f;
  private int pos;
  /** The index of the token after the last amount of time read, which a further amount continues. */
  private int amountEnd = -1;

  private DateReader(String text, List<DateToken> tokens, boolean searching) {
    this.tokens = tokens;
    this.f = new DateFields(text, searching);
  }

  /** The fields {@code tokens} (of {@code text}) give. */
  static DateFields read(String text, List<DateToken> tokens) {
    return read(text, tokens, false);
  }

  /**
   * The fields {@code tokens} give; when {@code searching}, what is not a date throws
   * {@link DateFields.Rejected} instead of a {@link dev.newskit.core.DateParseException}.
   */
  static DateFields read(String text, List<DateToken> tokens, boolean searching) {
    DateReader reader = new DateReader(text, tokens, searching);
    if (tokens.isEmpty()) throw reader.f.fail(0, "no date in text");
    while (reader.pos < tokens.size()) reader.step(tokens.get(reader.pos));
    return reader.f;
  }

  private @Nullable DateToken peek(int ahead) {
    int i = pos + ahead;
    return i < tokens.size() ? tokens.get(i) : null;
  }

  private void step(DateToken t) {
    switch (t.kind()) {
      case SEPARATOR:
        pos++;
        return;
      case TIME:
        time(t);
        pos++;
        return;
      case OFFSET:
        offset(t);
        pos++;
        return;
      case NUMERIC_DATE:
        numericDate(t);
        pos++;
        return;
      case NUMBER:
        number(t);
        return;
      case HEBREW_WORD:
        hebrewWord(t);
        return;
      case WORD:
        latinWord(t);
        return;
      case ARABIC_WORD:
        arabicWord(t);
        return;
      default:
        throw f.fail(t.start(), "unexpected '" + t.text() + "'");
    }
  }

  private void number(DateToken t) {
    long value = Long.parseLong(t.text());
    DateToken next = peek(1);
    if (next != null && unitOf(next) != null && !next.text().equals("יום")
        || next != null && next.text().equals("יום") && (peek(2) == null || !isWeekdayName(peek(2)))) {
      pos++;
      relativeAmount(t.start(), value, next);
      return;
    }
    if (next != null && value >= 1 && value <= 12 && t.text().length() <= 2 && periodAt(1) != null) {
      // "8 בערב", "5 לפנות בוקר": an hour in words, to the minute.
      f.time(LocalTime.of((int) value, 0), ParsedDate.Precision.MINUTE, t.start());
      pos++;
      return;
    }
    if (isBracketedCount(tokens, pos)) {
      // "June (1)", "2012 (15)": an archive's or a list's count in brackets, never a day a date prints
      throw f.fail(t.start(), "a number in brackets is a count, not a day");
    }
    if (value >= 100 || t.text().length() >= 3) {
      if (f.year != null) throw f.fail(t.start(), "a second year '" + t.text() + "'");
      f.year = (int) value;
      f.yearAt = t.start();
    } else if (f.day == null) {
      f.day = (int) value;
      f.dayAt = t.start();
    } else if (f.year == null && f.month != null && f.day != null) {
      f.year = twoDigitYear((int) value);
      f.centuryGuessed = true;
      f.yearAt = t.start();
    } else {
      throw f.fail(t.start(), "unexpected number '" + t.text() + "'");
    }
    pos++;
  }

  /**
   * Whether {@code tokens[k]} is a number of one or two digits alone in brackets ({@code (1)}, {@code (15)}): a count,
   * never a day; a year in brackets ({@code June 3 (2026)}) is a date's.
   */
  static boolean isBracketedCount(List<DateToken> tokens, int k) {
    return tokens.get(k).text().length() <= 2 && k > 0 && k + 1 < tokens.size()
        && tokens.get(k - 1).text().equals("(") && tokens.get(k + 1).text().equals(")");
  }

  /**
   * The part of the day the words at {@code ahead} name, or null: בבוקר, לפנות בוקר, בצהריים,
   * אחר הצהריים, אחה״צ, בערב, בלילה, with or without the ב (ICU's {@code B} field prints them bare).
   */
  private DateFields.@Nullable DayPeriod periodAt(int ahead) {
    DateToken t = peek(ahead);
    if (t == null || !t.is(DateToken.Kind.HEBREW_WORD)) {
      if (t != null && t.is(DateToken.Kind.WORD)) {
        String w = t.text().toLowerCase(Locale.ROOT);
        if (w.equals("am") || w.equals("a.m.") || w.equals("a.m")) return DateFields.DayPeriod.AM;
        if (w.equals("pm") || w.equals("p.m.") || w.equals("p.m")) return DateFields.DayPeriod.PM;
      }
      return null;
    }
    String w = HebrewNames.bare(t.text());
    DateToken after = peek(ahead + 1);
    String second = after != null && after.is(DateToken.Kind.HEBREW_WORD) ? after.text() : "";
    switch (w) {
      case "לפנהצ": case "בבוקר": case "בוקר": return DateFields.DayPeriod.AM;
      case "לפנות": return second.equals("בוקר") ? DateFields.DayPeriod.AM : null;
      case "בצהריים": case "צהריים": case "בצהרים": case "צהרים": return DateFields.DayPeriod.NOON;
      case "אחהצ": case "בערב": case "ערב": return DateFields.DayPeriod.PM;
      case "אחר": case "אחרי": return second.equals("הצהריים") || second.equals("הצהרים") ? DateFields.DayPeriod.PM : null;
      case "בלילה": case "לילה": return DateFields.DayPeriod.NIGHT;
      default: return null;
    }
  }

  private static boolean isPeriodPair(String w) {
    return w.equals("לפנות") || w.equals("אחר") || w.equals("אחרי");
  }

  private static boolean isWeekdayName(DateToken t) {
    return HebrewNames.weekdayByName(t.text()) != null || HebrewNames.weekdayByLetter(t.text()) != null;
  }

  private void hebrewWord(DateToken t) {
    String w = t.text();
    String bare = HebrewNames.bare(w);
    DateToken next = peek(1);
    if (w.equals("יום") && next != null && next.is(DateToken.Kind.HEBREW_WORD) && isWeekdayName(next)) {
      DayOfWeek d = HebrewNames.weekdayByName(next.text());
      f.weekday(d != null ? d : HebrewNames.weekdayByLetter(next.text()), t.start());
      pos += 2;
      return;
    }
    if (w.equals("שעון") && next != null && next.is(DateToken.Kind.HEBREW_WORD)) {
      zoneName(t, next);
      return;
    }
    DateFields.DayPeriod period = periodAt(0);
    if (period != null) {
      f.period(period, t.start());
      pos += isPeriodPair(bare) ? 2 : 1;
      return;
    }
    if (w.equals("לפני") || w.equals("בעוד") || w.equals("עוד")) {
      relativeFrom(t);
      return;
    }
    if (w.equals("עכשיו") || w.equals("כרגע") || (w.equals("זה") && next != null && next.text().equals("עתה"))) {
      f.now(ParsedDate.Precision.SECOND, t.start());
      pos += w.equals("זה") ? 2 : 1;
      return;
    }
    Integer days = HebrewNames.relativeDay(w);
    if (days != null) {
      f.relativeDays(days, t.start());
      pos++;
      return;
    }
    if (w.startsWith("כ") && HebrewNames.unit(w.substring(1)) != null) {
      // כשעתיים, כשעה: about two hours, about an hour
      relativeAmount(t.start(), 1, new DateToken(t.kind(), w.substring(1), t.start() + 1, t.end()));
      return;
    }
    if (w.equals("בערך") || w.equals("כ")) {
      pos++;
      return;
    }
    if (f.weekday == null && !f.hasCalendarDate() && HebrewNames.weekdayByName(w) != null
        && (w.equals("שבת") || next == null || startsADate(next))) {
      // רביעי, 3 ביוני 2026 — a full weekday name without יום before a date
      f.weekday(HebrewNames.weekdayByName(w), t.start());
      pos++;
      return;
    }
    DayOfWeek letter = HebrewNames.weekdayByLetter(w);
    if (letter != null && f.weekday == null && !f.hasCalendarDate() && next != null
        && (next.is(DateToken.Kind.NUMBER) || next.is(DateToken.Kind.NUMERIC_DATE)
            || next.is(DateToken.Kind.SEPARATOR) && !(next.text().equals("-") && w.length() == 1)
            || looksLikeHebrewNumeral(next.text()))) {
      f.weekday(letter, t.start());
      pos++;
      return;
    }
    Month m = HebrewNames.monthByName(w);
    if (m != null) {
      f.month(m, t.start());
      pos++;
      return;
    }
    Integer hm = HebrewNames.hebrewMonthByName(w);
    if (hm != null) {
      hebrewMonth(hm, t);
      return;
    }
    if (f.hebrewMonth != null && f.hebrewYear == null && bare.equals("ה") && next != null
        && isNumeralLetters(next.text())) {
      // ה׳ תשפ״ז: the thousands written apart from the year
      pos++;
      return;
    }
    if (looksLikeHebrewNumeral(w) || isNumeralLetters(w) && (nextIsHebrewMonth() || f.hebrewMonth != null && f.hebrewYear == null)) {
      hebrewNumeral(t);
      pos++;
      return;
    }
    if (HebrewNames.FILLERS.contains(w)) {
      pos++;
      return;
    }
    throw f.fail(t.start(), "unexpected word '" + w + "'");
  }

  private boolean startsADate(DateToken t) {
    return t.is(DateToken.Kind.SEPARATOR) || t.is(DateToken.Kind.NUMBER) || t.is(DateToken.Kind.NUMERIC_DATE)
        || looksLikeHebrewNumeral(t.text()) || HebrewNames.monthByName(t.text()) != null;
  }

  private boolean nextIsHebrewMonth() {
    DateToken next = peek(1);
    return next != null && next.is(DateToken.Kind.HEBREW_WORD) && HebrewNames.hebrewMonthByName(next.text()) != null;
  }

  /** שעון ירושלים, שעון ישראל, and ICU's שעון ישראל (קיץ) / (חורף), which also give the offset. */
  private void zoneName(DateToken t, DateToken place) {
    String p = place.text();
    if (p.equals("קיץ") || p.equals("חורף")) {
      f.zone(JerusalemTime.ZONE, t.start());
      f.summer = p.equals("קיץ");
      pos += 2;
      return;
    }
    if (!p.equals("ירושלים") && !p.equals("ישראל")) throw f.fail(place.start(), "unknown zone 'שעון " + p + "'");
    f.zone(JerusalemTime.ZONE, t.start());
    pos += 2;
    DateToken open = peek(0);
    DateToken season = open != null && open.text().equals("(") ? peek(1) : null;
    if (season != null && (season.text().equals("קיץ") || season.text().equals("חורף"))) {
      f.summer = season.text().equals("קיץ");
      pos += 2;
      DateToken close = peek(0);
      if (close != null && close.text().equals(")")) pos++;
    }
  }

  /** After לפני / בעוד / עוד: an amount and a unit, a dual, רגע, מספר שניות, פחות מדקה. */
  private void relativeFrom(DateToken t) {
    String w = t.text();
    f.relativeSign = w.equals("לפני") ? -1 : 1;
    pos++;
    while (peek(0) != null && (peek(0).text().equals("כ") || peek(0).text().equals("בערך")
        || peek(0).is(DateToken.Kind.SEPARATOR) && peek(0).text().equals("-"))) pos++;
    DateToken n = peek(0);
    if (n == null) throw f.fail(t.end(), "'" + w + "' without an amount");
    String nw = n.text();
    if (w.equals("לפני") && (nw.equals("רגע") || nw.equals("רגעים"))) {
      f.now(ParsedDate.Precision.SECOND, t.start());
      pos++;
      return;
    }
    DateToken after = peek(1);
    if (w.equals("לפני") && after != null && (nw.equals("מספר") || nw.equals("כמה")) && after.text().equals("שניות")
        || w.equals("לפני") && after != null && nw.equals("פחות") && (after.text().equals("מדקה") || after.text().equals("מדקה."))) {
      // a few seconds ago, less than a minute ago: now, to the minute
      f.now(ParsedDate.Precision.MINUTE, t.start());
      pos += 2;
      return;
    }
    if (n.is(DateToken.Kind.NUMBER) || HebrewNames.numberWord(nw) != null) {
      long amount = n.is(DateToken.Kind.NUMBER) ? Long.parseLong(nw) : HebrewNames.numberWord(nw);
      if (after == null || HebrewNames.unit(after.text()) == null) {
        throw f.fail(n.end(), "a unit of time after '" + nw + "'");
      }
      pos++;
      relativeAmount(n.start(), amount, after);
      return;
    }
    if (nw.startsWith("כ") && HebrewNames.unit(nw.substring(1)) != null) {
      relativeAmount(n.start(), 1, new DateToken(n.kind(), nw.substring(1), n.start() + 1, n.end()));
      return;
    }
    if (HebrewNames.unit(nw) == null) throw f.fail(n.start(), "not a unit of time '" + nw + "'");
    if (HebrewNames.isPlural(nw)) throw f.fail(n.start(), "'" + nw + "' without a number is too vague to date");
    relativeAmount(n.start(), 1, n);
  }

  /** The unit of time a word token names, in any language read: שעות, hours, Stunden, часа, 小时, ساعات; or null. */
  private static @Nullable ChronoUnit unitOf(DateToken t) {
    if (t.is(DateToken.Kind.ARABIC_WORD)) return ArabicNames.unit(t.text());
    if (!t.is(DateToken.Kind.WORD)) return t.is(DateToken.Kind.HEBREW_WORD) ? HebrewNames.unit(t.text()) : null;
    String w = DateTokenizer.latinKey(t.text());
    ChronoUnit unit = HebrewNames.unit(w);
    return unit != null ? unit : RelativeWords.unit(w);
  }

  /** Whether a unit word is a dual, which carries the amount two: שעתיים, ساعتين. */
  private static boolean isDual(DateToken t) {
    return t.is(DateToken.Kind.ARABIC_WORD) ? ArabicNames.isDual(t.text())
        : t.is(DateToken.Kind.HEBREW_WORD) && HebrewNames.isDual(t.text());
  }

  /**
   * After a word that puts an amount of time before now ({@code vor}, {@code hace}, {@code il y a}, {@code há},
   * {@code منذ}, {@code قبل}), {@code words} tokens long: a number or a number word and a unit, or a unit that alone
   * means one or two of it ({@code منذ ساعة}, {@code منذ ساعتين}).
   */
  private void amountBefore(DateToken marker, int words) {
    f.relativeSign = -1;
    pos += words;
    DateToken n = peek(0);
    if (n == null) throw f.fail(marker.end(), "'" + marker.text() + "' without an amount");
    DateToken after = peek(1);
    Integer word = n.is(DateToken.Kind.WORD) ? RelativeWords.number(DateTokenizer.latinKey(n.text()))
        : n.is(DateToken.Kind.ARABIC_WORD) ? ArabicNames.number(n.text()) : null;
    if (n.is(DateToken.Kind.NUMBER) || word != null) {
      if (after == null || unitOf(after) == null) throw f.fail(n.end(), "a unit of time after '" + n.text() + "'");
      pos++;
      relativeAmount(n.start(), word != null ? word : Long.parseLong(n.text()), after);
      return;
    }
    if (n.is(DateToken.Kind.ARABIC_WORD) && (ArabicNames.isOne(n.text()) || ArabicNames.isDual(n.text()))) {
      relativeAmount(n.start(), 1, n);
      return;
    }
    throw f.fail(n.start(), "not an amount of time '" + n.text() + "'");
  }

  /** Whether {@code t} is a word that puts the amount before it before now: ago, fa, назад, 前, پیش. */
  private static boolean isAfterWord(DateToken t) {
    if (t.is(DateToken.Kind.ARABIC_WORD)) return ArabicNames.isAfter(t.text());
    if (!t.is(DateToken.Kind.WORD)) return false;
    String w = DateTokenizer.latinKey(t.text());
    return w.equals("ago") || RelativeWords.isAfter(w);
  }

  /** The unit at the current position with {@code amount}; consumes it and ICU's bracketed count after it. */
  private void relativeAmount(int at, long amount, DateToken unitToken) {
    ChronoUnit unit = unitOf(unitToken);
    if (isDual(unitToken) && amount == 1) amount = 2;
    int numberAt = pos - 1;
    if (f.relativeUnit != null && numberAt >= 0 && tokens.get(numberAt).is(DateToken.Kind.NUMBER)
        && (numberAt == amountEnd || numberAt == amountEnd + 1 && tokens.get(amountEnd).text().equals(","))) {
      f.relativeMore(amount, unit, at); // 1 hour 14 minutes ago, vor 16 Jahren, 10 Monaten, 2 Tagen
    } else {
      f.relative(amount, unit, at);
    }
    pos++;
    // ICU 78+ prints the count after a dual or singular: לפני שעתיים (2), לפני שעה (1)
    DateToken open = peek(0);
    DateToken count = peek(1);
    DateToken close = peek(2);
    if (open != null && open.text().equals("(") && count != null && count.is(DateToken.Kind.NUMBER)
        && close != null && close.text().equals(")")) {
      if (Long.parseLong(count.text()) != amount) {
        throw f.fail(count.start(), "the count (" + count.text() + ") contradicts the amount " + amount);
      }
      pos += 3;
    }
    amountEnd = pos;
  }

  private void hebrewMonth(int icuMonth, DateToken t) {
    int m = icuMonth;
    pos++;
    if (m == 6) {
      // "אדר א׳" / "אדר ב׳": the letter after Adar says which one.
      DateToken next = peek(0);
      if (next != null && next.is(DateToken.Kind.HEBREW_WORD)) {
        String bare = HebrewNames.bare(next.text());
        if (bare.equals("א") || bare.equals("ראשון")) {
          m = 5;
          pos++;
        } else if ((bare.equals("ב") || bare.equals("שני")) && !(peek(1) != null && isNumeralLetters(peek(1).text())
            && bare.equals("ב") && next.text().equals("ב"))) {
          m = 6;
          pos++;
        }
      }
    }
    f.hebrewMonth(m, t.start());
  }

  private void hebrewNumeral(DateToken t) {
    int value;
    try {
      value = HebrewNumerals.parse(t.text());
    } catch (NumberFormatException e) {
      throw f.fail(t.start(), "not a Hebrew numeral '" + t.text() + "'");
    }
    if (f.hebrewMonth == null && f.hebrewDay == null) {
      f.hebrewDay(value, t.start());
    } else if (f.hebrewYear == null && f.hebrewMonth != null) {
      f.hebrewYear(hebrewYear(t.text(), value), t.start());
    } else {
      throw f.fail(t.start(), "unexpected Hebrew numeral '" + t.text() + "'");
    }
  }

  /**
   * A Hebrew-calendar year: תשפ״ו is 5786, and so are ה׳תשפ״ו and התשפ״ו (the ה here is the
   * thousands, written without a geresh as in "התש״פ").
   */
  private static int hebrewYear(String text, int value) {
    String bare = HebrewNames.bare(text);
    if (bare.length() >= 3 && bare.charAt(0) == 'ה' && value < 1000 && text.charAt(1) != '\'') {
      int rest = value - 5;
      if (rest >= 400) return 5000 + rest;
    }
    return value < 1000 ? value + 5000 : value;
  }

  /**
   * An Arabic or Persian word ({@link ArabicNames}): a month of either calendar, the double form {@code نيسان / أبريل}
   * (the same month twice), a weekday, am or pm after a time, {@code م} (AD) after a year, or a label. A year marked
   * {@code هـ} is a Hijri year, which this reader does not convert.
   */
  private void arabicWord(DateToken t) {
    String w = t.text();
    DateToken prev = pos > 0 ? tokens.get(pos - 1) : null;
    DateToken next = peek(1);
    DateFields.DayPeriod period = ArabicNames.period(w);
    if (period != null && prev != null && prev.is(DateToken.Kind.TIME)) {
      f.period(period, t.start());
      pos++;
      return;
    }
    boolean afterYear = prev != null && prev.is(DateToken.Kind.NUMBER) && f.year != null && f.yearAt == prev.start();
    if (afterYear && w.equals("م")) {
      pos++;
      return;
    }
    if (afterYear && w.equals("ه")) throw f.fail(t.start(), "a Hijri year, which is not read");
    if (ArabicNames.isAfter(w) && f.relativeUnit != null && f.relativeSign == 0) {
      f.relativeSign = -1; // ۳ ساعت پیش, ۳ ساعت قبل
      pos++;
      return;
    }
    if (ArabicNames.isBefore(w) && next != null && f.relativeUnit == null) {
      amountBefore(t, 1);
      return;
    }
    if (ArabicNames.number(w) != null && next != null && unitOf(next) != null) {
      pos++; // یک ساعت پیش
      relativeAmount(t.start(), ArabicNames.number(w), next);
      return;
    }
    Integer days = ArabicNames.day(w);
    if (days != null && (!w.equals(ArabicNames.TODAY) || onlyTimeFollows())) {
      f.relativeDays(days, t.start());
      pos++;
      return;
    }
    Month m = ArabicNames.month(w);
    Month[] pair = ArabicNames.twoWordMonth(w);
    int ordinal = next != null && next.is(DateToken.Kind.ARABIC_WORD) ? ArabicNames.ordinal(next.text()) : -1;
    if (pair != null && ordinal >= 0) {
      m = pair[ordinal];
      pos++;
    }
    if (m != null) {
      if (m != f.month) f.month(m, t.start()); // نيسان / أبريل names April twice
      pos++;
      return;
    }
    Integer persian = ArabicNames.persianMonth(w);
    if (persian != null) {
      f.persianMonth(persian, t.start());
      pos++;
      return;
    }
    DayOfWeek d = ArabicNames.weekday(w);
    if (d != null) {
      f.weekday(d, t.start());
      pos++;
      return;
    }
    if (ArabicNames.FILLERS.contains(w)
        || ArabicNames.UPDATE_LABELS.contains(w) && !f.hasCalendarDate() && f.time == null && f.weekday == null) {
      pos++;
      return;
    }
    throw f.fail(t.start(), "unexpected word '" + w + "'");
  }

  /**
   * Whether only a time, or nothing, follows the current token, over separators and fillers: {@code اليوم} is "today"
   * before a time ({@code اليوم 10:15}) but only a label before a date ({@code اليوم الأربعاء 7 أكتوبر}).
   */
  private boolean onlyTimeFollows() {
    for (int k = pos + 1; k < tokens.size(); k++) {
      DateToken t = tokens.get(k);
      if (t.is(DateToken.Kind.SEPARATOR) || t.is(DateToken.Kind.ARABIC_WORD) && ArabicNames.FILLERS.contains(t.text())) continue;
      return t.is(DateToken.Kind.TIME);
    }
    return true;
  }

  private void latinWord(DateToken t) {
    String bare = DateTokenizer.latinKey(t.text());
    DateToken next = peek(1);
    if (RelativeWords.isBefore(bare) && next != null && f.relativeUnit == null) {
      amountBefore(t, 1);
      return;
    }
    if (next != null && peek(2) != null && RelativeWords.isIlYa(bare, DateTokenizer.latinKey(next.text()), DateTokenizer.latinKey(peek(2).text()))
        && f.relativeUnit == null) {
      amountBefore(t, 3);
      return;
    }
    if (RelativeWords.number(bare) != null && next != null && unitOf(next) != null) {
      pos++; // vor einer Stunde, un giorno fa
      relativeAmount(t.start(), RelativeWords.number(bare), next);
      return;
    }
    if (RelativeWords.one(bare) != null && f.relativeUnit == null && next != null && isAfterWord(next)) {
      relativeAmount(t.start(), 1, t); // час назад, godzinę temu, un'ora fa
      return;
    }
    DateFields.DayPeriod period = periodAt(0);
    if (period != null) {
      f.period(period, t.start());
    } else if (bare.equals("idt")) {
      f.zoneOffset(ZoneOffset.ofHours(3), t.start());
    } else if (bare.equals("ist") && t.text().startsWith("IST")) {
      // only as printed, in capitals: "ist" is also German "is" ("Heute ist ein guter Tag")
      f.zoneOffset(ZoneOffset.ofHours(2), t.start());
    } else if (bare.equals("gmt") || bare.equals("utc") || bare.equals("z")) {
      if (next != null && next.is(DateToken.Kind.OFFSET)) {
        pos++;
        offset(next);
      } else {
        f.offset(ZoneOffset.UTC, t.start());
      }
    } else if (bare.equals("ago") || RelativeWords.isAfter(bare)) {
      if (f.relativeUnit == null) throw f.fail(t.start(), "'" + t.text() + "' without an amount");
      f.relativeSign = -1;
    } else if (bare.equals("now") || bare.equals("just")) {
      if (!bare.equals("just")) f.now(ParsedDate.Precision.SECOND, t.start());
    } else if (HebrewNames.relativeDay(bare) != null) {
      f.relativeDays(HebrewNames.relativeDay(bare), t.start());
    } else if (RelativeWords.day(bare) != null) {
      f.relativeDays(RelativeWords.day(bare), t.start());
      f.relativeLanguage = RelativeWords.onlyIn(bare);
    } else if (HebrewNames.weekdayByName(bare) != null) {
      f.weekday(HebrewNames.weekdayByName(bare), t.start());
    } else if (HebrewNames.monthByName(bare) != null) {
      f.month(HebrewNames.monthByName(bare), t.start());
    } else if (!HebrewNames.FILLERS.contains(bare) && !RelativeWords.FILLERS.contains(bare)) {
      throw f.fail(t.start(), "unexpected word '" + t.text() + "'");
    }
    pos++;
  }

  private void time(DateToken t) {
    String[] parts = t.text().split(":");
    int h = Integer.parseInt(parts[0]);
    int m = Integer.parseInt(parts[1]);
    int s = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
    if (parts[1].length() != 2 || h > 23 || m > 59 || s > 59 || (parts.length > 2 && parts[2].length() != 2)) {
      throw f.fail(t.start(), "not a time of day '" + t.text() + "'");
    }
    f.time(LocalTime.of(h, m, s), parts.length > 2 ? ParsedDate.Precision.SECOND : ParsedDate.Precision.MINUTE,
        t.start());
  }

  private void offset(DateToken t) {
    String s = t.text();
    try {
      String digits = s.substring(1).replace(":", "");
      int hours;
      int minutes = 0;
      if (digits.length() <= 2) {
        hours = Integer.parseInt(digits);
      } else if (digits.length() == 4) {
        hours = Integer.parseInt(digits.substring(0, 2));
        minutes = Integer.parseInt(digits.substring(2));
      } else {
        throw f.fail(t.start(), "not an offset '" + s + "'");
      }
      int sign = s.charAt(0) == '-' ? -1 : 1;
      f.offset(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes), t.start());
    } catch (DateTimeException | NumberFormatException e) {
      throw f.fail(t.start(), "not an offset '" + s + "'");
    }
  }

  /** The three numbers of a numeric date token, which the tokenizer made of digits and one separator twice. */
  private static String[] numericDateParts(String s) {
    int first = 0;
    while (DateTokenizer.isDigit(s.charAt(first))) first++;
    int second = first + 1;
    while (DateTokenizer.isDigit(s.charAt(second))) second++;
    return new String[] {s.substring(0, first), s.substring(first + 1, second), s.substring(second + 1)};
  }

  private void numericDate(DateToken t) {
    if (f.day != null || f.month != null || f.year != null) throw f.fail(t.start(), "a second date '" + t.text() + "'");
    String[] parts = numericDateParts(t.text());
    int a = Integer.parseInt(parts[0]);
    int b = Integer.parseInt(parts[1]);
    int c = Integer.parseInt(parts[2]);
    if (parts[0].length() == 4) {
      f.yearFirstWithHyphens = t.text().charAt(4) == '-';
      f.year = a;
      f.month = monthOf(b, t);
      f.day = c;
    } else {
      if (parts[2].length() != 2 && parts[2].length() != 4) throw f.fail(t.start(), "not a year in '" + t.text() + "'");
      f.day = a;
      f.month = monthOf(b, t);
      f.year = parts[2].length() == 2 ? twoDigitYear(c) : c;
      f.centuryGuessed = parts[2].length() == 2;
    }
    f.dayAt = t.start();
    f.monthAt = t.start();
    f.yearAt = t.start();
  }

  private Month monthOf(int value, DateToken t) {
    if (value < 1 || value > 12) throw f.fail(t.start(), "month " + value + " does not exist in '" + t.text() + "'");
    return Month.of(value);
  }

  private static int twoDigitYear(int yy) {
    return yy < 70 ? 2000 + yy : 1900 + yy;
  }

  static boolean looksLikeHebrewNumeral(String w) {
    if (w.indexOf('"') < 0 && w.indexOf('\'') < 0) return false;
    return isNumeralLetters(w);
  }

  /** Letters that all have a numeral value (marks allowed): יד, תשפז, כ״ג. */
  static boolean isNumeralLetters(String w) {
    return isNumeralLetters(w, 0, w.length());
  }

  /** Whether {@code text[start, end)} is letters that all have a numeral value (marks allowed). */
  static boolean isNumeralLetters(String text, int start, int end) {
    boolean letter = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'') continue;
      if (HebrewNumerals.letterValue(c) == 0) return false;
      letter = true;
    }
    return letter;
  }
}
