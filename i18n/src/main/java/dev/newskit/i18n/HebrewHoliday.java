package dev.newskit.i18n;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Jewish holidays, fasts and Israeli national days, with the rules that move them: a fast that
 * falls on Shabbat moves (to Sunday, or to Thursday for the Fast of Esther), Yom HaShoah moves off
 * Friday and Sunday, and Yom HaZikaron and Yom HaAtzmaut move off Friday, Shabbat and Monday night, as
 * Israeli law sets them. Outside Israel the first and last days of Sukkot, Pesach and Shavuot are
 * doubled and Simchat Torah is its own day. Checked against KosherJava on every day of 5780–5800.
 */
public enum HebrewHoliday {
  ROSH_HASHANA("ראש השנה"),
  FAST_OF_GEDALIAH("צום גדליה"),
  YOM_KIPPUR("יום כיפור"),
  SUKKOT("סוכות"),
  CHOL_HAMOED_SUKKOT("חול המועד סוכות"),
  HOSHANA_RABBA("הושענא רבה"),
  SHEMINI_ATZERET("שמיני עצרת"),
  SIMCHAT_TORAH("שמחת תורה"),
  CHANUKAH("חנוכה"),
  TENTH_OF_TEVET("עשרה בטבת"),
  TU_BISHVAT("ט״ו בשבט"),
  FAST_OF_ESTHER("תענית אסתר"),
  PURIM("פורים"),
  SHUSHAN_PURIM("שושן פורים"),
  PESACH("פסח"),
  CHOL_HAMOED_PESACH("חול המועד פסח"),
  YOM_HASHOAH("יום השואה"),
  YOM_HAZIKARON("יום הזיכרון"),
  YOM_HAATZMAUT("יום העצמאות"),
  LAG_BAOMER("ל״ג בעומר"),
  YOM_YERUSHALAYIM("יום ירושלים"),
  SHAVUOT("שבועות"),
  SEVENTEENTH_OF_TAMMUZ("י״ז בתמוז"),
  TISHA_BAV("תשעה באב"),
  TU_BAV("ט״ו באב");

  private static final int TISHREI = 0;
  private static final int KISLEV = 2;
  private static final int TEVET = 3;
  private static final int SHEVAT = 4;
  private static final int ADAR = 6; // Adar, or Adar II in a leap year
  private static final int NISAN = 7;
  private static final int IYAR = 8;
  private static final int SIVAN = 9;
  private static final int TAMMUZ = 10;
  private static final int AV = 11;

  private final String hebrewName;

  HebrewHoliday(String hebrewName) {
    this.hebrewName = hebrewName;
  }

  /** The name as Israeli calendars print it: {@code יום העצמאות}. */
  public String hebrewName() {
    return hebrewName;
  }

  /**
   * The holiday on {@code date}, if any.
   *
   * @param inIsrael whether to use Israel's schedule (one festival day) or the diaspora's (two)
   */
  public static Optional<HebrewHoliday> on(LocalDate date, boolean inIsrael) {
    Objects.requireNonNull(date, "date");
    HebrewCalendarDate h = HebrewCalendarDate.of(date);
    return Optional.ofNullable(holiday(h, date, date.getDayOfWeek(), inIsrael));
  }

  private static @Nullable HebrewHoliday holiday(HebrewCalendarDate h, LocalDate date, DayOfWeek dow, boolean israel) {
    int d = h.day();
    switch (h.month()) {
      case TISHREI:
        if (d == 1 || d == 2) return ROSH_HASHANA;
        if (d == 3 && dow != DayOfWeek.SATURDAY || d == 4 && dow == DayOfWeek.SUNDAY) return FAST_OF_GEDALIAH;
        if (d == 10) return YOM_KIPPUR;
        if (d == 15 || d == 16 && !israel) return SUKKOT;
        if (d >= 16 && d <= 20) return CHOL_HAMOED_SUKKOT;
        if (d == 21) return HOSHANA_RABBA;
        if (d == 22) return SHEMINI_ATZERET;
        if (d == 23 && !israel) return SIMCHAT_TORAH;
        return null;
      case KISLEV:
      case TEVET:
        LocalDate first = new HebrewCalendarDate(h.year(), KISLEV, 25).toLocalDate();
        long since = ChronoUnit.DAYS.between(first, date);
        if (since >= 0 && since < 8) return CHANUKAH;
        return h.month() == TEVET && d == 10 ? TENTH_OF_TEVET : null;
      case SHEVAT:
        return d == 15 ? TU_BISHVAT : null;
      case ADAR:
        if (d == 13 && dow != DayOfWeek.SATURDAY || d == 11 && dow == DayOfWeek.THURSDAY) return FAST_OF_ESTHER;
        if (d == 14) return PURIM;
        if (d == 15) return SHUSHAN_PURIM;
        return null;
      case NISAN:
        if (d == 15 || d == 21 || !israel && (d == 16 || d == 22)) return PESACH;
        if (d >= 16 && d <= 20) return CHOL_HAMOED_PESACH;
        if (d == 27 && dow != DayOfWeek.SUNDAY && dow != DayOfWeek.FRIDAY
            || d == 26 && dow == DayOfWeek.THURSDAY || d == 28 && dow == DayOfWeek.MONDAY) return YOM_HASHOAH;
        return null;
      case IYAR:
        if (d == 4 && dow == DayOfWeek.TUESDAY || (d == 2 || d == 3) && dow == DayOfWeek.WEDNESDAY
            || d == 5 && dow == DayOfWeek.MONDAY) return YOM_HAZIKARON;
        if (d == 5 && dow == DayOfWeek.WEDNESDAY || (d == 3 || d == 4) && dow == DayOfWeek.THURSDAY
            || d == 6 && dow == DayOfWeek.TUESDAY) return YOM_HAATZMAUT;
        if (d == 18) return LAG_BAOMER;
        if (d == 28) return YOM_YERUSHALAYIM;
        return null;
      case SIVAN:
        return d == 6 || d == 7 && !israel ? SHAVUOT : null;
      case TAMMUZ:
        return d == 17 && dow != DayOfWeek.SATURDAY || d == 18 && dow == DayOfWeek.SUNDAY ? SEVENTEENTH_OF_TAMMUZ : null;
      case AV:
        if (d == 9 && dow != DayOfWeek.SATURDAY || d == 10 && dow == DayOfWeek.SUNDAY) return TISHA_BAV;
        return d == 15 ? TU_BAV : null;
      default:
        return null;
    }
  }
}
