package dev.newskit.examples.dates;

import dev.newskit.i18n.HebrewDateFormatter;
import dev.newskit.i18n.HebrewHoliday;
import dev.newskit.i18n.HebrewNumerals;
import dev.newskit.i18n.HebrewRelativeTime;
import dev.newskit.i18n.Parsha;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The styles {@code newskit date format} and {@code POST /v1/date/format} know: the formatter's presets, the relative
 * styles, {@code calendar}, {@code holiday}, {@code parsha}, {@code pattern} and {@code hebrew-numeral}.
 */
public final class DateStyles {
  /** The styles besides {@link HebrewDateFormatter#preset}'s, as the error for an unknown style lists them. */
  public static final String OTHERS = "relative, relative-numeric, relative-auto, calendar, holiday, parsha, pattern, hebrew-numeral";

  private DateStyles() {}

  /** A value a style cannot use: {@code field} names the input at fault ({@code style}, {@code pattern}, {@code number}). */
  public static final class BadValue extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    BadValue(String field, String message) {
      super(message);
      this.field = field;
    }

    /** The input at fault: {@code style}, {@code pattern} or {@code number}. */
    public String field() {
      return field;
    }
  }

  /**
   * The instant (or, for {@code hebrew-numeral}, the number) in the style; {@code reference} is the "now" of the
   * relative styles and {@code calendar}.
   *
   * @throws BadValue when the style is unknown or lacks the pattern or number it needs
   */
  public static String format(Instant instant, String style, @Nullable String pattern, @Nullable Long number, ZoneId zone,
      Instant reference) {
    switch (style.toLowerCase(Locale.ROOT)) {
      case "relative":
        return HebrewRelativeTime.format(instant, reference, zone);
      case "relative-numeric":
        return HebrewRelativeTime.format(instant, reference, zone, HebrewRelativeTime.Style.NUMERIC);
      case "relative-auto":
        return HebrewRelativeTime.format(instant, reference, zone, HebrewRelativeTime.Style.AUTO);
      case "calendar":
        return HebrewRelativeTime.formatCalendar(instant, reference, zone);
      case "holiday":
        return HebrewHoliday.on(instant.atZone(zone).toLocalDate(), true).map(HebrewHoliday::hebrewName).orElse("");
      case "parsha":
        return Parsha.ofWeek(instant.atZone(zone).toLocalDate(), true).map(Parsha::hebrewName).orElse("");
      case "hebrew-numeral":
        if (number == null) throw new BadValue("number", "style hebrew-numeral needs a number");
        try {
          return HebrewNumerals.formatNumber(number);
        } catch (IllegalArgumentException e) {
          throw new BadValue("number", e.getMessage());
        }
      case "pattern":
        if (pattern == null) throw new BadValue("pattern", "style pattern needs a pattern");
        try {
          return HebrewDateFormatter.ofPattern(pattern).withZone(zone).format(instant);
        } catch (IllegalArgumentException e) {
          throw new BadValue("pattern", e.getMessage());
        }
      default:
        try {
          return HebrewDateFormatter.preset(style).withZone(zone).format(instant);
        } catch (IllegalArgumentException e) {
          throw new BadValue("style", e.getMessage() + " (or " + OTHERS + ")");
        }
    }
  }
}
