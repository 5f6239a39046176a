package dev.newskit.core;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a {@link DateTextParser} needs to know besides the text: the reference instant for relative
 * expressions ("2 hours ago"), the zone to read local times in, hints about the page's languages, and
 * whether to be strict.
 *
 * @param reference the instant that relative expressions count from ("now")
 * @param zone the zone for a local date-time without offset; when absent, each parser uses what the text
 *     itself shows (the Hebrew parser reads Asia/Jerusalem, the zone Hebrew text belongs to) or leaves the
 *     date-time local (the ISO parser: {@link ParsedDate#offsetKnown()} false)
 * @param locales the languages the text is likely in, most likely first; may be empty
 * @param strict whether to reject texts that are readable but inconsistent, such as a day of week
 *     that contradicts the date (a lenient parser may still reject one whose year it had to guess)
 */
public record DateContext(Instant reference, Optional<ZoneId> zone, List<Locale> locales, boolean strict) {
  /** Validates and copies the values. */
  public DateContext {
    Checks.notNull(reference, "DateContext.reference");
    zone = Checks.optional(zone);
    locales = Checks.list(locales, "DateContext.locales");
  }

  /** A lenient context whose reference instant is the current time of {@code clock}. */
  public static DateContext of(Clock clock) {
    return new DateContext(Checks.notNull(clock, "clock").instant(), Optional.empty(), List.of(), false);
  }

  /** A lenient context whose reference instant is the current system time. */
  public static DateContext now() {
    return of(Clock.systemUTC());
  }

  /** This context with local times read in {@code zone}. */
  public DateContext withZone(ZoneId zone) {
    return new DateContext(reference, Optional.of(Checks.notNull(zone, "zone")), locales, strict);
  }

  /** This context with the given language hints, most likely first. */
  public DateContext withLocales(List<Locale> locales) {
    return new DateContext(reference, zone, locales, strict);
  }

  /** This context in strict or lenient mode. */
  public DateContext withStrict(boolean strict) {
    return new DateContext(reference, zone, locales, strict);
  }

  /** This context with another reference instant. */
  public DateContext withReference(Instant reference) {
    return new DateContext(reference, zone, locales, strict);
  }
}
