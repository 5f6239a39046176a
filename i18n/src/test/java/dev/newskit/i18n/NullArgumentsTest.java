package dev.newskit.i18n;

import static dev.newskit.testing.NullArguments.call;

import dev.newskit.core.DateContext;
import dev.newskit.testing.NullArguments;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.FormatStyle;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The null convention of every module: a null argument where none is allowed is a {@link NullPointerException}
 * whose message names the parameter, thrown by the entry point itself.
 */
class NullArgumentsTest {
  private static final DateContext CONTEXT = DateContext.of(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
  private static final Instant NOW = Instant.parse("2026-04-10T12:00:00Z");
  private static final ZoneId ZONE = JerusalemTime.ZONE;
  private static final LocalDateTime LOCAL = LocalDateTime.of(2026, 4, 10, 12, 0);
  private static final HebrewDateFormatter FORMATTER = HebrewDateFormatter.ofLocalizedDate(FormatStyle.LONG);

  static Stream<Arguments> entryPoints() {
    return Stream.of(
        call("HebrewDateParser.parse text", "text", () -> new HebrewDateParser().parse(null, CONTEXT)),
        call("HebrewDateParser.parse context", "context", () -> new HebrewDateParser().parse("10/4/2026", null)),
        call("HebrewDateParser.find text", "text", () -> new HebrewDateParser().find(null, CONTEXT)),
        call("HebrewDateParser.find context", "context", () -> new HebrewDateParser().find("10/4/2026", null)),
        call("ArabicDateParser.parse text", "text", () -> new ArabicDateParser().parse(null, CONTEXT)),
        call("ArabicDateParser.parse context", "context", () -> new ArabicDateParser().parse("10/4/2026", null)),
        call("ArabicDateParser.find text", "text", () -> new ArabicDateParser().find(null, CONTEXT)),
        call("ArabicDateParser.find context", "context", () -> new ArabicDateParser().find("10/4/2026", null)),
        call("BidiText.isolateLtrRuns", "text", () -> BidiText.isolateLtrRuns(null)),
        call("BidiText.stripControls", "text", () -> BidiText.stripControls(null)),
        call("HebrewNumerals.parse", "numeral", () -> HebrewNumerals.parse(null)),
        call("HebrewDateFormatter.ofPattern", "pattern", () -> HebrewDateFormatter.ofPattern(null)),
        call("HebrewDateFormatter.ofCldrPattern", "pattern", () -> HebrewDateFormatter.ofCldrPattern(null)),
        call("HebrewDateFormatter.ofLocalizedDate", "dateStyle", () -> HebrewDateFormatter.ofLocalizedDate(null)),
        call("HebrewDateFormatter.ofLocalizedTime", "timeStyle", () -> HebrewDateFormatter.ofLocalizedTime(null)),
        call("HebrewDateFormatter.preset", "name", () -> HebrewDateFormatter.preset(null)),
        call("HebrewDateFormatter.withZone", "zone", () -> FORMATTER.withZone(null)),
        call("HebrewDateFormatter.format(Instant)", "instant", () -> FORMATTER.format((Instant) null)),
        call("HebrewDateFormatter.format(OffsetDateTime)", "dateTime", () -> FORMATTER.format((OffsetDateTime) null)),
        call("HebrewDateFormatter.format(ZonedDateTime)", "dateTime", () -> FORMATTER.format((ZonedDateTime) null)),
        call("HebrewHoliday.on", "date", () -> HebrewHoliday.on(null, true)),
        call("Parsha.on", "date", () -> Parsha.on(null, true)),
        call("Parsha.ofWeek", "date", () -> Parsha.ofWeek(null, true)),
        call("HebrewRelativeTime.format then", "then", () -> HebrewRelativeTime.format(null, NOW)),
        call("HebrewRelativeTime.format reference", "reference", () -> HebrewRelativeTime.format(NOW, null)),
        call("HebrewRelativeTime.format zone", "zone", () -> HebrewRelativeTime.format(NOW, NOW, (ZoneId) null)),
        call("HebrewRelativeTime.format style", "style",
            () -> HebrewRelativeTime.format(NOW, NOW, ZONE, (HebrewRelativeTime.Style) null)),
        call("HebrewRelativeTime.formatCalendar", "zone", () -> HebrewRelativeTime.formatCalendar(NOW, NOW, null)),
        call("JerusalemTime.now", "clock", () -> JerusalemTime.now(null)),
        call("JerusalemTime.of local", "local", () -> JerusalemTime.of(null, TransitionPolicy.EARLIER)),
        call("JerusalemTime.of policy", "policy", () -> JerusalemTime.of(LOCAL, null)),
        call("JerusalemTime.resolve zone", "zone", () -> JerusalemTime.resolve(LOCAL, null, TransitionPolicy.EARLIER)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entryPoints")
  void aNullArgumentIsANullPointerExceptionNamingTheParameter(String entryPoint, String parameter, Executable call) {
    NullArguments.assertNamesParameter(entryPoint, parameter, call);
  }
}
