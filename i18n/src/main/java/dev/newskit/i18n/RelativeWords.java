package dev.newskit.i18n;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The words of relative dates in German, Spanish, French, Italian, Portuguese, Dutch, Polish, Russian, Chinese and
 * Japanese, as news pages print them ({@code vor 3 Stunden}, {@code il y a une heure}, {@code 3 часа назад},
 * {@code 3小时前}, {@code gestern 18:00}, {@code вчера в 18:30}), looked up lower-case. Hebrew and English are
 * {@link HebrewNames}', Arabic and Persian {@link ArabicNames}'. Numbers in words are only those pages write instead of
 * digits: the one of {@code vor einer Stunde}, {@code un'ora fa}, {@code одну минуту назад}.
 */
final class RelativeWords {
  private RelativeWords() {}

  private static final Map<String, ChronoUnit> UNITS = new HashMap<>();
  /** Units that alone mean one of them, before the word for "ago": {@code час назад}, {@code godzinę temu}, {@code un'ora fa}. */
  private static final Map<String, ChronoUnit> ONE = new HashMap<>();
  private static final Map<String, Integer> DAYS = new HashMap<>();

  static {
    units(ChronoUnit.SECONDS, "sekunde", "sekunden", "sek", "segundo", "segundos", "seconde", "secondes", "secondo",
        "secondi", "seconden", "sekunda", "sekundy", "sekund", "sekundę", "секунда", "секунды", "секунд", "секунду",
        "сек", "秒", "秒钟", "秒鐘");
    units(ChronoUnit.MINUTES, "minute", "minuten", "minuto", "minutos", "minutes", "minuti", "minuut", "minuta",
        "minuty", "minut", "minutę", "минута", "минуты", "минут", "минуту", "мин", "分钟", "分鐘", "分");
    units(ChronoUnit.HOURS, "stunde", "stunden", "std", "hora", "horas", "heure", "heures", "ora", "ore", "uur",
        "godzina", "godziny", "godzin", "godzinę", "час", "часа", "часов", "小时", "小時", "時間");
    units(ChronoUnit.DAYS, "tag", "tage", "tagen", "día", "días", "dia", "dias", "jour", "jours", "giorno", "giorni",
        "dag", "dagen", "dzień", "dni", "день", "дня", "дней", "天", "日");
    units(ChronoUnit.WEEKS, "woche", "wochen", "semana", "semanas", "semaine", "semaines", "settimana", "settimane",
        "week", "weken", "tydzień", "tygodnie", "tygodni", "неделя", "недели", "недель", "неделю", "周", "週", "週間",
        "星期");
    units(ChronoUnit.MONTHS, "monat", "monate", "monaten", "mes", "meses", "mois", "mese", "mesi", "mês", "maand",
        "maanden", "miesiąc", "miesiące", "miesięcy", "месяц", "месяца", "месяцев", "个月", "個月", "ヶ月", "か月",
        "カ月", "ヵ月");
    units(ChronoUnit.YEARS, "jahr", "jahre", "jahren", "año", "años", "an", "ans", "année", "années", "anno", "anni",
        "ano", "anos", "jaar", "jaren", "rok", "lata", "lat", "год", "года", "лет", "年");
    one(ChronoUnit.MINUTES, "minutę", "минуту");
    one(ChronoUnit.HOURS, "godzinę", "час", "un'ora");
    one(ChronoUnit.DAYS, "dzień", "день");
    one(ChronoUnit.WEEKS, "tydzień", "неделю");
    one(ChronoUnit.MONTHS, "miesiąc", "месяц");
    one(ChronoUnit.YEARS, "rok", "год");
    // German, Spanish, Italian, Portuguese, Dutch, Polish, Russian, French, Chinese and Japanese stamps ("gestern, 18:00
    // Uhr", "hoy 09:30", "вчера, 18:30"): a page that prints a time beside them dates it by them, and the time alone
    // would be the reference day's.
    days(0, "heute", "hoy", "oggi", "hoje", "vandaag", "dzisiaj", "dziś", "сегодня", "aujourd'hui", "今天", "今日");
    days(-1, "gestern", "ayer", "ieri", "ontem", "gisteren", "wczoraj", "вчера", "hier", "昨天", "昨日");
    days(-2, "vorgestern", "anteayer", "anteontem", "eergisteren", "przedwczoraj", "позавчера", "前天", "一昨日");
  }

  private static void units(ChronoUnit unit, String... words) {
    for (String w : words) UNITS.put(w, unit);
  }

  private static void one(ChronoUnit unit, String... words) {
    for (String w : words) ONE.put(w, unit);
  }

  private static void days(int days, String... words) {
    for (String w : words) DAYS.put(w, days);
  }

  /** Words that put the amount after them before now: vor, hace, há ({@code il y a} is {@link #isIlYa}). */
  private static final Set<String> BEFORE = Set.of("vor", "hace", "há");
  /** Words that put the amount before them before now, as "ago" does: fa, geleden, temu, назад, atrás, 前. */
  private static final Set<String> AFTER = Set.of("fa", "geleden", "temu", "назад", "atrás", "前");
  private static final Map<String, Integer> NUMBERS = Map.of(
      "einer", 1, "einem", 1, "un", 1, "una", 1, "une", 1, "um", 1, "uma", 1, "een", 1, "одну", 1);
  /** Words that stand between a day word and its time and say nothing: hoy a las 9:30, hier à 18h30, вчера в 18:30. */
  static final Set<String> FILLERS = Set.of("à", "a", "las", "alle", "às", "om", "o", "um", "в", "kl");

  /**
   * Days the reader does not count from the reference, so that a time beside one is not the reference day's: the words
   * for tomorrow (German {@code morgen} and Spanish {@code mañana} also mean "morning", and a page's own date is never
   * tomorrow) and the weekdays of the languages above ({@code Dienstag 18:00} is a Tuesday's time, which day not said).
   */
  private static final Set<String> UNCOUNTED_DAYS = uncountedDays();

  private static Set<String> uncountedDays() {
    Set<String> words = new HashSet<>(List.of("morgen", "übermorgen", "mañana", "demain", "domani", "amanhã", "jutro",
        "завтра", "明天", "明日"));
    for (String language : CalendarNames.LANGUAGES) {
      for (DayOfWeek d : DayOfWeek.values()) {
        String name = d.getDisplayName(TextStyle.FULL, Locale.forLanguageTag(language)).toLowerCase(Locale.ROOT);
        words.add(name);
        int dash = name.indexOf('-');
        if (dash > 0) words.add(name.substring(0, dash)); // segunda-feira is also segunda
      }
    }
    return Set.copyOf(words);
  }

  /** The unit of time a word (lower-case) names, or null. */
  static @Nullable ChronoUnit unit(String word) {
    ChronoUnit u = UNITS.get(word);
    return u != null ? u : ONE.get(word);
  }

  /** The unit a word names that alone means one of it ({@code час}, {@code godzinę}, {@code un'ora}), or null. */
  static @Nullable ChronoUnit one(String word) {
    return ONE.get(word);
  }

  /** The amount a number written as a word gives ({@code einer}, {@code une}, {@code одну}), or null. */
  static @Nullable Integer number(String word) {
    return NUMBERS.get(word);
  }

  /** Whether a word puts the amount after it before now: {@code vor 3 Stunden}, {@code hace un día}. */
  static boolean isBefore(String word) {
    return BEFORE.contains(word);
  }

  /** Whether the words at {@code i} are French {@code il y a}, which puts the amount after them before now. */
  static boolean isIlYa(String first, String second, String third) {
    return first.equals("il") && second.equals("y") && third.equals("a");
  }

  /** Whether a word puts the amount before it before now, as "ago" does: {@code 3 ore fa}, {@code 3小时前}. */
  static boolean isAfter(String word) {
    return AFTER.contains(word);
  }

  /** The days from today a word means: gestern −1, сегодня 0, 前天 −2; null if none. */
  static @Nullable Integer day(String word) {
    return DAYS.get(word);
  }

  /**
   * The language a day word belongs to when it is also an everyday word of others (the French {@code hier} is "here"
   * in German, Dutch and English), or null: it is a day only where the context reads that language or names none.
   */
  static @Nullable String onlyIn(String word) {
    return word.equals("hier") ? "fr" : null;
  }

  /** Whether a word names a day the reader does not count: tomorrow, or a weekday of a language above. */
  static boolean isUncountedDay(String word) {
    return UNCOUNTED_DAYS.contains(word);
  }

  /** Whether a word (lower-case) means anything in a relative date, so that a search keeps it in a candidate date. */
  static boolean isDateWord(String word) {
    return unit(word) != null || NUMBERS.containsKey(word) || BEFORE.contains(word) || AFTER.contains(word)
        || DAYS.containsKey(word) || FILLERS.contains(word) || word.equals("il") || word.equals("y");
  }

  /** Whether a word only leads into a relative date (vor, il, y, einer) or follows it (fa, 前): no date without more. */
  static boolean isWeak(String word) {
    return NUMBERS.containsKey(word) || BEFORE.contains(word) || AFTER.contains(word) || word.equals("il")
        || word.equals("y");
  }

  /** The Chinese and Japanese words above, which a run of Han and kana is cut into when it is nothing else. */
  static final List<String> CJK_WORDS = cjkWords();

  private static List<String> cjkWords() {
    List<String> words = new java.util.ArrayList<>();
    for (Set<String> set : List.of(UNITS.keySet(), DAYS.keySet(), AFTER, UNCOUNTED_DAYS)) {
      for (String w : set) if (DateTokenizer.isCjk(w.charAt(0))) words.add(w);
    }
    words.sort(java.util.Comparator.comparingInt(String::length).reversed()); // longest first: 分钟 before 分
    return List.copyOf(words);
  }
}
