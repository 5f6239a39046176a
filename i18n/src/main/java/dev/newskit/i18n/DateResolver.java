package dev.newskit.i18n;

import dev.newskit.core.DateContext;
import dev.newskit.core.ParsedDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns the {@link DateFields} of a text into one {@link ParsedDate}: checks that the fields make a
 * real date, fills in what the text left to its context (the year of a year-less date, the day of a
 * time alone, the zone), and counts relative forms from the context's reference instant — never from
 * the wall clock. Stateless.
 */
final class DateResolver {
  /**
   * A year-less date more than this many days after the reference day is taken to be last year's:
   * pages print past dates, and a few days cover clock and time-zone slack.
   */
  static final int FUTURE_SLACK_DAYS = 3;

  private DateResolver() {}

  /**
   * Whether the fields have what {@link #resolve} needs before it checks values: a relative form, a
   * whole Gregorian day and month, a Hebrew month, or a time alone. The finder asks this first, so that
   * the many number-only stretches of prose are passed over without a thrown failure.
   */
  static boolean mayResolve(DateFields f) {
    if (f.isRelative()) return true;
    if (f.persianMonth != null) return f.day != null && f.year != null;
    boolean gregorian = f.day != null || f.month != null || f.year != null;
    if (gregorian) return f.day != null && f.month != null;
    return f.hebrewMonth != null || f.time != null && f.weekday == null;
  }

  static ParsedDate resolve(DateFields f, DateContext context) {
    try {
      return resolveInRange(f, context);
    } catch (DateTimeException | ArithmeticException e) {
      // a reference instant near Instant.MIN or MAX: the date counted from it is past what java.time represents
      throw f.fail(f.isRelative() ? Math.max(f.relativeAt, 0) : 0,
          "the date falls outside the range of representable dates");
    }
  }

  private static ParsedDate resolveInRange(DateFields f, DateContext context) {
    Optional<ZoneId> zone = f.zone != null ? Optional.of(f.zone)
        : context.zone().or(() -> israeli(f, context) ? Optional.of(JerusalemTime.ZONE) : Optional.empty());
    // Without a zone, days are counted at the offset the text gives, or else at UTC's, which stands for none
    // and is not reported.
    ZoneId z = zone.orElse(f.offset != null ? f.offset : ZoneOffset.UTC);
    boolean zoneKnown = zone.isPresent();
    if (f.isRelative()) return relative(f, context, z, zoneKnown);
    LocalDate hebrew = hebrewDate(f);
    LocalDate gregorian = f.persianMonth != null ? persianDate(f) : gregorianDate(f, context, z);
    LocalDate date;
    if (hebrew != null && gregorian != null) {
      if (!hebrew.equals(gregorian)) {
        throw f.fail(f.hebrewAt, "the Hebrew date " + hebrew + " contradicts the Gregorian date " + gregorian);
      }
      date = gregorian;
    } else if (hebrew != null) {
      date = hebrew;
    } else if (gregorian != null) {
      date = gregorian;
    } else if (f.time != null && f.weekday == null) {
      date = context.reference().atZone(z).toLocalDate(); // a time alone: the reference day
    } else {
      throw f.fail(f.weekdayAt >= 0 ? f.weekdayAt : f.text().length(), "no day in text");
    }
    checkWeekday(f, context, date);
    return withTime(f, context, date, z, zoneKnown);
  }

  /**
   * Whether {@code text} read in {@code context} is evidence of Israel's zone: it has Hebrew letters, or it is one of
   * the numeric forms Israeli pages print ({@code 10.04.26 07:15}, no letters at all) and the context reads it as
   * Hebrew. Other text ("3 hours ago", "April 10, 2026 7:15 am", {@code 10.04.2026 07:15} on a German page, or a day
   * in ISO's order {@code 2026-4-10}, which reads as {@code 2026-04-10} does) is not: it is read in the context's zone
   * or, without one, gets none.
   */
  private static boolean israeli(DateFields f, DateContext context) {
    String text = f.text();
    boolean letters = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u05d0' && c <= '\u05ea') return true;
      letters |= Character.isLetter(c);
    }
    return !letters && !f.yearFirstWithHyphens && context.locales().stream().anyMatch(l -> l.getLanguage().equals("he") || l.getLanguage().equals("iw"));
  }

  private static @Nullable LocalDate hebrewDate(DateFields f) {
    if (f.hebrewMonth == null) {
      if (f.hebrewDay != null || f.hebrewYear != null) throw f.fail(f.hebrewAt, "a Hebrew day or year without a month");
      return null;
    }
    if (f.hebrewDay == null && f.day != null && f.month == null && f.dayAt < f.hebrewAt) {
      f.hebrewDay = f.day; // 23 בניסן תשפ״ו: the day in digits
      f.day = null;
    }
    if (f.hebrewDay == null) {
      throw f.hebrewYear != null ? f.fail(f.hebrewYearAt, "a Hebrew month and year without a day")
          : f.fail(f.hebrewAt, "a Hebrew month without a day");
    }
    if (f.hebrewYear == null) throw f.fail(f.hebrewAt, "a Hebrew date without a year");
    try {
      return new HebrewCalendarDate(f.hebrewYear, f.hebrewMonth, f.hebrewDay).toLocalDate();
    } catch (IllegalArgumentException e) {
      throw f.fail(f.hebrewAt, e.getMessage());
    }
  }

  /** The Gregorian day of a Solar Hijri date ({@code 2 تیر 1399}): day, month and year must all be printed. */
  private static LocalDate persianDate(DateFields f) {
    if (f.month != null) throw f.fail(f.monthAt, "a Gregorian month beside a Persian one");
    if (f.day == null) throw f.fail(f.persianAt, "a Persian month without a day");
    if (f.year == null || f.centuryGuessed) throw f.fail(f.persianAt, "a Persian date without its year");
    try {
      return new PersianCalendarDate(f.year, f.persianMonth, f.day).toLocalDate();
    } catch (IllegalArgumentException e) {
      throw f.fail(f.dayAt, e.getMessage());
    }
  }

  private static @Nullable LocalDate gregorianDate(DateFields f, DateContext context, ZoneId z) {
    if (f.day == null && f.month == null && f.year == null) return null;
    if (f.day == null) throw f.fail(f.monthAt >= 0 ? f.monthAt : f.yearAt, "no day in text");
    if (f.month == null) throw f.fail(f.dayAt, "no month in text");
    if (f.year != null) return date(f, f.year);
    LocalDate today = context.reference().atZone(z).toLocalDate();
    int year = today.getYear();
    LocalDate candidate = validDate(f.month.getValue(), f.day, year);
    if (candidate == null || candidate.isAfter(today.plusDays(FUTURE_SLACK_DAYS))) {
      year--;
    } else if (f.weekday != null && candidate.getDayOfWeek() != f.weekday) {
      // A printed weekday chooses between the two years a recent day can be in: this one and the one before.
      LocalDate before = validDate(f.month.getValue(), f.day, year - 1);
      if (before != null && before.getDayOfWeek() == f.weekday) year--;
    }
    return date(f, year);
  }

  private static @Nullable LocalDate validDate(int month, int day, int year) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalDate date(DateFields f, int year) {
    LocalDate d = validDate(f.month.getValue(), f.day, year);
    if (d == null) {
      throw f.fail(f.dayAt, "day " + f.day + " does not exist in "
          + f.month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year);
    }
    return d;
  }

  /**
   * Refuses a date its printed day of the week contradicts: always in strict mode, and in lenient mode when the year
   * is a guess (two digits, or none) that the weekday then refutes ("Tue Jan 15 54" is no Tuesday in 2054).
   */
  private static void checkWeekday(DateFields f, DateContext context, LocalDate date) {
    if (f.weekday != null && f.weekday != date.getDayOfWeek() && (context.strict() || f.centuryGuessed || f.year == null)) {
      throw f.refute(f.weekdayAt, "the day of the week (" + f.weekday + ") contradicts " + date + ", a "
          + date.getDayOfWeek());
    }
  }

  private static ParsedDate withTime(DateFields f, DateContext context, LocalDate date, ZoneId z, boolean zoneKnown) {
    if (f.time == null) {
      if (f.period != null) throw f.fail(f.periodAt, "am/pm without a time");
      if (f.offset == null && !zoneKnown) return ParsedDate.local(date.atStartOfDay(), ParsedDate.Precision.DAY);
      OffsetDateTime start = f.offset != null ? date.atStartOfDay().atOffset(f.offset)
          : date.atStartOfDay(z).toOffsetDateTime();
      return new ParsedDate(start, ParsedDate.Precision.DAY, zoneKnown ? Optional.of(z) : Optional.empty());
    }
    LocalTime t = f.time;
    if (f.period != null) {
      if (t.getHour() < 1 || t.getHour() > 12) throw f.fail(f.timeAt, "hour " + t.getHour() + " with am/pm");
      t = t.withHour(f.period.hour24(t.getHour()));
    }
    LocalDateTime local = LocalDateTime.of(date, t);
    if (f.summer != null && f.offset == null) f.offset = seasonOffset(f, local, z);
    if (f.offset != null) {
      if (context.strict() && f.zone != null && !f.zone.getRules().isValidOffset(local, f.offset)) {
        throw f.fail(f.zoneAt, "offset " + f.offset + " is not in force in " + f.zone + " at " + local);
      }
      return new ParsedDate(OffsetDateTime.of(local, f.offset), f.timePrecision, Optional.ofNullable(f.zone));
    }
    if (!zoneKnown) return ParsedDate.local(local, f.timePrecision);
    try {
      ZonedDateTime zoned = JerusalemTime.resolve(local, z,
          context.strict() ? TransitionPolicy.STRICT : TransitionPolicy.EARLIER);
      return new ParsedDate(zoned.toOffsetDateTime(), f.timePrecision, Optional.of(z));
    } catch (DateTimeException e) {
      throw f.fail(f.timeAt, e.getMessage());
    }
  }

  /**
   * The offset that (קיץ) or (חורף) picks at {@code local}: of the zone's offsets then, the one whose
   * daylight-saving state matches; it also settles the repeated autumn hour.
   */
  private static java.time.ZoneOffset seasonOffset(DateFields f, LocalDateTime local, ZoneId z) {
    java.time.zone.ZoneRules rules = z.getRules();
    for (java.time.ZoneOffset o : rules.getValidOffsets(local)) {
      if (rules.isDaylightSavings(local.toInstant(o)) == f.summer) return o;
    }
    throw f.fail(f.zoneAt, (f.summer ? "summer" : "winter") + " time is not in force in " + z + " at " + local);
  }

  /**
   * A relative form counted from the reference instant. An amount of time ("3 hours ago", "now") is an exact
   * instant: without a known zone it is given at UTC's offset and names no zone; a day ("yesterday") is counted
   * in {@code z} and, without a known zone, is local.
   */
  private static ParsedDate relative(DateFields f, DateContext context, ZoneId z, boolean zoneKnown) {
    Optional<ZoneId> named = zoneKnown ? Optional.of(z) : Optional.empty();
    if (f.hasCalendarDate()) {
      int at = f.dayAt >= 0 ? f.dayAt : f.monthAt >= 0 ? f.monthAt : f.hebrewAt >= 0 ? f.hebrewAt : f.yearAt;
      throw f.fail(Math.max(at, 0), "a relative expression mixed with a calendar date");
    }
    ZonedDateTime now = context.reference().atZone(z);
    if (f.now != null) {
      if (f.time != null) throw f.fail(f.timeAt, "a time mixed with 'now'");
      return new ParsedDate(now.toOffsetDateTime(), f.now, named);
    }
    if (f.relativeUnit != null) {
      if (f.time != null) throw f.fail(f.timeAt, "a time mixed with a relative amount");
      if (f.relativeSign == 0) {
        throw f.fail(f.relativeAt, "an amount of time without 'לפני', 'בעוד' or 'ago' is not a date");
      }
      if (f.relativeUnit.compareTo(ChronoUnit.DAYS) > 0) {
        // "3 months ago" is any day of a month-wide window and "1 week ago" any of 7 to 13 days back: no day is printed
        throw f.fail(f.relativeAt, "an amount in weeks, months or years names no day");
      }
      ZonedDateTime then = now.plus(f.relativeSign * f.relativeAmount, f.relativeUnit);
      if (f.largerAmounts != null) {
        for (DateFields.Amount a : f.largerAmounts) then = then.plus(f.relativeSign * a.amount(), a.unit());
      }
      if (f.relativeUnit == ChronoUnit.SECONDS) {
        return new ParsedDate(then.toOffsetDateTime(), ParsedDate.Precision.SECOND, named);
      }
      if (f.relativeUnit == ChronoUnit.MINUTES || f.relativeUnit == ChronoUnit.HOURS) {
        return new ParsedDate(then.toOffsetDateTime(), ParsedDate.Precision.MINUTE, named);
      }
      if (!zoneKnown) return ParsedDate.local(then.toLocalDate().atStartOfDay(), ParsedDate.Precision.DAY);
      return new ParsedDate(then.toLocalDate().atStartOfDay(z).toOffsetDateTime(), ParsedDate.Precision.DAY,
          Optional.of(z));
    }
    if (f.relativeLanguage != null && !context.locales().isEmpty()
        && context.locales().stream().noneMatch(l -> l.getLanguage().equals(f.relativeLanguage))) {
      throw f.fail(f.relativeAt, "a day word of another language than the text's");
    }
    LocalDate date = now.toLocalDate().plusDays(f.relativeDays);
    checkWeekday(f, context, date);
    return withTime(f, context, date, z, zoneKnown);
  }
}
