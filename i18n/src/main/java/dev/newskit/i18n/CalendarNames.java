package dev.newskit.i18n;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The weekday and month names of the languages {@link RelativeWords} reads, which this reader does not read as dates
 * ({@code Dienstag}, {@code März}, {@code lun.}, {@code Di.}): a time beside one belongs to a day the page printed, not
 * to the reference day. Looked up as {@link DateTokenizer#latinKey} gives a word.
 */
final class CalendarNames {
  private CalendarNames() {}

  /** The languages of {@link RelativeWords} that print names in Latin or Cyrillic letters. */
  static final List<String> LANGUAGES = List.of("de", "es", "fr", "it", "pt", "nl", "pl", "ru");

  private static final TextStyle[] STYLES = {TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT,
      TextStyle.SHORT_STANDALONE};

  /** Every name in full and in its short form, lower-case without dots. */
  private static final Set<String> NAMES;
  /** Every beginning of three letters or more of a full name: what an abbreviation with a dot may be ({@code Dienst.}). */
  private static final Set<String> BEGINNINGS;

  static {
    Set<String> names = new HashSet<>();
    Set<String> full = new HashSet<>();
    for (String language : LANGUAGES) {
      Locale locale = Locale.forLanguageTag(language);
      for (TextStyle style : STYLES) {
        for (DayOfWeek d : DayOfWeek.values()) add(d.getDisplayName(style, locale), style, names, full);
        for (Month m : Month.values()) add(m.getDisplayName(style, locale), style, names, full);
      }
    }
    Set<String> beginnings = new HashSet<>();
    for (String name : full) {
      for (int end = 3; end <= name.length(); end++) beginnings.add(name.substring(0, end));
    }
    NAMES = Set.copyOf(names);
    BEGINNINGS = Set.copyOf(beginnings);
  }

  private static void add(String name, TextStyle style, Set<String> names, Set<String> full) {
    String key = DateTokenizer.latinKey(name);
    names.add(key);
    if (style == TextStyle.FULL || style == TextStyle.FULL_STANDALONE) full.add(key);
    int dash = key.indexOf('-');
    if (dash > 0) names.add(key.substring(0, dash)); // segunda-feira is also segunda
  }

  /**
   * Whether a word token's text names a weekday or a month in one of {@link #LANGUAGES}: in full or short
   * ({@code März}, {@code mar}), or abbreviated with a dot ({@code Di.}, {@code lun.}, {@code sept.}). A short name of
   * two letters counts with its dot or its capital ({@code So.}, {@code Di, 10:19 Uhr}); in lower case and bare it is
   * a word of prose ("so far", "do").
   */
  static boolean isName(String word) {
    String key = DateTokenizer.latinKey(word);
    boolean dotted = word.endsWith(".");
    if (key.length() <= 2) return (dotted || Character.isUpperCase(word.charAt(0))) && NAMES.contains(key);
    return NAMES.contains(key) || dotted && BEGINNINGS.contains(key);
  }
}
