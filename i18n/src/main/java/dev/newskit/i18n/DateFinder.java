package dev.newskit.i18n;

import dev.newskit.core.DateContext;
import dev.newskit.core.DateParseException;
import dev.newskit.core.DateTextParser;
import dev.newskit.core.FoundDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates inside a longer text. The text is cut into runs of tokens that can belong to a date
 * (numbers, times, separators, date words), and each run is read greedily: from its first token, the
 * longest stretch that is a date; then on from where that date ends. A relative day word alone
 * ({@code היום}, {@code אתמול}) is prose, not a date, unless a time comes with it. Stateless.
 */
final class DateFinder {
  /** The longest stretch of tokens tried as one date; real dates are far shorter. */
  private static final int MAX_WINDOW = 24;

  private DateFinder() {}

  /** ISO-8601 dates and date-times, read by core's parser rather than word by word. */
  private static final Pattern ISO = Pattern.compile(
      "\\b\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?(?![\\d:])");

  static List<FoundDate> find(String text, DateContext context) {
    return find(text, context, false);
  }

  /** The longest text {@code find} reads; longer ones are refused, not cut. */
  static final int MAX_CHARS = 1_000_000;

  /** Refuses a text longer than {@link #MAX_CHARS}, as every parser's {@code find} does. */
  static void checkLength(String text) {
    DateReader.checkLength(text, MAX_CHARS);
  }

  /** The dates in {@code text}; when {@code arabic}, Arabic and Persian date words and digits are read too. */
  static List<FoundDate> find(String text, DateContext context, boolean arabic) {
    List<FoundDate> found = new ArrayList<>();
    List<int[]> isoSpans = new ArrayList<>();
    Matcher iso = ISO.matcher(text);
    // an ISO date in Hebrew text is Israel's; in other text it gets no zone it did not print (core's reading)
    DateContext isoContext = context.zone().isEmpty() && DateTokenizer.holdsHebrew(text)
        ? context.withZone(JerusalemTime.ZONE) : context;
    boolean isoShaped = mayHoldIso(text);
    while (isoShaped && iso.find()) {
      isoSpans.add(new int[] {iso.start(), iso.end()});
      try {
        found.add(new FoundDate(DateTextParser.iso().parse(iso.group(), isoContext), iso.start(), iso.end()));
      } catch (DateParseException ignored) {
        // shaped like ISO but not a real date (2026-02-31): nothing found there
      }
    }
    List<DateToken> tokens = DateTokenizer.tokenizeProse(text, PLAIN_HEBREW_DATE_WORD_SET, arabic);
    if (!isoSpans.isEmpty()) tokens = withoutSpans(tokens, isoSpans);
    readNumeralsBesideHebrewMonths(text, tokens);
    int i = 0;
    while (i < tokens.size()) {
      if (!mayBelong(tokens, i)) {
        i++;
        continue;
      }
      int runEnd = i + 1;
      while (runEnd < tokens.size() && mayBelong(tokens, runEnd)) runEnd++;
      readRun(text, tokens, i, runEnd, context, found);
      i = runEnd + 1; // the token at runEnd does not belong
    }
    if (!isoSpans.isEmpty()) found.sort(Comparator.comparingInt(FoundDate::start));
    return List.copyOf(found);
  }

  /** Whether four digits and a hyphen stand together somewhere: a scan far cheaper than the ISO pattern. */
  private static boolean mayHoldIso(String text) {
    for (int i = text.indexOf('-', 4); i >= 0; i = text.indexOf('-', i + 1)) {
      if (DateTokenizer.isDigit(text.charAt(i - 1)) && DateTokenizer.isDigit(text.charAt(i - 2))
          && DateTokenizer.isDigit(text.charAt(i - 3)) && DateTokenizer.isDigit(text.charAt(i - 4))) return true;
    }
    return false;
  }

  /**
   * Gives back its text to each prose word that may be a Hebrew numeral of a Hebrew-calendar date (its
   * letters all have a value and a Hebrew month name stands beside it: {@code יד אדר תשפז}); the other
   * prose words stay breaks between candidate dates.
   */
  private static void readNumeralsBesideHebrewMonths(String text, List<DateToken> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      DateToken t = tokens.get(i);
      if (t.is(DateToken.Kind.PROSE) && nearHebrewMonth(tokens, i) && DateReader.isNumeralLetters(text, t.start(), t.end())) {
        tokens.set(i, new DateToken(DateToken.Kind.HEBREW_WORD, text.substring(t.start(), t.end()), t.start(), t.end()));
      }
    }
  }

  /** The tokens, with those inside an ISO date replaced by a break. */
  private static List<DateToken> withoutSpans(List<DateToken> tokens, List<int[]> spans) {
    List<DateToken> out = new ArrayList<>(tokens.size());
    for (DateToken t : tokens) {
      boolean inside = false;
      for (int[] span : spans) inside |= t.start() < span[1] && span[0] < t.end();
      out.add(inside ? new DateToken(DateToken.Kind.OTHER, t.text(), t.start(), t.end()) : t);
    }
    return out;
  }

  private static void readRun(String text, List<DateToken> tokens, int from, int to, DateContext context,
      List<FoundDate> found) {
    // nextAnchor[k - from]: the first token at or after k that a date cannot do without, or to if none
    int[] nextAnchor = new int[to - from + 1];
    nextAnchor[to - from] = to;
    for (int k = to - 1; k >= from; k--) nextAnchor[k - from] = isAnchor(tokens.get(k)) ? k : nextAnchor[k + 1 - from];
    int s = from;
    while (s < to) {
      int anchor = nextAnchor[s - from];
      if (anchor >= to) break;
      if (anchor - s > MAX_LEAD) {
        s = anchor - MAX_LEAD;
        continue;
      }
      if (!canStart(tokens, s)) {
        s++;
        continue;
      }
      int next = s + 1;
      for (int e = Math.min(to, s + MAX_WINDOW); e > anchor; e--) {
        DateToken last = tokens.get(e - 1);
        if (!canEnd(last)) continue;
        List<DateToken> window = tokens.subList(s, e);
        if (window.size() == 1 && isLoneWord(last)) continue;
        // a number alone is a day or a year without a month, which never resolves: prose's most common try
        if (window.size() == 1 && last.is(DateToken.Kind.NUMBER)) continue;
        if (last.text().equals(")") && !contains(window, "(")) continue;
        try {
          DateFields fields = DateReader.read(text, window, true);
          if (!DateResolver.mayResolve(fields)) continue;
          if (isTimeAlone(fields) && besideUnreadDate(text, tokens, from, to, s, e)) continue;
          if (fields.relativeUnit != null && durationInASentence(tokens, e)) continue;
          if (fields.year == null && hasArabicMonth(window)) continue;
          if (partInBrackets(fields, tokens, s, e)) continue;
          found.add(new FoundDate(DateResolver.resolve(fields, context), tokens.get(s).start(), last.end()));
          next = e;
          break;
        } catch (DateFields.Rejected | DateParseException notADate) {
          if (notADate == DateFields.Rejected.REFUTED) {
            // A whole date its weekday refutes ("11:21 AM, Tue Jan 15 54" over "54 posts"): no part of it is read
            // as a date of its own, neither a shorter stretch ("11:21 AM") nor one from a later start ("Jan 15 54").
            next = e;
            break;
          }
          // not a date from s to e; try a shorter stretch
        }
      }
      s = next;
    }
  }

  /**
   * Whether the day or the year of the fields read from {@code tokens[s, e)} is a number in brackets that the stretch
   * cut off ({@code June (1}, {@code June 1 (3}): an archive's count of posts or of comments, not part of a date.
   */
  private static boolean partInBrackets(DateFields f, List<DateToken> tokens, int s, int e) {
    for (int k = s; k < e; k++) {
      DateToken t = tokens.get(k);
      if (t.is(DateToken.Kind.NUMBER) && (t.start() == f.dayAt || t.start() == f.yearAt)
          && DateReader.isBracketedCount(tokens, k)) return true;
    }
    return false;
  }

  /**
   * Whether an Arabic or Persian month name is part of the date: such dates are read with their year only. News pages
   * print it, while a month name alone is also an everyday word ("أب" father, as "آب" August; "مارس" practised).
   */
  private static boolean hasArabicMonth(List<DateToken> window) {
    for (DateToken t : window) {
      if (t.is(DateToken.Kind.ARABIC_WORD) && (ArabicNames.month(t.text()) != null || ArabicNames.persianMonth(t.text()) != null)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an amount of time that ends at {@code e} runs on into a word: "vor 3 Stunden Wartezeit", "hace 2 horas de
   * ejercicio", "منذ 3 سنوات وهو", "3 ore fa discutere" are durations a sentence tells, not stamps. A stamp ends at
   * its unit or its "ago" word ("vor 3 Stunden", "3 ore fa"); English "ago" and Hebrew units are read as before.
   */
  private static boolean durationInASentence(List<DateToken> tokens, int e) {
    if (e >= tokens.size()) return false;
    DateToken last = tokens.get(e - 1);
    DateToken after = tokens.get(e);
    if (last.is(DateToken.Kind.HEBREW_WORD) || last.text().equalsIgnoreCase("ago")) return false;
    return after.is(DateToken.Kind.WORD) || after.is(DateToken.Kind.ARABIC_WORD) || after.is(DateToken.Kind.HEBREW_WORD)
        || after.is(DateToken.Kind.OTHER) || after.is(DateToken.Kind.PROSE);
  }

  /** Whether the fields are a time of day and nothing else that dates it: the reference day is its day. */
  private static boolean isTimeAlone(DateFields f) {
    return f.time != null && !f.hasCalendarDate() && !f.isRelative() && f.weekday == null;
  }

  /**
   * Whether the time in {@code tokens[s, e)}, of the run {@code [from, to)}, stands beside date material this reader
   * could not read: a four-digit year or a numeric date elsewhere in its run ({@code 24 ... 2020 09:22}), a number
   * right beside it, a weekday's or month's name ({@code Tuesday 18:00}, {@code Di., 18:00}, {@code 3. März um 18:00}), a unit of time ({@code 1 minute 20 secondes 01:20}: a duration's), or a word in a script the reader does not read right
   * where its run ends ({@code أكتوبر 12:09}). Then the time belongs to a date the page printed and the reader failed,
   * and the reference day would be an invented one; a time among prose words or alone ({@code עודכן: 14:05}) is
   * still today's.
   */
  private static boolean besideUnreadDate(String text, List<DateToken> tokens, int from, int to, int s, int e) {
    for (int k = from; k < to; k++) {
      DateToken t = tokens.get(k);
      if ((k < s || k >= e) && (t.is(DateToken.Kind.NUMERIC_DATE) || t.is(DateToken.Kind.NUMBER) && t.text().length() == 4)) {
        return true;
      }
    }
    return unreadBeside(text, tokens, from, to, s - 1, -1) || unreadBeside(text, tokens, from, to, e, 1);
  }

  /**
   * Whether, walking from {@code k} in {@code step}'s direction over the joining separators ({@code -}, {@code ,},
   * {@code /}) and filler words ({@code الساعة}, "at") of the run {@code [from, to)}, the first other token is a number or a weekday's name or, past the run's
   * end, a weekday's name, a word {@link #unreadWord} could not read, or a weekday or month name this reader does not
   * read ({@code Di., 18:00}, {@code am 3. März um 18:00}, {@code lun. 18:30}: {@link CalendarNames}). A field divider ({@code |}, {@code •}) ends the walk: what stands beyond it
   * is another field ({@code 14:05 | 3 תגובות}).
   */
  private static boolean unreadBeside(String text, List<DateToken> tokens, int from, int to, int k, int step) {
    while (k >= from && k < to && (tokens.get(k).is(DateToken.Kind.SEPARATOR) || isFiller(tokens.get(k)))) {
      String sep = tokens.get(k).text();
      if (tokens.get(k).is(DateToken.Kind.SEPARATOR) && !sep.equals("-") && !sep.equals(",") && !sep.equals("/")) return false;
      k += step;
    }
    if (k >= from && k < to) return tokens.get(k).is(DateToken.Kind.NUMBER) || isWeekday(tokens.get(k)) || isUnit(tokens.get(k));
    return k >= 0 && k < tokens.size() && (unreadWord(text, tokens.get(k)) || isWeekday(tokens.get(k))
        || tokens.get(k).is(DateToken.Kind.WORD) && CalendarNames.isName(tokens.get(k).text()));
  }

  /** A unit of time: a time beside an amount of time is a duration's ("1 minute 20 secondes 01:20"), not a date's. */
  private static boolean isUnit(DateToken t) {
    String w = DateTokenizer.latinKey(t.text()); // "13:00 min."
    return t.is(DateToken.Kind.WORD) && (HebrewNames.unit(w) != null || RelativeWords.unit(w) != null);
  }

  /**
   * A weekday's name ("Tuesday 18:00", "Dienstag 18:00") or a word for tomorrow ("morgen 18:00"): the time is that
   * day's, which need not be the reference's.
   */
  private static boolean isWeekday(DateToken t) {
    return (t.is(DateToken.Kind.WORD) || t.is(DateToken.Kind.HEBREW_WORD)) && HebrewNames.weekdayByName(t.text()) != null
        || t.is(DateToken.Kind.WORD) && RelativeWords.isUncountedDay(t.text().toLowerCase(Locale.ROOT));
  }

  /**
   * A word of a script other than Hebrew and Latin that this reader does not read: an Arabic or Chinese word, a
   * Cyrillic word that is no date word ("Опубликовано 7 октября, 12:09").
   */
  private static boolean unreadWord(String text, DateToken t) {
    if (!t.is(DateToken.Kind.OTHER) && !(t.is(DateToken.Kind.WORD) && !isLatinDateWord(t.text()))) return false;
    for (int i = t.start(); i < t.end(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) return true;
    }
    return false;
  }

  /**
   * The most tokens a date puts before its first anchor ({@code בעוד כ - 10 דקות}, {@code יום ה׳ ,}):
   * a start further from every anchor cannot begin a date.
   */
  private static final int MAX_LEAD = 8;

  private static boolean contains(List<DateToken> window, String text) {
    for (DateToken t : window) if (t.text().equals(text)) return true;
    return false;
  }

  /**
   * A token without which no stretch is a date: a number, time or numeric date, or a word that names a
   * month, a day, an amount or a moment. Stretches of only the other date words (לפני, יום, שעון ישראל,
   * separators, fillers) are never tried, which is what keeps searching prose cheap.
   */
  private static boolean isAnchor(DateToken t) {
    switch (t.kind()) {
      case NUMBER: case TIME: case NUMERIC_DATE:
        return true;
      case HEBREW_WORD:
        return !WEAK_WORDS.contains(HebrewNames.bare(t.text())) && !isFiller(t);
      case ARABIC_WORD:
        return (!isFiller(t) || ArabicNames.unit(t.text()) != null) && ArabicNames.period(t.text()) == null && ArabicNames.ordinal(t.text()) < 0
            && !t.text().equals("ه") && !ArabicNames.isBefore(t.text()) && !ArabicNames.isAfter(t.text())
            && ArabicNames.number(t.text()) == null;
      case WORD: {
        String w = DateTokenizer.latinKey(t.text());
        return !isFiller(t) && !RelativeWords.isWeak(w) && !LATIN_TIME_WORDS.contains(w);
      }
      default:
        return false;
    }
  }

  /** Date words that never make a date alone, however many of them stand together. */
  private static final Set<String> WEAK_WORDS = Set.of(
      "יום", "שעון", "ירושלים", "ישראל", "קיץ", "חורף", "לפני", "בעוד", "עוד", "זה", "מספר", "כמה", "פחות", "כ",
      "בערך", "לפנהצ", "אחהצ", "לפנות", "אחר", "אחרי");

  /** A token that may be part of a date. */
  private static boolean mayBelong(List<DateToken> tokens, int i) {
    DateToken t = tokens.get(i);
    switch (t.kind()) {
      case OTHER: case PROSE:
        return false;
      case HEBREW_WORD:
        return isDateWord(t.text()) || DateReader.isNumeralLetters(t.text()) && nearHebrewMonth(tokens, i);
      case WORD:
        return isLatinDateWord(t.text());
      default:
        return true;
    }
  }

  private static boolean nearHebrewMonth(List<DateToken> tokens, int i) {
    for (int j = Math.max(0, i - 2); j <= Math.min(tokens.size() - 1, i + 1); j++) {
      DateToken near = tokens.get(j);
      // isDateWord first: one lookup that every Hebrew month name passes
      if (j != i && near.is(DateToken.Kind.HEBREW_WORD) && isDateWord(near.text())
          && HebrewNames.hebrewMonthByName(near.text()) != null) return true;
    }
    return false;
  }

  /**
   * The Hebrew words without geresh or gershayim that {@link #isDateWord} accepts, computed once: one
   * lookup per word of prose instead of a dozen. Candidates are the vocabulary with and without a one-letter
   * prefix, filtered through {@code isDateWord} itself, so the set says exactly what it says.
   */
  private static Set<String> plainHebrewDateWords() {
    Set<String> candidates = new HashSet<>(HebrewNames.vocabulary());
    candidates.addAll(DATE_WORDS);
    Set<String> words = new HashSet<>();
    for (String c : candidates) {
      for (String w : List.of(c, "ב" + c, "ל" + c, "כ" + c)) {
        if (w.indexOf('\'') < 0 && w.indexOf('"') < 0 && !w.isEmpty() && DateTokenizer.isHebrewLetter(w.charAt(0))
            && isDateWordSlowly(w)) words.add(w);
      }
    }
    return Set.copyOf(words);
  }

  private static boolean isDateWord(String w) {
    if (w.indexOf('\'') < 0 && w.indexOf('"') < 0) return PLAIN_HEBREW_DATE_WORDS.contains(w);
    return isDateWordSlowly(w);
  }

  private static boolean isDateWordSlowly(String w) {
    String bare = HebrewNames.bare(w);
    return HebrewNames.monthByName(w) != null || HebrewNames.hebrewMonthByName(w) != null
        || HebrewNames.weekdayByName(w) != null || HebrewNames.weekdayByLetter(w) != null
        || HebrewNames.unit(w) != null || HebrewNames.relativeDay(w) != null || HebrewNames.numberWord(w) != null
        || w.startsWith("כ") && HebrewNames.unit(w.substring(1)) != null
        || HebrewNames.FILLERS.contains(w) || DateReader.looksLikeHebrewNumeral(w)
        || DATE_WORDS.contains(bare);
  }

  /** The Hebrew date words beyond the names {@link HebrewNames} knows: {@link #WEAK_WORDS} and these. */
  private static final Set<String> DATE_WORDS = union(WEAK_WORDS, Set.of("עכשיו", "כרגע", "עתה", "רגע", "מדקה",
      "בבוקר", "בוקר", "בצהריים", "צהריים", "בצהרים", "הצהריים", "הצהרים", "בערב", "ערב", "בלילה", "לילה", "ראשון",
      "שני"));

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  private static final Set<String> PLAIN_HEBREW_DATE_WORDS = plainHebrewDateWords();

  /** The same words, for the tokenizer to look a word up in without copying it out of the text. */
  private static final WordSet PLAIN_HEBREW_DATE_WORD_SET = new WordSet(PLAIN_HEBREW_DATE_WORDS);

  /** Latin words that only qualify a date (am/pm, a zone, "ago"): part of a date, never enough for one. */
  private static final Set<String> LATIN_TIME_WORDS = Set.of("am", "pm", "a.m", "p.m", "gmt", "utc", "z", "ist", "idt",
      "ago");

  private static boolean isLatinDateWord(String word) {
    String w = DateTokenizer.latinKey(word);
    return HebrewNames.monthByName(w) != null || HebrewNames.weekdayByName(w) != null || HebrewNames.unit(w) != null
        || HebrewNames.relativeDay(w) != null || HebrewNames.FILLERS.contains(w) || RelativeWords.isDateWord(w)
        || LATIN_TIME_WORDS.contains(w) || w.equals("now");
  }

  private static boolean canStart(List<DateToken> tokens, int i) {
    DateToken t = tokens.get(i);
    if (t.is(DateToken.Kind.SEPARATOR)) return false;
    // ו 10 אפר, ה׳ 3 ביוני: a weekday letter starts a date; ב-3 ביוני is the prefix ב, a filler
    if (HebrewNames.weekdayByLetter(t.text()) != null && i + 1 < tokens.size()
        && (t.text().length() > 1 || !tokens.get(i + 1).is(DateToken.Kind.SEPARATOR))) return true;
    return !isFiller(t);
  }

  private static boolean canEnd(DateToken t) {
    // ساعة and يوم are an hour and a day, and also words around a time ("الساعة"); منذ ساعة ends with one
    return (!t.is(DateToken.Kind.SEPARATOR) || t.text().equals(")"))
        && (!isFiller(t) || t.is(DateToken.Kind.ARABIC_WORD) && ArabicNames.unit(t.text()) != null);
  }

  private static boolean isFiller(DateToken t) {
    // fillers are words, and only a Latin word can change case
    if (t.is(DateToken.Kind.HEBREW_WORD)) return HebrewNames.FILLERS.contains(t.text());
    if (t.is(DateToken.Kind.ARABIC_WORD)) return ArabicNames.FILLERS.contains(t.text()) || ArabicNames.UPDATE_LABELS.contains(t.text());
    if (!t.is(DateToken.Kind.WORD)) return false;
    String w = t.text().toLowerCase(Locale.ROOT);
    return HebrewNames.FILLERS.contains(w) || RelativeWords.FILLERS.contains(w);
  }

  /** A word that prose uses on its own: היום, אתמול, עכשיו, a weekday. */
  private static boolean isLoneWord(DateToken t) {
    return t.is(DateToken.Kind.HEBREW_WORD) || t.is(DateToken.Kind.WORD) || t.is(DateToken.Kind.ARABIC_WORD);
  }
}
