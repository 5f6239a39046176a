package dev.newskit.i18n;

import static dev.newskit.testing.SharedUse.sameOnEveryThread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.DateContext;
import dev.newskit.core.DateParseException;
import dev.newskit.core.DateTextParser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Every type i18n documents as thread-safe, one instance shared by 16 threads that start together:
 * each thread's results equal the single-threaded ones. The formatters include the ICU-backed presets,
 * whose ICU {@code DateFormat} is not thread-safe by itself.
 */
class ThreadSafetyTest {
  private static final int ROUNDS = 4;
  private static final DateContext NOW = HebrewDateFormsTest.NOW;
  /** Hand-written dateline and paragraph texts in the forms the other tests pin, with some that fail. */
  private static final List<String> TEXTS = List.of("ו 10 אפר 2026 7:15 am - שעון ירושלים", "רביעי, 3 ביוני 2026",
      "3 ביוני 2026 בשעה 8 בערב", "3 ביוני 2026 14:00 GMT+3", "3 בינואר 2026 14:00 IST",
      "25 באוקטובר 2026 1:30 שעון ישראל (חורף)", "3 באפריל", "עודכן: 14:05", "כ״ג בניסן תשפ״ו", "יד אדר תשפז",
      "כ״ג בניסן תשפ״ו (10 באפריל 2026)", "לפני 5 דק׳", "לפני כשעתיים", "עוד 5 דקות", "עכשיו", "10.04.26 07:15",
      "3/6/2026", "2026-06-04T10:00:00Z", "לפני שעות", "31 בפברואר 2026", "not a date",
      "ירושלים – ישראל כהן - עודכן לאחרונה: 10.04.26 07:15, לפני 5 דק׳",
      "הישיבה נקבעה ל-3 ביוני 2026 בשעה 8 בערב ונדחתה ל-5 ביוני");
  private static final List<Instant> INSTANTS = List.of(Instant.parse("2026-04-10T04:15:00Z"),
      Instant.parse("2026-01-01T15:05:07Z"), Instant.parse("2026-10-24T23:30:00Z"), Instant.parse("1999-12-31T22:00:00Z"),
      Instant.parse("2027-03-26T00:30:00Z"));


  private static List<String> parseAndFind(DateTextParser parser) {
    List<String> out = new ArrayList<>();
    for (DateContext context : List.of(NOW, NOW.withStrict(true))) {
      for (String text : TEXTS) {
        try {
          out.add(parser.parse(text, context).toIsoString());
        } catch (DateParseException e) {
          out.add("refused at " + e.index());
        }
        out.add(parser.find(text, context).toString());
      }
    }
    return out;
  }

  @Test
  void oneHebrewDateParser() throws Exception {
    HebrewDateParser parser = new HebrewDateParser();
    List<String> alone = parseAndFind(parser);
    assertTrue(alone.stream().filter(s -> s.startsWith("refused")).count() >= 4, "some texts are refused: " + alone);
    assertTrue(alone.stream().filter(s -> s.startsWith("20")).count() >= 20, "most texts are read: " + alone);
    sameOnEveryThread(ROUNDS, () -> parseAndFind(parser));
  }

  @Test
  void theInstalledParsersFoundThroughCore() throws Exception {
    DateTextParser installed = DateTextParser.installed();
    assertEquals(parseAndFind(new HebrewDateParser()).get(0), parseAndFind(installed).get(0), "the Hebrew parser is installed");
    sameOnEveryThread(ROUNDS, () -> parseAndFind(installed));
  }

  @Test
  void everyFormatterPreset() throws Exception {
    List<HebrewDateFormatter> formatters = new ArrayList<>();
    for (String name : HebrewDateFormatter.presetNames()) formatters.add(HebrewDateFormatter.preset(name));
    formatters.add(HebrewDateFormatter.ofPattern("d בMMMM y HH:mm"));
    formatters.add(HebrewDateFormatter.ofPattern("{weekday}, {d} ב{month} {yyyy} {HH}:{mm} {offset}"));
    sameOnEveryThread(ROUNDS, () -> {
      List<String> out = new ArrayList<>();
      for (HebrewDateFormatter f : formatters) for (Instant i : INSTANTS) out.add(f.format(i));
      return out;
    });
  }

  @Test
  void theStaticHelpers() throws Exception {
    Instant reference = Instant.parse("2026-04-10T09:00:00Z");
    ZoneId zone = JerusalemTime.ZONE;
    sameOnEveryThread(ROUNDS, () -> {
      List<Object> out = new ArrayList<>();
      for (Instant i : INSTANTS) {
        for (HebrewRelativeTime.Style style : HebrewRelativeTime.Style.values()) {
          out.add(HebrewRelativeTime.format(i, reference, zone, style));
        }
        out.add(HebrewRelativeTime.formatCalendar(i, reference, zone));
        LocalDate day = i.atZone(zone).toLocalDate();
        out.add(HebrewHoliday.on(day, true));
        out.add(HebrewHoliday.on(day, false));
        out.add(JerusalemTime.of(LocalDateTime.ofInstant(i, zone), TransitionPolicy.LATER));
      }
      for (int n = 1; n < 6000; n += 7) {
        String numeral = HebrewNumerals.format(n);
        out.add(numeral);
        out.add(HebrewNumerals.parse(numeral));
      }
      out.add(HebrewNumerals.formatNumber(12_345));
      for (String text : TEXTS) out.add(BidiText.stripControls(BidiText.isolateLtrRuns(text)));
      return out;
    });
  }

  @Test
  void theWeeklyPortions() throws Exception {
    // Parsha.on keeps the last year's schedule per place: threads that walk the years from different
    // starting points build and replace it at the same time, and must still read their own year's.
    LocalDate first = LocalDate.of(2019, 1, 5); // a Shabbat
    int weeks = 52 * 12;
    sameOnEveryThread(ROUNDS, () -> {
      int start = (int) (Thread.currentThread().getId() % 12) * 52;
      java.util.TreeMap<LocalDate, String> out = new java.util.TreeMap<>();
      for (int k = 0; k < weeks; k++) {
        LocalDate shabbat = first.plusWeeks((start + k) % weeks);
        out.put(shabbat, Parsha.on(shabbat, true).map(Parsha::transliteration).orElse("-") + " / "
            + Parsha.on(shabbat, false).map(Parsha::transliteration).orElse("-"));
      }
      return out;
    });
  }
}
