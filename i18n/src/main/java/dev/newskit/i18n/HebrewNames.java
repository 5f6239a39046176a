package dev.newskit.i18n;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Hebrew names of weekdays, months and units of time, as Israeli news sites and CLDR print them: the
 * formatter prints them and the parser reads them back (with the English names those pages also use).
 */
final class HebrewNames {
  private HebrewNames() {}

  private static final String[] WEEKDAYS = {"יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "שבת", "יום ראשון"};
  private static final String[] WEEKDAY_LETTERS = {"ב", "ג", "ד", "ה", "ו", "ש", "א"};
  private static final String[] MONTHS = {"ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט",
      "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"};
  /** Abbreviations as sites print them without geresh (the seed's {@code אפר}); CLDR adds a geresh. */
  private static final String[] MONTHS_SHORT = {"ינו", "פבר", "מרץ", "אפר", "מאי", "יוני", "יולי", "אוג", "ספט",
      "אוק", "נוב", "דצמ"};

  /** Hebrew-calendar months in ICU's numbering (Tishri = 0 … Elul = 12; 5 is Adar I, only in leap years). */
  private static final String[] HEBREW_MONTHS = {"תשרי", "חשוון", "כסלו", "טבת", "שבט", "אדר א׳", "אדר", "ניסן",
      "אייר", "סיוון", "תמוז", "אב", "אלול"};

  static String weekday(DayOfWeek day) {
    return WEEKDAYS[day.ordinal()];
  }

  static String weekdayLetter(DayOfWeek day) {
    return WEEKDAY_LETTERS[day.ordinal()];
  }

  static String month(Month month) {
    return MONTHS[month.ordinal()];
  }

  static String monthShort(Month month) {
    return MONTHS_SHORT[month.ordinal()];
  }

  /** The CLDR abbreviation: the short name with a geresh where it was cut. */
  static String monthAbbreviation(Month month) {
    String shortName = MONTHS_SHORT[month.ordinal()];
    return shortName.equals(MONTHS[month.ordinal()]) ? shortName : shortName + HebrewNumerals.GERESH;
  }

  /** The Hebrew-calendar month name; in a leap year month 6 is Adar II. */
  static String hebrewMonth(int icuMonth, boolean leapYear) {
    if (icuMonth == 6 && leapYear) return "אדר ב׳";
    return HEBREW_MONTHS[icuMonth];
  }

  // ---- reading: every name the parser accepts, derived from the tables above where they overlap ----

  private static final Map<String, Month> MONTH_WORDS = new HashMap<>();
  private static final Map<String, Integer> HEBREW_MONTH_WORDS = new HashMap<>();
  private static final Map<String, DayOfWeek> WEEKDAY_WORDS = new HashMap<>();
  private static final Map<String, DayOfWeek> LETTER_WORDS = new HashMap<>();
  private static final Map<String, Integer> NUMBER_WORDS = Map.of(
      "שתי", 2, "שני", 2, "שלוש", 3, "שלושה", 3, "ארבע", 4, "ארבעה", 4, "חמש", 5, "חמישה", 5);
  /** Words that may stand around a date and say nothing about it. */
  static final Set<String> FILLERS = Set.of(
      "ב", "בשעה", "שעה", "עודכן", "עדכון", "עודכן:", "פורסם", "פורסמה", "תאריך", "פרסום", "אחרון", "אחרונה",
      "לאחרונה", "נכון", "ל", "ה", "מ", "עד", "at", "on", "updated", "published", "posted", "last", "the",
      "of", "date");

  static {
    String[][] months = {
      {"ינואר", "ינו"}, {"פברואר", "פבר", "פבו"}, {"מרץ", "מרס", "מרש"}, {"אפריל", "אפר"}, {"מאי"}, {"יוני"},
      {"יולי"}, {"אוגוסט", "אוג"}, {"ספטמבר", "ספט"}, {"אוקטובר", "אוק"}, {"נובמבר", "נוב"}, {"דצמבר", "דצמ"}
    };
    String[] english = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december"};
    for (int m = 0; m < 12; m++) {
      for (String name : months[m]) MONTH_WORDS.put(name, Month.of(m + 1));
      MONTH_WORDS.put(MONTHS[m], Month.of(m + 1));
      MONTH_WORDS.put(english[m], Month.of(m + 1));
      MONTH_WORDS.put(english[m].substring(0, 3), Month.of(m + 1));
    }
    MONTH_WORDS.put("sept", Month.SEPTEMBER);
    String[][] hebrew = {
      {"תשרי"}, {"חשון", "חשוון", "מרחשון", "מרחשוון"}, {"כסלו", "כסליו"}, {"טבת"}, {"שבט"}, {}, {"אדר"}, {"ניסן"},
      {"אייר"}, {"סיון", "סיוון"}, {"תמוז"}, {"אב", "מנחם-אב"}, {"אלול"}
    };
    for (int m = 0; m < hebrew.length; m++) for (String name : hebrew[m]) HEBREW_MONTH_WORDS.put(name, m);
    String[] days = {"שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "ראשון"};
    String[] englishDays = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (int d = 0; d < 7; d++) {
      WEEKDAY_WORDS.put(days[d], DayOfWeek.of(d + 1));
      WEEKDAY_WORDS.put(englishDays[d], DayOfWeek.of(d + 1));
      WEEKDAY_WORDS.put(englishDays[d].substring(0, 3), DayOfWeek.of(d + 1));
      LETTER_WORDS.put(WEEKDAY_LETTERS[d], DayOfWeek.of(d + 1));
    }
    WEEKDAY_WORDS.put("tues", DayOfWeek.TUESDAY);
    WEEKDAY_WORDS.put("thur", DayOfWeek.THURSDAY);
    WEEKDAY_WORDS.put("thurs", DayOfWeek.THURSDAY);
  }

  /** A word without its geresh and gershayim marks. */
  static String bare(String word) {
    return word.indexOf('\'') < 0 && word.indexOf('"') < 0 ? word : word.replace("'", "").replace("\"", "");
  }

  /** The Gregorian month a word names, with or without the ב or ל prefix and the geresh: באפר׳, ליוני, April. */
  static @Nullable Month monthByName(String word) {
    String w = bare(word).toLowerCase(Locale.ROOT);
    Month m = MONTH_WORDS.get(w);
    if (m == null && w.length() > 2 && (w.charAt(0) == 'ב' || w.charAt(0) == 'ל')) m = MONTH_WORDS.get(w.substring(1));
    return m;
  }

  /** The Hebrew-calendar month (ICU numbering) a word names, with or without the ב or ל prefix. */
  static @Nullable Integer hebrewMonthByName(String word) {
    Integer m = HEBREW_MONTH_WORDS.get(word);
    if (m == null && word.length() > 2 && (word.charAt(0) == 'ב' || word.charAt(0) == 'ל')) {
      m = HEBREW_MONTH_WORDS.get(word.substring(1));
    }
    return m;
  }

  /** The weekday a full name gives: רביעי, Wednesday, wed. */
  static @Nullable DayOfWeek weekdayByName(String word) {
    return WEEKDAY_WORDS.get(bare(word).toLowerCase(Locale.ROOT));
  }

  /** The weekday a single letter gives, with or without its geresh: ד׳. */
  static @Nullable DayOfWeek weekdayByLetter(String word) {
    String w = bare(word);
    return w.length() == 1 ? LETTER_WORDS.get(w) : null;
  }

  /** Two, three, four, five in words, as in {@code לפני שלוש דקות}. */
  static @Nullable Integer numberWord(String word) {
    return NUMBER_WORDS.get(word);
  }

  /** The unit of time a word names, singular, dual, plural or abbreviated (דק׳, שע׳, שנ׳); null if none. */
  static @Nullable ChronoUnit unit(String word) {
    switch (word.toLowerCase(Locale.ROOT)) {
      case "שנייה": case "שניה": case "שניות": case "שנ'": case "second": case "seconds": case "sec": case "secs":
        return ChronoUnit.SECONDS;
      case "דקה": case "דקות": case "דק'": case "minute": case "minutes": case "min": case "mins":
        return ChronoUnit.MINUTES;
      case "שעה": case "שעות": case "שעתיים": case "שע'": case "hour": case "hours": case "hr": case "hrs":
        return ChronoUnit.HOURS;
      case "יום": case "ימים": case "יומיים": case "day": case "days":
        return ChronoUnit.DAYS;
      case "שבוע": case "שבועות": case "שבועיים": case "week": case "weeks":
        return ChronoUnit.WEEKS;
      case "חודש": case "חודשים": case "חודשיים": case "month": case "months":
        return ChronoUnit.MONTHS;
      case "שנה": case "שנים": case "שנתיים": case "year": case "years":
        return ChronoUnit.YEARS;
      default:
        return null;
    }
  }

  /** Whether a unit word is the dual, which carries the amount two: שעתיים. */
  static boolean isDual(String word) {
    return word.endsWith("יים") && unit(word) != null;
  }

  /** Whether a unit word is a plural, which needs a number: שעות, ימים. */
  static boolean isPlural(String word) {
    switch (word) {
      case "שניות": case "דקות": case "שעות": case "ימים": case "שבועות": case "חודשים": case "שנים":
        return true;
      default:
        return false;
    }
  }

  /**
   * Every word the lookups here know, without prefixes: month, weekday, number, unit and relative-day
   * words and fillers. A superset for building fast filters; each lookup still decides for itself.
   */
  static java.util.Set<String> vocabulary() {
    java.util.Set<String> words = new java.util.HashSet<>();
    words.addAll(MONTH_WORDS.keySet());
    words.addAll(HEBREW_MONTH_WORDS.keySet());
    words.addAll(WEEKDAY_WORDS.keySet());
    words.addAll(LETTER_WORDS.keySet());
    words.addAll(NUMBER_WORDS.keySet());
    words.addAll(FILLERS);
    words.addAll(java.util.List.of("שנייה", "שניה", "שניות", "שנ'", "דקה", "דקות", "דק'", "שעה", "שעות", "שעתיים",
        "שע'", "יום", "ימים", "יומיים", "שבוע", "שבועות", "שבועיים", "חודש", "חודשים", "חודשיים", "שנה", "שנים",
        "שנתיים", "היום", "אתמול", "שלשום", "מחר", "מחרתיים"));
    return words;
  }

  /**
   * The days from today a word means: היום 0, אתמול −1, שלשום −2, מחר 1, מחרתיים 2, yesterday −1; null if none. The other
   * languages' day words are {@link RelativeWords#day}.
   */
  static @Nullable Integer relativeDay(String word) {
    switch (word.toLowerCase(Locale.ROOT)) {
      case "היום": case "today":
        return 0;
      case "אתמול": case "yesterday":
        return -1;
      case "שלשום":
        return -2;
      case "מחר": case "tomorrow": return 1;
      case "מחרתיים": return 2;
      default: return null;
    }
  }
}
