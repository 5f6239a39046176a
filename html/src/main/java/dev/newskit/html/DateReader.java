package dev.newskit.html;

import dev.newskit.core.DateContext;
import dev.newskit.core.DateParseException;
import dev.newskit.core.DateTextParser;
import dev.newskit.core.ParsedDate;
import dev.newskit.html.internal.Texts;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads date texts found on a page with the extractor's {@link DateTextParser}. Relative dates ("16 hours
 * ago") count from the reference instant; without one, a text whose date depends on the reference is
 * left out rather than read against the time of processing.
 */
final class DateReader {
  // Without a reference a text is read against two instants that differ in year, day and time of day:
  // a date that comes out the same from both does not depend on "now".
  private static final Instant PROBE_A = Instant.parse("2001-02-03T04:05:06Z");
  private static final Instant PROBE_B = Instant.parse("2013-08-21T17:31:42Z");

  private final DateTextParser parser;
  private final DateContext context;
  private final boolean hasReference;
  private final int maxChars;

  /** A reader counting relative dates from {@code reference}, or leaving them out when it is empty. */
  DateReader(DateTextParser parser, Optional<Instant> reference, int maxChars) {
    this.parser = parser;
    this.hasReference = reference.isPresent();
    this.context = DateContext.of(java.time.Clock.fixed(reference.orElse(PROBE_A), java.time.ZoneOffset.UTC));
    this.maxChars = maxChars;
  }

  /** The date in {@code text}, or empty when there is none, it is not a real date, or it needs a missing reference. */
  Optional<ParsedDate> read(@Nullable String text) {
    if (text == null) return Optional.empty();
    String t = Texts.normalise(text);
    if (t.isEmpty() || t.length() > maxChars) return Optional.empty();
    Optional<ParsedDate> date = parse(t, context);
    if (date.isEmpty() || hasReference) return date;
    Optional<ParsedDate> probe = parse(t, context.withReference(PROBE_B));
    return Objects.equals(date, probe) ? date : Optional.empty();
  }

  private Optional<ParsedDate> parse(String text, DateContext context) {
    try {
      return Optional.of(parser.parse(text, context));
    } catch (DateParseException e) {
      return Optional.empty();
    }
  }
}
