package dev.newskit.i18n;

import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;

/**
 * A day of the Solar Hijri (Persian) calendar that Iranian and Afghan pages print ({@code 2 تیر 1399}), converted
 * to the Gregorian day by ICU4J's {@link PersianCalendar}. Months are 1 (Farvardin) to 12 (Esfand).
 */
record PersianCalendarDate(int year, int month, int day) {
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
  private static final long MILLIS_PER_DAY = 86_400_000L;

  /**
   * The Gregorian day, or an {@link IllegalArgumentException} naming what does not exist (the 31st of Mehr) or lies
   * outside 1279-1479 SH (1900-2100).
   */
  LocalDate toLocalDate() {
    if (month < 1 || month > 12) throw new IllegalArgumentException("no Persian month " + month);
    // 1279 to 1479 SH is 1900 to 2100: the years the other calendars read, and far past ICU's exact range otherwise.
    if (year < 1279 || year > 1479) {
      throw new IllegalArgumentException("Persian year " + year + " is outside 1279-1479 (1900-2100)");
    }
    PersianCalendar cal = new PersianCalendar(UTC);
    cal.clear();
    cal.set(PersianCalendar.EXTENDED_YEAR, year);
    cal.set(PersianCalendar.MONTH, month - 1);
    cal.set(PersianCalendar.DAY_OF_MONTH, 1);
    int max = cal.getActualMaximum(PersianCalendar.DAY_OF_MONTH);
    if (day < 1 || day > max) {
      throw new IllegalArgumentException("day " + day + " does not exist in Persian month " + month + " of " + year
          + ", which has " + max + " days");
    }
    cal.set(PersianCalendar.DAY_OF_MONTH, day);
    return LocalDate.ofEpochDay(Math.floorDiv(cal.getTimeInMillis(), MILLIS_PER_DAY));
  }
}
