package dev.newskit.i18n;

import dev.newskit.core.DateParseException;
import dev.newskit.core.ParsedDate;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * What the reader has found in one date text so far, each field with the index it came from. A field
 * given twice is an error at the second one. The Gregorian and the Hebrew-calendar date are kept apart
 * so that a text giving both ({@code 25 בדצמבר 2026 / ז׳ בטבת התשפ״ז}) can be checked for agreement.
 */
final class DateFields {
  /** A part of the day written as words after the hour: {@code 8 בערב}, {@code 5 לפנות בוקר}, {@code pm}. */
  enum DayPeriod {
    /** Morning, am, לפנה״צ: 12 is midnight, 1–11 as written. */
    AM,
    /** Afternoon and evening, pm, אחה״צ, בערב: 12 is noon, 1–11 plus 12. */
    PM,
    /** Noon, בצהריים: 11 and 12 as written, 1–6 in the afternoon. */
    NOON,
    /** Night, בלילה: 6–11 in the evening, 12 is midnight, 1–5 before dawn. */
    NIGHT;

    int hour24(int hour12) {
      switch (this) {
        case AM: return hour12 % 12;
        case PM: return hour12 % 12 + 12;
        case NOON: return hour12 >= 11 ? hour12 : hour12 + 12;
        default: return hour12 == 12 ? 0 : hour12 >= 6 ? hour12 + 12 : hour12;
      }
    }
  }

  private final String text;

  @Nullable DayOfWeek weekday;
  int weekdayAt = -1;
  @Nullable Integer day;
  int dayAt = -1;
  @Nullable Month month;
  int monthAt = -1;
  @Nullable Integer year;
  int yearAt = -1;
  /** Whether {@link #year} was printed with two digits, so that its century is this reader's guess. */
  boolean centuryGuessed;
  /**
   * Whether the day was printed year first with hyphens ({@code 2026-4-10}), ISO's order: like an ISO date, no
   * evidence of Israel's zone, however the context reads the text.
   */
  boolean yearFirstWithHyphens;
  /** The Solar Hijri month (1–12) a Persian month name gave; its day and year are {@link #day} and {@link #year}. */
  @Nullable Integer persianMonth;
  int persianAt = -1;
  @Nullable Integer hebrewDay;
  @Nullable Integer hebrewMonth;
  @Nullable Integer hebrewYear;
  int hebrewAt = -1;
  int hebrewYearAt = -1;
  @Nullable LocalTime time;
  int timeAt = -1;
  ParsedDate.@Nullable Precision timePrecision;
  @Nullable DayPeriod period;
  int periodAt = -1;
  @Nullable ZoneOffset offset;
  /** ICU's (קיץ) / (חורף) after the zone name: daylight time or not. */
  @Nullable Boolean summer;
  @Nullable ZoneId zone;
  int zoneAt = -1;
  @Nullable Integer relativeDays;
  int relativeAt = -1;
  /** The one language the relative day word is a day in ({@code hier}: French), or null for every language. */
  @Nullable String relativeLanguage;
  @Nullable Long relativeAmount;
  /** The finest unit of the amount of time, which gives its precision. */
  @Nullable ChronoUnit relativeUnit;
  /** The larger parts of an amount in several units ("1 hour" of "1 hour 14 minutes ago"), or null. */
  java.util.@Nullable List<Amount> largerAmounts;

  /** A part of an amount of time in several units. */
  record Amount(long amount, ChronoUnit unit) {}
  int relativeSign;
  /** The text said "now" (עכשיו, זה עתה, לפני רגע, …), to this precision. */
  ParsedDate.@Nullable Precision now;

  /** When searching, a failed try is routine: it is signalled by {@link Rejected}, which costs nothing to throw. */
  private final boolean searching;

  DateFields(String text) {
    this(text, false);
  }

  DateFields(String text, boolean searching) {
    this.text = text;
    this.searching = searching;
  }

  /** The failure to throw: a {@link DateParseException} saying what and where, or {@link Rejected} when searching. */
  RuntimeException fail(int index, String reason) {
    return searching ? Rejected.INSTANCE : new DateParseException(text, index, reason);
  }

  /**
   * The failure to throw for a whole date that contradicts itself: as {@link #fail}, but when searching {@link
   * Rejected#REFUTED}, after which no part of the stretch is read as a date of its own.
   */
  RuntimeException refute(int index, String reason) {
    return searching ? Rejected.REFUTED : new DateParseException(text, index, reason);
  }

  /**
   * A stretch of text that {@link DateFinder} tried is not a date. One shared instance without a stack
   * trace or message: the finder rejects thousands of stretches per page and never reports why.
   */
  static final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Rejected INSTANCE = new Rejected();
    /** A stretch that reads as a whole date its own parts contradict (a weekday that is not the date's). */
    static final Rejected REFUTED = new Rejected();

    private Rejected() {
      super(null, null, false, false);
    }
  }

  String text() {
    return text;
  }

  boolean hasCalendarDate() {
    return day != null || month != null || year != null || hebrewMonth != null || hebrewDay != null || persianMonth != null;
  }

  boolean isRelative() {
    return relativeUnit != null || relativeDays != null || now != null;
  }

  void weekday(DayOfWeek d, int at) {
    if (weekday != null) throw fail(at, "a second day of the week");
    weekday = d;
    weekdayAt = at;
  }

  void month(Month m, int at) {
    if (month != null) throw fail(at, "a second month");
    month = m;
    monthAt = at;
  }

  void persianMonth(int m, int at) {
    if (persianMonth != null || month != null) throw fail(at, "a second month");
    persianMonth = m;
    persianAt = at;
  }

  void hebrewMonth(int m, int at) {
    if (hebrewMonth != null) throw fail(at, "a second Hebrew month");
    hebrewMonth = m;
    if (hebrewAt < 0) hebrewAt = at;
  }

  void hebrewDay(int d, int at) {
    if (hebrewDay != null) throw fail(at, "a second Hebrew day");
    hebrewDay = d;
    if (hebrewAt < 0) hebrewAt = at;
  }

  void hebrewYear(int y, int at) {
    if (hebrewYear != null) throw fail(at, "a second Hebrew year");
    hebrewYear = y;
    hebrewYearAt = at;
  }

  void time(LocalTime t, ParsedDate.Precision precision, int at) {
    if (time != null) throw fail(at, "a second time");
    time = t;
    timePrecision = precision;
    timeAt = at;
  }

  void period(DayPeriod p, int at) {
    if (period != null) throw fail(at, "a second am/pm");
    period = p;
    periodAt = at;
  }

  void zone(ZoneId z, int at) {
    if (zone != null && offset == null) throw fail(at, "a second time zone");
    zone = z;
    zoneAt = at;
  }

  /** An offset a zone abbreviation or a season gives (IDT, שעון ישראל (קיץ)), in Jerusalem's zone. */
  void zoneOffset(ZoneOffset o, int at) {
    offset(o, at);
    if (zone == null) zone = JerusalemTime.ZONE;
  }

  void offset(ZoneOffset o, int at) {
    if (offset != null && !offset.equals(o)) throw fail(at, "a second offset");
    offset = o;
    zoneAt = at;
  }

  void relativeDays(int days, int at) {
    if (isRelative()) throw fail(at, "a second relative expression");
    relativeDays = days;
    relativeAt = at;
  }

  /** The largest amount of any unit read: more is no stamp a page prints. */
  private static final long MAX_AMOUNT = 100_000;

  private void checkAmount(long amount, int at) {
    if (amount > MAX_AMOUNT) throw fail(at, "relative amount too large");
  }

  void relative(long amount, ChronoUnit unit, int at) {
    if (isRelative()) throw fail(at, "a second relative expression");
    checkAmount(amount, at);
    relativeAmount = amount;
    relativeUnit = unit;
    relativeAt = at;
  }

  /**
   * A further, smaller part of the amount of time: the 14 minutes of "1 hour 14 minutes ago". Stamps count so in hours
   * and minutes; an amount in weeks, months or years and more ("vor 16 Jahren, 10 Monaten, 2 Tagen") is a counter's
   * (time since an event, a membership), not a stamp's, and no part of it is read. Nor is an amount whose smaller part
   * runs past its unit's range ("1 hour 99999 minutes ago", "vor 1 Tag, 30 Stunden"): a stamp would have counted it
   * in the larger unit.
   */
  void relativeMore(long amount, ChronoUnit unit, int at) {
    if (unit.compareTo(relativeUnit) >= 0) throw refute(at, "an amount of time whose units do not get smaller");
    if (relativeUnit.compareTo(ChronoUnit.DAYS) > 0 || largerAmounts != null
        && largerAmounts.get(0).unit().compareTo(ChronoUnit.DAYS) > 0) {
      throw refute(at, "an amount of time in weeks, months or years and more");
    }
    checkAmount(amount, at);
    if (amount >= range(unit)) throw refute(at, "an amount of " + unit.toString().toLowerCase(java.util.Locale.ROOT)
        + " beside a larger unit that is not less than " + range(unit));
    if (largerAmounts == null) largerAmounts = new java.util.ArrayList<>(2);
    largerAmounts.add(new Amount(relativeAmount, relativeUnit));
    relativeAmount = amount;
    relativeUnit = unit;
  }

  /** How many of a unit make the next larger one: 60 seconds, 60 minutes, 24 hours; days have no bound here. */
  private static long range(ChronoUnit unit) {
    return switch (unit) {
      case SECONDS, MINUTES -> 60;
      case HOURS -> 24;
      default -> Long.MAX_VALUE;
    };
  }

  void now(ParsedDate.Precision precision, int at) {
    if (isRelative()) throw fail(at, "a second relative expression");
    now = precision;
    relativeAt = at;
  }
}
