package dev.newskit.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newskit.core.DateContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Format then parse is the identity, for random instants of two centuries (RoundTripTest walks
 * 2020–2030 hour by hour): exact with an offset; the earlier instant in the repeated autumn hour
 * without one, as the parser documents; the Jerusalem day for date-only styles.
 */
class FormatParsePropertyTest {
  private static final HebrewDateParser PARSER = new HebrewDateParser();
  private static final DateContext CONTEXT = DateContext.of(Clock.fixed(Instant.parse("2026-04-10T09:00:00Z"), java.time.ZoneOffset.UTC))
      .withLocales(List.of(java.util.Locale.forLanguageTag("he"))); // Hebrew text: evidence of Israel's zone
  private static final List<HebrewDateFormatter> WITH_TIME = List.of(
      HebrewDateFormatter.DATELINE, HebrewDateFormatter.DATE_TIME_ZONE, HebrewDateFormatter.DATE_TIME);
  private static final List<HebrewDateFormatter> DATE_ONLY = List.of(HebrewDateFormatter.FULL_DATE,
      HebrewDateFormatter.LONG_DATE, HebrewDateFormatter.MEDIUM_DATE, HebrewDateFormatter.SHORT_DATE,
      HebrewDateFormatter.HEBREW_DATE, HebrewDateFormatter.HEBREW_DATE_FULL);

  @Provide
  Arbitrary<Instant> minutes() {
    long from = Instant.parse("1920-01-01T00:00:00Z").getEpochSecond() / 60;
    long to = Instant.parse("2120-01-01T00:00:00Z").getEpochSecond() / 60;
    return Arbitraries.longs().between(from, to).map(m -> Instant.ofEpochSecond(m * 60));
  }

  @Property(tries = 3000)
  void withAnOffsetTheInstantComesBack(@ForAll("minutes") Instant instant) {
    String text = HebrewDateFormatter.DATE_TIME_OFFSET.format(instant);
    assertEquals(instant, PARSER.parse(text, CONTEXT).dateTime().toInstant(), text);
  }

  @Property(tries = 3000)
  void withoutAnOffsetTheJerusalemWallTimeComesBack(@ForAll("minutes") Instant instant) {
    ZonedDateTime local = instant.atZone(JerusalemTime.ZONE);
    Instant expected = JerusalemTime.of(local.toLocalDateTime(), TransitionPolicy.EARLIER).toInstant();
    for (HebrewDateFormatter style : WITH_TIME) {
      String text = style.format(instant);
      assertEquals(expected, PARSER.parse(text, CONTEXT).dateTime().toInstant(), style.pattern() + ": " + text);
    }
  }

  @Property(tries = 3000)
  void dateOnlyStylesGiveTheJerusalemDay(@ForAll("minutes") Instant instant) {
    ZonedDateTime local = instant.atZone(JerusalemTime.ZONE).truncatedTo(ChronoUnit.DAYS);
    for (HebrewDateFormatter style : DATE_ONLY) {
      String text = style.format(instant);
      assertEquals(local.toLocalDate(), PARSER.parse(text, CONTEXT.withStrict(true)).date(), style.pattern() + ": " + text);
    }
  }
}
