package dev.newskit.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class HebrewDateFormatterTest {
  @Test
  void nullArgumentsAreRefusedAtTheBoundaryNamingThem() {
    HebrewDateFormatter f = HebrewDateFormatter.HEBREW_DATE;
    assertEquals("instant", assertThrows(NullPointerException.class, () -> f.format((Instant) null)).getMessage());
    assertEquals("dateTime", assertThrows(NullPointerException.class, () -> f.format((OffsetDateTime) null)).getMessage());
    assertEquals("dateTime", assertThrows(NullPointerException.class, () -> f.format((ZonedDateTime) null)).getMessage());
    assertEquals("name", assertThrows(NullPointerException.class, () -> HebrewDateFormatter.preset(null)).getMessage());
    assertEquals("zone", assertThrows(NullPointerException.class, () -> f.withZone(null)).getMessage());
  }

  static final ZonedDateTime SEED = ZonedDateTime.of(2026, 4, 10, 7, 15, 0, 0, JerusalemTime.ZONE);

  @Test
  void gregorianDatesInHebrewAtEveryLength() {
    assertEquals("יום שישי, 10 באפריל 2026", HebrewDateFormatter.FULL_DATE.format(SEED));
    assertEquals("10 באפריל 2026", HebrewDateFormatter.LONG_DATE.format(SEED));
    assertEquals("10 באפר׳ 2026", HebrewDateFormatter.MEDIUM_DATE.format(SEED));
    assertEquals("10.4.2026", HebrewDateFormatter.SHORT_DATE.format(SEED));
    assertEquals("07:15", HebrewDateFormatter.TIME_24.format(SEED));
    assertEquals("7:15 לפנה״צ", HebrewDateFormatter.TIME_12.format(SEED));
    assertEquals("7:15 אחה״צ", HebrewDateFormatter.TIME_12.format(SEED.plusHours(12)));
    assertEquals("10.4.2026, 07:15", HebrewDateFormatter.DATE_TIME.format(SEED));
    assertEquals("יום שישי, 10 באפריל 2026, 07:15 שעון ירושלים", HebrewDateFormatter.DATE_TIME_ZONE.format(SEED));
    assertEquals("10.04.2026 07:15 +03:00", HebrewDateFormatter.DATE_TIME_OFFSET.format(SEED));
  }

  @Test
  void theSeedDatelineExactly() {
    assertEquals("ו 10 אפר 2026 7:15 am - שעון ירושלים", HebrewDateFormatter.DATELINE.format(SEED));
    assertEquals("ו 10 אפר 2026 7:15 am - שעון ירושלים",
        HebrewDateFormatter.DATELINE.format(Instant.parse("2026-04-10T04:15:00Z")));
    assertEquals("ש 11 אפר 2026 12:00 am - שעון ירושלים",
        HebrewDateFormatter.DATELINE.format(ZonedDateTime.of(2026, 4, 11, 0, 0, 0, 0, JerusalemTime.ZONE)));
  }

  @Test
  void hebrewCalendar() {
    assertEquals("כ״ג בניסן תשפ״ו", HebrewDateFormatter.HEBREW_DATE.format(SEED));
    assertEquals("יום שישי, כ״ג בניסן תשפ״ו, 10 באפריל 2026", HebrewDateFormatter.HEBREW_DATE_FULL.format(SEED));
    assertEquals("ה׳תשפ״ו", HebrewDateFormatter.ofPattern("{hebrew-year-full}").format(SEED));
    // 5784 is a leap year: Adar I and Adar II.
    assertEquals("א׳ באדר א׳ תשפ״ד", HebrewDateFormatter.HEBREW_DATE.format(at(2024, 2, 10)));
    assertEquals("א׳ באדר ב׳ תשפ״ד", HebrewDateFormatter.HEBREW_DATE.format(at(2024, 3, 11)));
    // 5786 is not: plain Adar.
    assertEquals("ט״ו באדר תשפ״ו", HebrewDateFormatter.HEBREW_DATE.format(at(2026, 3, 4)));
    assertEquals("ט״ז בשבט תשפ״ו", HebrewDateFormatter.HEBREW_DATE.format(at(2026, 2, 3)));
  }

  private static ZonedDateTime at(int y, int m, int d) {
    return ZonedDateTime.of(y, m, d, 12, 0, 0, 0, JerusalemTime.ZONE);
  }

  @Test
  void customPatternsAndPresetsByName() {
    HebrewDateFormatter ynet = HebrewDateFormatter.ofPattern("{dd}.{MM}.{yy} | {HH}:{mm}");
    assertEquals("10.04.26 | 07:15", ynet.format(SEED));
    assertEquals(HebrewDateFormatter.DATELINE, HebrewDateFormatter.preset("DATELINE"));
    assertTrue(HebrewDateFormatter.presetNames().contains("hebrew-full"));
    var e = assertThrows(IllegalArgumentException.class, () -> HebrewDateFormatter.ofPattern("{d} {month-long}"));
    assertTrue(e.getMessage().contains("unknown field {month-long} at index 4"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> HebrewDateFormatter.preset("iso"));
    assertTrue(e.getMessage().contains("known styles"), e.getMessage());
  }

  @Test
  void zoneNamesOutsideIsraelAreIds() {
    ZonedDateTime london = SEED.withZoneSameInstant(ZoneId.of("Europe/London"));
    assertEquals("ו 10 אפר 2026 5:15 am - Europe/London", HebrewDateFormatter.DATELINE.format(london));
    assertEquals("10.04.2026 05:15 +01:00",
        HebrewDateFormatter.DATE_TIME_OFFSET.withZone(ZoneId.of("Europe/London")).format(SEED.toInstant()));
    assertEquals("10.04.2026 07:15 +03:00",
        HebrewDateFormatter.DATE_TIME_OFFSET.format(OffsetDateTime.parse("2026-04-10T07:15+03:00")));
  }

  @Test
  void oneFormatterSharedByManyThreadsGivesTheSameResults() throws Exception {
    List<Instant> instants = new ArrayList<>();
    for (int h = 0; h < 2000; h++) instants.add(SEED.toInstant().plusSeconds(h * 3607L));
    List<String> expected = new ArrayList<>();
    for (Instant i : instants) expected.add(HebrewDateFormatter.HEBREW_DATE_FULL.format(i));
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        results.add(pool.submit(() -> {
          List<String> out = new ArrayList<>();
          for (Instant i : instants) out.add(HebrewDateFormatter.HEBREW_DATE_FULL.format(i));
          return out;
        }));
      }
      for (Future<List<String>> f : results) assertEquals(expected, f.get());
    } finally {
      pool.shutdownNow();
    }
  }
}
