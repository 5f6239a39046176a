package dev.newskit.i18n;

import com.ibm.icu.util.HebrewCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;

/**
 * A day of the Hebrew calendar, converted to and from {@link LocalDate} with ICU4J's
 * {@link HebrewCalendar}. ICU calendars are mutable, so each conversion uses its own instance.
 *
 * @param year the year of the world, such as 5786
 * @param month ICU's month number: Tishri = 0 … Elul = 12, with 5 (Adar I) only in leap years and 6
 *     being Adar (Adar II in leap years)
 * @param day the day of the month, 1 to 30
 */
record HebrewCalendarDate(int year, int month, int day) {
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
  private static final long MILLIS_PER_DAY = 86_400_000L;

  static HebrewCalendarDate of(LocalDate date) {
    HebrewCalendar cal = new HebrewCalendar(UTC);
    cal.setTimeInMillis(date.toEpochDay() * MILLIS_PER_DAY);
    return new HebrewCalendarDate(cal.get(HebrewCalendar.EXTENDED_YEAR), cal.get(HebrewCalendar.MONTH),
        cal.get(HebrewCalendar.DAY_OF_MONTH));
  }

  static boolean isLeapYear(int year) {
    return ((7 * year + 1) % 19) < 7;
  }

  boolean leapYear() {
    return isLeapYear(year);
  }

  /** The days in this date's month, by ICU. */
  static int daysInMonth(int year, int month) {
    HebrewCalendar cal = new HebrewCalendar(UTC);
    cal.clear();
    cal.set(HebrewCalendar.EXTENDED_YEAR, year);
    cal.set(HebrewCalendar.MONTH, month);
    cal.set(HebrewCalendar.DAY_OF_MONTH, 1);
    return cal.getActualMaximum(HebrewCalendar.DAY_OF_MONTH);
  }

  /**
   * The Gregorian day, or an {@link IllegalArgumentException} naming what does not exist (Adar I in a
   * common year, the 30th of a 29-day month).
   */
  LocalDate toLocalDate() {
    if (month < 0 || month > 12) throw new IllegalArgumentException("no Hebrew month " + month);
    if (month == 5 && !leapYear()) {
      throw new IllegalArgumentException("Adar I exists only in leap years, and " + year + " is not one");
    }
    int max = daysInMonth(year, month);
    if (day < 1 || day > max) {
      throw new IllegalArgumentException("day " + day + " does not exist in " + HebrewNames.hebrewMonth(month, leapYear())
          + " " + year + ", which has " + max + " days");
    }
    HebrewCalendar cal = new HebrewCalendar(UTC);
    cal.clear();
    cal.set(HebrewCalendar.EXTENDED_YEAR, year);
    cal.set(HebrewCalendar.MONTH, month);
    cal.set(HebrewCalendar.DAY_OF_MONTH, day);
    return LocalDate.ofEpochDay(Math.floorDiv(cal.getTimeInMillis(), MILLIS_PER_DAY));
  }

  /** The date as Israeli readers print it: {@code כ״ג בניסן תשפ״ו}. */
  String format() {
    return HebrewNumerals.format(day) + " ב" + HebrewNames.hebrewMonth(month, leapYear()) + " "
        + HebrewNumerals.format(year);
  }
}
