package dev.newskit.i18n;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
   * Tomorrow and last night in Arabic and Persian, which this reader does not count from the reference: a word of a date
   * it knows it cannot read, so that a time beside one is not taken for today's ({@code غداً الساعة 18:00}).
   */
  private static final Set<String> UNCOUNTED_DAYS = keys("غدا", "غداً", "دیشب", "فردا");

  /** Whether the word (a key) is a day counted from today that this reader does not read. */
  static boolean isUncountedDay(String key) {
    return UNCOUNTED_DAYS.contains(key);
  }

  /** Today, yesterday and the day before in Arabic and Persian ({@code أمس 10:15 م}, {@code دیروز}). */
  private static final Map<String, Integer> DAYS = new HashMap<>();
  /** Today in Arabic, which is also a label before a date ({@code اليوم الأربعاء}): today only before a time or alone. */
  static final String TODAY = key("اليوم");

  /** The units of time of Arabic (singular, plural, the singular after eleven and up) and Persian. */
  private static final Map<String, java.time.temporal.ChronoUnit> UNITS = new HashMap<>();
  /** The Arabic duals, which carry the amount two: {@code منذ ساعتين}. */
  private static final Set<String> DUALS;
  /** The Arabic singulars, which alone mean one: {@code منذ ساعة}. */
  private static final Set<String> ONES = keys("ثانية", "دقيقة", "ساعة", "يوم", "أسبوع", "شهر", "سنة", "عام");
  /** Before the amount: منذ, قبل ("since", "before"); after it: پیش, قبل (Persian "ago"). */
  private static final Set<String> BEFORE = keys("منذ", "قبل");
  private static final Set<String> AFTER = keys("پیش", "قبل");
  /** One in words where Persian writes it: {@code یک ساعت پیش}. */
  private static final Map<String, Integer> NUMBERS = Map.of(key("یک"), 1);

  static {
    java.time.temporal.ChronoUnit[] order = {java.time.temporal.ChronoUnit.SECONDS, java.time.temporal.ChronoUnit.MINUTES,
        java.time.temporal.ChronoUnit.HOURS, java.time.temporal.ChronoUnit.DAYS, java.time.temporal.ChronoUnit.WEEKS,
        java.time.temporal.ChronoUnit.MONTHS, java.time.temporal.ChronoUnit.YEARS};
    String[][] units = {
      {"ثانية", "ثوان", "ثوانٍ", "ثواني", "ثانیه"},
      {"دقيقة", "دقائق", "دقيقه", "دقیقه"},
      {"ساعة", "ساعات", "ساعه", "ساعت"},
      {"يوم", "أيام", "ايام", "يوما", "روز"},
      {"أسبوع", "أسابيع", "اسبوع", "اسابيع", "أسبوعا", "هفته"},
      {"شهر", "أشهر", "اشهر", "شهور", "شهرا", "ماه"},
      {"سنة", "سنوات", "سنين", "عام", "أعوام", "اعوام", "عاما", "سال"}
    };
    String[][] duals = {
      {"ثانيتين", "ثانيتان"}, {"دقيقتين", "دقيقتان"}, {"ساعتين", "ساعتان"}, {"يومين", "يومان"},
      {"أسبوعين", "أسبوعان"}, {"شهرين", "شهران"}, {"سنتين", "سنتان", "عامين", "عامان"}
    };
    Set<String> dualKeys = new java.util.HashSet<>();
    for (int u = 0; u < order.length; u++) {
      for (String w : units[u]) UNITS.put(key(w), order[u]);
      for (String w : duals[u]) {
        UNITS.put(key(w), order[u]);
        dualKeys.add(key(w));
      }
    }
    DUALS = Set.copyOf(dualKeys);
    for (String w : new String[] {"أمس", "امس", "البارحة", "دیروز"}) DAYS.put(key(w), -1);
    DAYS.put(key("پریروز"), -2);
    DAYS.put(key("امروز"), 0);
    DAYS.put(TODAY, 0);
  }

  /** The unit of time a word (a key) names, or null. */
  static java.time.temporal.@Nullable ChronoUnit unit(String key) {
    return UNITS.get(key);
  }

  /** Whether a unit word (a key) is a dual: two of the unit. */
  static boolean isDual(String key) {
    return DUALS.contains(key);
  }

  /** Whether a unit word (a key) alone means one of the unit. */
  static boolean isOne(String key) {
    return ONES.contains(key);
  }

  /** The amount a number word (a key) gives, or null. */
  static @Nullable Integer number(String key) {
    return NUMBERS.get(key);
  }

  /** Whether a word (a key) puts the amount after it before now: {@code منذ 3 ساعات}. */
  static boolean isBefore(String key) {
    return BEFORE.contains(key);
  }

  /** Whether a word (a key) puts the amount before it before now: {@code ۳ ساعت پیش}. */
  static boolean isAfter(String key) {
    return AFTER.contains(key);
  }

  /** The days from today a word (a key) means: أمس −1; null if none. */
  static @Nullable Integer day(String key) {
    return DAYS.get(key);
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
  static @Nullable Month month(String key) {
    return MONTHS.get(key);
  }

  /** The two Gregorian months a Levantine first word ({@code كانون}, {@code تشرين}) can begin, the first then the second; or null. */
  static Month @Nullable [] twoWordMonth(String key) {
    return TWO_WORD_MONTHS.get(key);
  }

  /** Whether the word is the second word of a two-word month: 0 for الأول, 1 for الثاني, -1 for neither. */
  static int ordinal(String key) {
    return FIRST.contains(key) ? 0 : SECOND.contains(key) ? 1 : -1;
  }

  /** The Solar Hijri month (1–12) a name gives, or null. */
  static @Nullable Integer persianMonth(String key) {
    return PERSIAN_MONTHS.get(key);
  }

  static @Nullable DayOfWeek weekday(String key) {
    return WEEKDAYS.get(key);
  }

  /** The part of the day a word after a time names, or null. */
  static DateFields.@Nullable DayPeriod period(String key) {
    if (AM.contains(key)) return DateFields.DayPeriod.AM;
    if (PM.contains(key)) return DateFields.DayPeriod.PM;
    if (NOON.contains(key)) return DateFields.DayPeriod.NOON;
    return null;
  }

  /** Whether the word (a key) has a meaning in a date, so that a search keeps it in a candidate date. */
  static boolean isDateWord(String key) {
    return MONTHS.containsKey(key) || PERSIAN_MONTHS.containsKey(key) || WEEKDAYS.containsKey(key)
        || TWO_WORD_MONTHS.containsKey(key) || FIRST.contains(key) || SECOND.contains(key) || AM.contains(key)
        || PM.contains(key) || NOON.contains(key) || FILLERS.contains(key) || UPDATE_LABELS.contains(key) || key.equals("ه") || key.equals("هـ")
        || UNITS.containsKey(key) || BEFORE.contains(key) || AFTER.contains(key) || DAYS.containsKey(key)
        || NUMBERS.containsKey(key);
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
