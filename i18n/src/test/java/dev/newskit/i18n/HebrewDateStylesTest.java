package dev.newskit.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.newskit.core.DateContext;
import java.time.Duration;
import java.time.Instant;
import java.time.format.FormatStyle;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CLDR styles and patterns, the Hebrew-calendar presets, numerals of any size, relative and calendar time. */
class HebrewDateStylesTest {
  /** Friday 10 April 2026, 07:15 in Jerusalem (summer time). */
  private static final Instant SEED = Instant.parse("2026-04-10T04:15:00Z");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "date-full | יום שישי, 10 באפריל 2026",
      "date-long | 10 באפריל 2026",
      "date-medium | 10 באפר׳ 2026",
      "date-short | 10.4.2026",
      "time-short | 7:15",
      "time-medium | 7:15:00",
      "datetime-full | יום שישי, 10 באפריל 2026 בשעה 7:15:00 שעון ישראל (קיץ)",
      "datetime-long | 10 באפריל 2026 בשעה 7:15:00 GMT\u200e+3\u200e",
      "datetime-medium | 10 באפר׳ 2026, 7:15:00",
      "datetime-short | 10.4.2026, 7:15",
      "zone-generic-long | שעון ישראל",
      "zone-specific-long | שעון ישראל (קיץ)",
      "hebrew-year | תשפ״ו",
      "hebrew-year-with-thousands | ה׳תשפ״ו",
      "hebrew-date-long | כ״ג בניסן תשפ״ו",
      "hebrew-date-long-with-thousands | כ״ג בניסן ה׳תשפ״ו",
      "hebrew-date-kosherjava | כ״ג ניסן תשפ״ו",
      "hebrew-date-full | יום שישי, כ״ג בניסן תשפ״ו, 10 באפריל 2026",
      "dateline | ו 10 אפר 2026 7:15 am - שעון ירושלים",
  })
  void presets(String name, String expected) {
    assertEquals(expected, HebrewDateFormatter.preset(name).format(SEED));
  }

  @Test
  void everyCldrStyleIsWhatIcuPrintsForHeIl() {
    FormatStyle[] styles = {FormatStyle.FULL, FormatStyle.LONG, FormatStyle.MEDIUM, FormatStyle.SHORT, null};
    int[] icu = {DateFormat.FULL, DateFormat.LONG, DateFormat.MEDIUM, DateFormat.SHORT, DateFormat.NONE};
    for (Instant instant : new Instant[] {SEED, Instant.parse("2026-01-01T15:05:07Z")}) {
      for (int d = 0; d < styles.length; d++) {
        for (int t = 0; t < styles.length; t++) {
          if (styles[d] == null && styles[t] == null) continue;
          DateFormat format = DateFormat.getDateTimeInstance(icu[d], icu[t], new ULocale("he_IL"));
          format.setTimeZone(TimeZone.getTimeZone("Asia/Jerusalem"));
          assertEquals(format.format(Date.from(instant)),
              HebrewDateFormatter.ofLocalizedDateTime(styles[d], styles[t]).format(instant), d + "/" + t);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "d בMMMM y HH:mm | 10 באפריל 2026 07:15",
      "EEEE | יום שישי",
      "EEE, d.M.yy | יום ו׳, 10.4.26",
      "zzzz | שעון ישראל (קיץ)",
      "h:mm B | 7:15 בוקר",
      "{d} ב{month} {yyyy} | 10 באפריל 2026",
  })
  void patternsInCldrSyntaxOrBraces(String pattern, String expected) {
    assertEquals(expected, HebrewDateFormatter.ofPattern(pattern).format(SEED));
  }

  @Test
  void aBadCldrPatternIsRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HebrewDateFormatter.ofPattern("d ב MMMM j"));
    assertEquals(true, e.getMessage().contains("d ב MMMM j"), e.getMessage());
  }

  @Test
  void theNewHebrewPresetsReadBack() {
    HebrewDateParser parser = new HebrewDateParser();
    DateContext context = DateContext.of(java.time.Clock.fixed(SEED, java.time.ZoneOffset.UTC)).withStrict(true);
    for (String name : new String[] {"hebrew-date-long-with-thousands", "hebrew-date-kosherjava", "datetime-full",
        "datetime-long", "datetime-medium", "datetime-short", "date-full", "date-medium"}) {
      String text = HebrewDateFormatter.preset(name).format(SEED);
      assertEquals(SEED.atZone(JerusalemTime.ZONE).toLocalDate(), parser.parse(text, context).date(), name + ": " + text);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"1, א׳", "15, ט״ו", "786, תשפ״ו", "5786, ה׳תשפ״ו", "12345, י״ב׳שמ״ה", "1000000, א׳׳", "1000, א׳"})
  void numeralsOfAnySize(long value, String expected) {
    assertEquals(expected, HebrewNumerals.formatNumber(value));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "-PT30S, לפני 30 שניות, עכשיו",
      "-PT5M, לפני 5 דקות, לפני 5 דקות",
      "-PT2H, לפני שעתיים, לפני שעתיים",
      "-PT23H, לפני יום, אתמול",
      "-PT48H, לפני יומיים, שלשום",
      "-P3D, לפני 3 ימים, לפני 3 ימים",
      "-P17D, לפני 17 ימים, לפני 17 ימים",
      "-P40D, לפני חודש, לפני חודש",
      "-P800D, לפני שנתיים, לפני שנתיים",
      "PT23H, בעוד יום, מחר",
      "P2D, בעוד יומיים, מחרתיים",
  })
  void relativeNumericAndAuto(String offset, String numeric, String auto) {
    Instant now = Instant.parse("2026-04-10T15:00:00Z"); // 18:00 in Jerusalem
    Instant then = now.plus(Duration.parse(offset));
    assertEquals(numeric, HebrewRelativeTime.format(then, now, JerusalemTime.ZONE, HebrewRelativeTime.Style.NUMERIC));
    assertEquals(auto, HebrewRelativeTime.format(then, now, JerusalemTime.ZONE, HebrewRelativeTime.Style.AUTO));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "2026-04-10T09:00:00Z, היום ב־12:00",
      "2026-04-09T09:00:00Z, אתמול ב־12:00",
      "2026-04-11T09:00:00Z, מחר ב־12:00",
      "2026-04-07T09:00:00Z, ביום שלישי האחרון בשעה 12:00",
      "2026-04-14T09:00:00Z, שלישי בשעה 12:00",
      "2026-04-01T09:00:00Z, 01/04/2026",
  })
  void calendarAsMomentPrintsIt(String then, String expected) {
    Instant now = Instant.parse("2026-04-10T15:00:00Z");
    assertEquals(expected, HebrewRelativeTime.formatCalendar(Instant.parse(then), now, JerusalemTime.ZONE));
  }
}
