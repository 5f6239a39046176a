package dev.newskit.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.newskit.core.DateContext;
import dev.newskit.core.ParsedDate;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What ICU4J's {@code DateFormat} prints for {@code he_IL}, in every combination of date style (full,
 * long, medium, short, none) and time style (full, long, medium, short, none), newskit reads back:
 * the exact instant where ICU prints a zone (full: שעון ישראל (קיץ); long: GMT+3), the Jerusalem wall
 * time otherwise (the earlier instant in the repeated autumn hour), to the precision printed; a time
 * alone on the reference day. Instants from 1957 on: before that Israel's clocks had double summer
 * time, which ICU names like ordinary summer time.
 */
class IcuFormatParsePropertyTest {
  private static final HebrewDateParser PARSER = new HebrewDateParser();
  private static final ULocale HE = new ULocale("he_IL");
  private static final int[] STYLES = {DateFormat.FULL, DateFormat.LONG, DateFormat.MEDIUM, DateFormat.SHORT,
      DateFormat.NONE};

  @Provide
  Arbitrary<Instant> seconds() {
    long from = Instant.parse("1957-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();
    return Arbitraries.longs().between(from, to).map(Instant::ofEpochSecond);
  }

  @Property(tries = 400)
  void everyIcuStyleReadsBack(@ForAll("seconds") Instant instant) {
    DateContext context = new DateContext(instant, Optional.empty(), List.of(java.util.Locale.forLanguageTag("he")), true);
    LocalDateTime wall = instant.atZone(JerusalemTime.ZONE).toLocalDateTime();
    for (int dateStyle : STYLES) {
      for (int timeStyle : STYLES) {
        if (dateStyle == DateFormat.NONE && timeStyle == DateFormat.NONE) continue;
        DateFormat format = DateFormat.getDateTimeInstance(dateStyle, timeStyle, HE);
        format.setTimeZone(TimeZone.getTimeZone("Asia/Jerusalem"));
        String text = format.format(Date.from(instant));
        boolean zoned = timeStyle == DateFormat.FULL || timeStyle == DateFormat.LONG;
        ParsedDate parsed = PARSER.parse(text, zoned ? context : context.withStrict(false));
        String what = dateStyle + "/" + timeStyle + ": " + text;
        if (timeStyle == DateFormat.NONE) {
          assertEquals(wall.toLocalDate(), parsed.date(), what);
          assertEquals(ParsedDate.Precision.DAY, parsed.precision(), what);
        } else if (zoned) {
          assertEquals(instant, parsed.dateTime().toInstant(), what);
        } else {
          ChronoUnit unit = timeStyle == DateFormat.SHORT ? ChronoUnit.MINUTES : ChronoUnit.SECONDS;
          ZonedDateTime expected = JerusalemTime.of(wall.truncatedTo(unit), TransitionPolicy.EARLIER);
          assertEquals(expected.toInstant(), parsed.dateTime().toInstant(), what);
        }
      }
    }
  }
}
