package dev.newskit.i18n;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Relative time in Hebrew as news sites print it, with the dual forms Hebrew uses: {@code לפני דקה},
 * {@code לפני 5 דקות}, {@code לפני שעתיים}, {@code אתמול ב־14:00}, {@code לפני יומיים},
 * {@code בעוד שבועיים}.
 *
 * <p>CLDR's Hebrew data (ICU4J 78 and later) prints the dual with a bracketed digit
 * ({@code לפני שעתיים (2)}), which readers do not expect; this class writes the words itself.
 * Thread-safe.
 *
 * <p>Rules, from the reference instant: under a minute is {@code עכשיו}; under an hour counts minutes;
 * on the same calendar day, or under six hours, counts hours; the previous (next) calendar day is
 * {@code אתמול} ({@code מחר}) with the time; under a week counts days; under a month weeks; under a
 * year months; then years.
 */
public final class HebrewRelativeTime {
  private HebrewRelativeTime() {}

  /** {@code then} relative to {@code reference}, with calendar days counted in Jerusalem. */
  public static String format(Instant then, Instant reference) {
    return format(then, reference, JerusalemTime.ZONE);
  }

  /** {@code then} relative to {@code reference}, with calendar days counted in {@code zone}. */
  public static String format(Instant then, Instant reference, ZoneId zone) {
    Objects.requireNonNull(then, "then");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(zone, "zone");
    boolean past = !then.isAfter(reference);
    Duration gap = past ? Duration.between(then, reference) : Duration.between(reference, then);
    long minutes = gap.toMinutes();
    if (minutes < 1) return "עכשיו";
    if (minutes < 60) return phrase(past, minutes, Unit.MINUTE);
    ZonedDateTime t = then.atZone(zone);
    ZonedDateTime r = reference.atZone(zone);
    long calendarDays = Math.abs(ChronoUnit.DAYS.between(r.toLocalDate(), t.toLocalDate()));
    long hours = gap.toHours();
    if (calendarDays == 0 || hours < 6) return phrase(past, hours, Unit.HOUR);
    if (calendarDays == 1) {
      return (past ? "אתמול" : "מחר") + " ב־" + HebrewDateFormatter.TIME_24.format(t);
    }
    if (calendarDays < 7) return phrase(past, calendarDays, Unit.DAY);
    if (calendarDays < 30) return phrase(past, calendarDays / 7, Unit.WEEK);
    long months = Math.abs(ChronoUnit.MONTHS.between(r.toLocalDate(), t.toLocalDate()));
    if (months < 12) return phrase(past, Math.max(1, months), Unit.MONTH);
    return phrase(past, Math.abs(ChronoUnit.YEARS.between(r.toLocalDate(), t.toLocalDate())), Unit.YEAR);
  }

  private static String phrase(boolean past, long count, Unit unit) {
    String amount;
    if (count == 1) {
      amount = unit.one;
    } else if (count == 2) {
      amount = unit.two;
    } else {
      amount = count + " " + unit.many;
    }
    return (past ? "לפני " : "בעוד ") + amount;
  }

  private enum Unit {
    MINUTE("דקה", "שתי דקות", "דקות"),
    HOUR("שעה", "שעתיים", "שעות"),
    DAY("יום", "יומיים", "ימים"),
    WEEK("שבוע", "שבועיים", "שבועות"),
    MONTH("חודש", "חודשיים", "חודשים"),
    YEAR("שנה", "שנתיים", "שנים");

    final String one;
    final String two;
    final String many;

    Unit(String one, String two, String many) {
      this.one = one;
      this.two = two;
      this.many = many;
    }
  }
}
