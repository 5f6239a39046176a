package dev.newskit.i18n;

import java.time.DayOfWeek;
import java.time.Month;

/** Hebrew names of weekdays and months, as Israeli news sites and CLDR print them. */
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
}
