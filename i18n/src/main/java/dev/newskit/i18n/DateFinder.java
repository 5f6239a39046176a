package dev.newskit.i18n;

import dev.newskit.core.DateContext;
import dev.newskit.core.DateParseException;
import dev.newskit.core.FoundDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

  static List<FoundDate> find(String text, DateContext context) {
    List<DateToken> tokens = DateTokenizer.tokenize(text, true);
    List<FoundDate> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!mayBelong(tokens, i)) {
        i++;
        continue;
      }
      int runEnd = i;
      while (runEnd < tokens.size() && mayBelong(tokens, runEnd)) runEnd++;
      readRun(text, tokens, i, runEnd, context, found);
      i = runEnd;
    }
    return List.copyOf(found);
  }

  private static void readRun(String text, List<DateToken> tokens, int from, int to, DateContext context,
      List<FoundDate> found) {
    int s = from;
    while (s < to) {
      if (!canStart(tokens.get(s))) {
        s++;
        continue;
      }
      int next = s + 1;
      for (int e = Math.min(to, s + MAX_WINDOW); e > s; e--) {
        DateToken last = tokens.get(e - 1);
        if (!canEnd(last)) continue;
        List<DateToken> window = tokens.subList(s, e);
        if (window.size() == 1 && isLoneWord(last)) continue;
        try {
          DateFields fields = DateReader.read(text, window);
          found.add(new FoundDate(DateResolver.resolve(fields, context), tokens.get(s).start(), last.end()));
          next = e;
          break;
        } catch (DateParseException ignored) {
          // not a date from s to e; try a shorter stretch
        }
      }
      s = next;
    }
  }

  /** A token that may be part of a date. */
  private static boolean mayBelong(List<DateToken> tokens, int i) {
    DateToken t = tokens.get(i);
    switch (t.kind()) {
      case OTHER:
        return false;
      case HEBREW_WORD:
        return isDateWord(t.text()) || DateReader.isNumeralLetters(t.text()) && nearHebrewMonth(tokens, i);
      case LATIN_WORD:
        return isLatinDateWord(t.text());
      default:
        return true;
    }
  }

  private static boolean nearHebrewMonth(List<DateToken> tokens, int i) {
    for (int j = Math.max(0, i - 2); j <= Math.min(tokens.size() - 1, i + 1); j++) {
      if (j != i && HebrewNames.hebrewMonthByName(tokens.get(j).text()) != null) return true;
    }
    return false;
  }

  private static boolean isDateWord(String w) {
    String bare = HebrewNames.bare(w);
    return HebrewNames.monthByName(w) != null || HebrewNames.hebrewMonthByName(w) != null
        || HebrewNames.weekdayByName(w) != null || HebrewNames.weekdayByLetter(w) != null
        || HebrewNames.unit(w) != null || HebrewNames.relativeDay(w) != null || HebrewNames.numberWord(w) != null
        || w.startsWith("כ") && HebrewNames.unit(w.substring(1)) != null
        || HebrewNames.FILLERS.contains(w) || DateReader.looksLikeHebrewNumeral(w)
        || DATE_WORDS.contains(bare);
  }

  private static final java.util.Set<String> DATE_WORDS = java.util.Set.of(
      "יום", "שעון", "ירושלים", "ישראל", "קיץ", "חורף", "לפני", "בעוד", "עוד", "עכשיו", "כרגע", "זה", "עתה", "רגע",
      "מספר", "כמה", "פחות", "מדקה", "כ", "בערך", "לפנהצ", "אחהצ", "בבוקר", "בוקר", "לפנות", "בצהריים", "צהריים",
      "בצהרים", "אחר", "אחרי", "הצהריים", "הצהרים", "בערב", "ערב", "בלילה", "לילה", "ראשון", "שני");

  private static boolean isLatinDateWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
    return HebrewNames.monthByName(w) != null || HebrewNames.weekdayByName(w) != null || HebrewNames.unit(w) != null
        || HebrewNames.relativeDay(w) != null || HebrewNames.FILLERS.contains(w)
        || switch (w) {
          case "am", "pm", "a.m", "p.m", "gmt", "utc", "z", "ist", "idt", "ago", "now" -> true;
          default -> false;
        };
  }

  private static boolean canStart(DateToken t) {
    return !t.is(DateToken.Kind.SEPARATOR) && !isFiller(t);
  }

  private static boolean canEnd(DateToken t) {
    return (!t.is(DateToken.Kind.SEPARATOR) || t.text().equals(")")) && !isFiller(t);
  }

  private static boolean isFiller(DateToken t) {
    return HebrewNames.FILLERS.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /** A word that prose uses on its own: היום, אתמול, עכשיו, a weekday. */
  private static boolean isLoneWord(DateToken t) {
    return t.is(DateToken.Kind.HEBREW_WORD) || t.is(DateToken.Kind.LATIN_WORD);
  }
}
