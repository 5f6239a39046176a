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

  /** The style of {@link #format(Instant, Instant, ZoneId, Style)}. */
  public enum Style {
    /** Always a quantity: {@code לפני 30 שניות}, {@code לפני יומיים}, {@code לפני 17 ימים}. */
    NUMERIC,
    /**
     * Words where Hebrew has them, as {@code Intl.RelativeTimeFormat} with {@code numeric: "auto"} (and
     * date-fns's {@code intlFormatDistance}) print them: {@code עכשיו}, {@code היום}, {@code אתמול},
     * {@code שלשום}, {@code מחר}, {@code מחרתיים}; otherwise as {@link #NUMERIC}.
     */
    AUTO
  }

  private static final long[] MOMENT_THRESHOLDS = {45, 45, 22, 26, 11}; // s, m, h, d, M: moment.js's defaults

  /**
   * {@code then} relative to {@code reference} in {@code style}. The unit is chosen as moment.js's
   * {@code fromNow} chooses it, with its default thresholds: under 45 seconds counts seconds, under 45
   * minutes minutes, under 22 hours hours, under 26 days days, under 11 months months, then years
   * (each amount rounded). {@link Style#AUTO} says {@code עכשיו} under 45 seconds and names the
   * calendar day (in {@code zone}) from 22 hours on when it is within two days of the reference day.
   */
  public static String format(Instant then, Instant reference, ZoneId zone, Style style) {
    Objects.requireNonNull(then, "then");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(style, "style");
    boolean past = then.isBefore(reference);
    Duration gap = past ? Duration.between(then, reference) : Duration.between(reference, then);
    double secondsExact = gap.toMillis() / 1000.0;
    long seconds = Math.round(secondsExact);
    long minutes = Math.round(secondsExact / 60);
    long hours = Math.round(secondsExact / 3600);
    long days = Math.round(secondsExact / 86_400);
    if (seconds < MOMENT_THRESHOLDS[0]) {
      if (style == Style.AUTO) return "עכשיו";
      if (seconds == 1) return past ? "לפני שנייה" : "בעוד שנייה";
      return (past || seconds == 0 ? (seconds == 0 ? "בעוד " : "לפני ") : "בעוד ") + seconds + " שניות";
    }
    if (minutes < MOMENT_THRESHOLDS[1]) return phrase(past, Math.max(1, minutes), Unit.MINUTE);
    if (hours < MOMENT_THRESHOLDS[2]) return phrase(past, Math.max(1, hours), Unit.HOUR);
    if (style == Style.AUTO) {
      long calendarDays = ChronoUnit.DAYS.between(reference.atZone(zone).toLocalDate(), then.atZone(zone).toLocalDate());
      switch ((int) Math.max(-3, Math.min(3, calendarDays))) {
        case -2: return "שלשום";
        case -1: return "אתמול";
        case 0: return "היום";
        case 1: return "מחר";
        case 2: return "מחרתיים";
        default: break;
      }
    }
    if (days < MOMENT_THRESHOLDS[3]) return phrase(past, Math.max(1, days), Unit.DAY);
    long months = Math.round(days / 30.436875);
    if (months < MOMENT_THRESHOLDS[4]) return phrase(past, Math.max(1, months), Unit.MONTH);
    return phrase(past, Math.max(1, Math.round(days / 365.2425)), Unit.YEAR);
  }

  /**
   * {@code then} as a calendar phrase seen from {@code reference}, as moment.js's Hebrew
   * {@code calendar()} prints it: {@code היום ב־12:00}, {@code אתמול ב־12:00}, {@code מחר ב־12:00},
   * {@code ביום שלישי האחרון בשעה 12:00} (the last six days), {@code שלישי בשעה 12:00} (the next
   * six), otherwise {@code 07/04/2026}. Days are counted in {@code zone} from the start of the
   * reference day, with moment's boundaries (−6, −1, 0, 1, 2, 7 days).
   */
  public static String formatCalendar(Instant then, Instant reference, ZoneId zone) {
    Objects.requireNonNull(then, "then");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(zone, "zone");
    ZonedDateTime t = then.atZone(zone);
    ZonedDateTime dayStart = reference.atZone(zone).toLocalDate().atStartOfDay(zone);
    double diff = Duration.between(dayStart, t).toMillis() / 86_400_000.0;
    String time = HebrewDateFormatter.TIME_24.format(t);
    if (diff < -6 || diff >= 7) return CALENDAR_ELSE.format(t);
    if (diff < -1) return "ביום " + MOMENT_WEEKDAYS[t.getDayOfWeek().getValue() % 7] + " האחרון בשעה " + time;
    if (diff < 0) return "אתמול ב־" + time;
    if (diff < 1) return "היום ב־" + time;
    if (diff < 2) return "מחר ב־" + time;
    return MOMENT_WEEKDAYS[t.getDayOfWeek().getValue() % 7] + " בשעה " + time;
  }

  private static final String[] MOMENT_WEEKDAYS = {"ראשון", "שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת"};
  private static final HebrewDateFormatter CALENDAR_ELSE = HebrewDateFormatter.ofPattern("{dd}/{MM}/{yyyy}");

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
