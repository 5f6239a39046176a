package dev.newskit.i18n;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The date words of Arabic and Persian pages, looked up by {@link #key}: Gregorian month names in the Egyptian and
 * Gulf forms ({@code أكتوبر}), the Levantine and Iraqi ones ({@code تشرين الأول}) and the Maghreb ones
 * ({@code أفريل}), Solar Hijri month names ({@code تیر}), weekday names, the words for am and pm, and the words that
 * only label a date ({@code تم نشره}, {@code بتاريخ}).
 */
final class ArabicNames {
  private ArabicNames() {}

  private static final Map<String, Month> MONTHS = new HashMap<>();
  private static final Map<String, Integer> PERSIAN_MONTHS = new HashMap<>();
  private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
  /** The first word of a two-word Levantine month, with the month its second word (الأول or الثاني) makes. */
  private static final Map<String, Month[]> TWO_WORD_MONTHS = Map.of(
      key("كانون"), new Month[] {Month.DECEMBER, Month.JANUARY},
      key("تشرين"), new Month[] {Month.OCTOBER, Month.NOVEMBER});

  static {
    String[][] months = {
      {"يناير", "جانفي"}, {"فبراير", "فيفري"}, {"مارس", "آذار"}, {"أبريل", "ابريل", "إبريل", "أفريل", "نيسان"},
      {"مايو", "ماي", "أيار"}, {"يونيو", "يونيه", "جوان", "حزيران"}, {"يوليو", "يوليه", "جويلية", "تموز"},
      {"أغسطس", "اغسطس", "أوت", "آب"}, {"سبتمبر", "أيلول"}, {"أكتوبر", "اكتوبر"}, {"نوفمبر"}, {"ديسمبر"}
    };
    for (int m = 0; m < 12; m++) for (String name : months[m]) MONTHS.put(key(name), Month.of(m + 1));
    String[][] persian = {
      {"فروردین"}, {"اردیبهشت"}, {"خرداد"}, {"تیر"}, {"مرداد", "امرداد"}, {"شهریور"}, {"مهر"}, {"آبان"},
      {"آذر"}, {"دی"}, {"بهمن"}, {"اسفند"}
    };
    for (int m = 0; m < 12; m++) for (String name : persian[m]) PERSIAN_MONTHS.put(key(name), m + 1);
    String[][] weekdays = {
      {"الاثنين", "الإثنين", "اثنين", "دوشنبه"}, {"الثلاثاء", "ثلاثاء", "سه‌شنبه", "سهشنبه"},
      {"الأربعاء", "أربعاء", "چهارشنبه"}, {"الخميس", "خميس", "پنجشنبه", "پنج‌شنبه"}, {"الجمعة", "جمعة", "جمعه"},
      {"السبت", "سبت", "شنبه"}, {"الأحد", "أحد", "یکشنبه", "یک‌شنبه"}
    };
    for (int d = 0; d < 7; d++) for (String name : weekdays[d]) WEEKDAYS.put(key(name), DayOfWeek.of(d + 1));
  }

  private static final Set<String> AM = keys("ص", "صباحا", "صباحاً", "صباح", "ق.ظ");
  private static final Set<String> PM = keys("م", "مساء", "مساءً", "مساءا", "عصرا", "عصراً", "ب.ظ");
  private static final Set<String> NOON = keys("ظهرا", "ظهراً");
  /** The second word of a two-word Levantine month. */
  private static final Set<String> FIRST = keys("الأول", "الاول", "أول");
  private static final Set<String> SECOND = keys("الثاني", "الثانى", "ثاني");
  /**
   * Words that label a date or join its parts: published, on, date, at the hour, corresponding to, the Persian date,
   * hour and publication. {@code م} after a year (AD) is read where it stands, not here. "Last updated" is in
   * {@link #UPDATE_LABELS}.
   */
  static final Set<String> FILLERS = keys("تم", "نشره", "نشر", "نشرت", "نُشر", "في", "بتاريخ", "تاريخ", "التاريخ",
      "النشر", "الساعة", "الساعه", "ساعة", "الموافق", "يوم", "اليوم",
      "على", "عند", "تاریخ", "انتشار", "ساعت", "منتشر", "شده", "در", "روز");

  /**
   * "Last updated": a label only before a date ({@code آخر تحديث: 5 يونيه 2019}); after one it starts another date
   * ({@code 28 آب 2013، آخر تحديث 14:00} is a day, then the update's time), so it never joins the two.
   */
  static final Set<String> UPDATE_LABELS = keys("آخر", "اخر", "تحديث", "التحديث", "محدث", "بروزرسانی", "به‌روزرسانی");

  /**
   * The Islamic (Hijri) months, which this reader does not convert: a word of a date it knows it cannot read, so that a
   * time beside one is not taken for today's ({@code 24 رمضان 12:09}).
   */
  private static final Set<String> HIJRI_MONTHS = keys("محرم", "صفر", "ربيع", "جمادى", "جمادي", "رجب", "شعبان",
      "رمضان", "شوال", "القعدة", "الحجة");

  /** Whether the word (a key) names a Hijri month or part of one. */
  static boolean isHijriMonth(String key) {
    return HIJRI_MONTHS.contains(key);
  }

  /**
   * Yesterday, the day before, tomorrow in Arabic and Persian, which this reader does not count from the reference: a
   * word of a date it knows it cannot read, so that a time beside one is not taken for today's ({@code أمس الساعة 18:00}).
   */
  private static final Set<String> RELATIVE_DAYS = keys("أمس", "امس", "البارحة", "غدا", "غداً", "دیروز", "دیشب",
      "پریروز", "فردا");

  /** Whether the word (a key) is a day counted from today that this reader does not read. */
  static boolean isRelativeDay(String key) {
    return RELATIVE_DAYS.contains(key);
  }

  private static Set<String> keys(String... words) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : words) out.add(key(w));
    return Set.copyOf(out);
  }

  /**
   * The form a word is looked up in: without short vowels, tatweel or zero-width non-joiners, with every alef
   * (أ إ آ ٱ) as ا, Persian yeh and kaf (ی ک) as the Arabic ones, and alef maqsura (ى) as yeh, since pages
   * write the same word with any of them.
   */
  static String key(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640' || c == '\u200C') continue;
      switch (c) {
        case '\u0623', '\u0625', '\u0622', '\u0671' -> out.append('\u0627');
        case '\u06CC', '\u0649' -> out.append('\u064A');
        case '\u06A9' -> out.append('\u0643');
        case ' ' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The Gregorian month a one-word name gives, or null. */
  static Month month(String key) {
    return MONTHS.get(key);
  }

  /** The two Gregorian months a Levantine first word ({@code كانون}, {@code تشرين}) can begin, the first then the second; or null. */
  static Month[] twoWordMonth(String key) {
    return TWO_WORD_MONTHS.get(key);
  }

  /** Whether the word is the second word of a two-word month: 0 for الأول, 1 for الثاني, -1 for neither. */
  static int ordinal(String key) {
    return FIRST.contains(key) ? 0 : SECOND.contains(key) ? 1 : -1;
  }

  /** The Solar Hijri month (1–12) a name gives, or null. */
  static Integer persianMonth(String key) {
    return PERSIAN_MONTHS.get(key);
  }

  static DayOfWeek weekday(String key) {
    return WEEKDAYS.get(key);
  }

  /** The part of the day a word after a time names, or null. */
  static DateFields.DayPeriod period(String key) {
    if (AM.contains(key)) return DateFields.DayPeriod.AM;
    if (PM.contains(key)) return DateFields.DayPeriod.PM;
    if (NOON.contains(key)) return DateFields.DayPeriod.NOON;
    return null;
  }

  /** Whether the word (a key) has a meaning in a date, so that a search keeps it in a candidate date. */
  static boolean isDateWord(String key) {
    return MONTHS.containsKey(key) || PERSIAN_MONTHS.containsKey(key) || WEEKDAYS.containsKey(key)
        || TWO_WORD_MONTHS.containsKey(key) || FIRST.contains(key) || SECOND.contains(key) || AM.contains(key)
        || PM.contains(key) || NOON.contains(key) || FILLERS.contains(key) || UPDATE_LABELS.contains(key) || key.equals("ه") || key.equals("هـ");
  }

  /** Whether a character is an Arabic-script letter, short vowel or tatweel: a character of a word. */
  static boolean isArabicLetter(char c) {
    return c >= '\u0621' && c <= '\u065F' || c == '\u0670' || c >= '\u0671' && c <= '\u06D3' || c == '\u06D5';
  }

  /** The value of an Arabic-Indic ({@code ٠–٩}) or Persian ({@code ۰–۹}) digit, or -1. */
  static int easternDigit(char c) {
    if (c >= '\u0660' && c <= '\u0669') return c - '\u0660';
    if (c >= '\u06F0' && c <= '\u06F9') return c - '\u06F0';
    return -1;
  }
}
