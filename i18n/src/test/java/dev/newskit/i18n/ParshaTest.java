package dev.newskit.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kosherjava.zmanim.hebrewcalendar.JewishCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Every day of the Hebrew years 5780–5800, in Israel and abroad, against KosherJava's schedule. */
class ParshaTest {
  /** KosherJava's Parsha enum lists NONE, then the same 61 readings in the same order as ours. */
  private static Optional<Parsha> ours(JewishCalendar.Parsha theirs) {
    if (theirs == JewishCalendar.Parsha.NONE) return Optional.empty();
    return Optional.of(Parsha.values()[theirs.ordinal() - 1]);
  }

  @Test
  void theEnumsLineUp() {
    assertEquals(54 + 7, Parsha.values().length);
    assertEquals(Optional.of(Parsha.BERESHIT), ours(JewishCalendar.Parsha.BERESHIS));
    assertEquals(Optional.of(Parsha.VEZOT_HABERACHA), ours(JewishCalendar.Parsha.VZOS_HABERACHA));
    assertEquals(Optional.of(Parsha.VAYAKHEL_PEKUDEI), ours(JewishCalendar.Parsha.VAYAKHEL_PEKUDEI));
    assertEquals(Optional.of(Parsha.NITZAVIM_VAYELECH), ours(JewishCalendar.Parsha.NITZAVIM_VAYEILECH));
  }

  @Test
  void everyDayOf5780To5800AgreesWithKosherJava() {
    LocalDate from = new HebrewCalendarDate(5780, 0, 1).toLocalDate();
    LocalDate to = new HebrewCalendarDate(5801, 0, 1).toLocalDate();
    List<String> disagreements = new ArrayList<>();
    int read = 0;
    int combined = 0;
    for (boolean israel : new boolean[] {true, false}) {
      JewishCalendar kj = new JewishCalendar(from);
      kj.setInIsrael(israel);
      for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
        kj.setDate(day);
        Optional<Parsha> expected = ours(kj.getParshah());
        Optional<Parsha> on = Parsha.on(day, israel);
        if (on.isPresent()) {
          read++;
          if (on.get().isCombined()) combined++;
        }
        if (!expected.equals(on)) {
          disagreements.add(day + " " + day.getDayOfWeek() + (israel ? " Israel" : " abroad") + ": ours " + on
              + ", KosherJava " + expected);
        }
        kj.setDate(day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)));
        Optional<Parsha> week = Parsha.ofWeek(day, israel);
        if (!ours(kj.getParshah()).equals(week)) {
          disagreements.add(day + " week" + (israel ? " Israel" : " abroad") + ": ours " + week + ", KosherJava "
              + ours(kj.getParshah()));
        }
      }
    }
    assertEquals(List.of(), disagreements.subList(0, Math.min(20, disagreements.size())), disagreements.size() + " disagree");
    // about 50 read Shabbatot a year, a tenth of them with two portions together
    assertTrue(read > 2 * 21 * 46 && combined > 2 * 21 * 3, "read " + read + ", combined " + combined);
  }

  @Test
  void israelReadsAheadAfterTheEighthDayOfPesach() {
    // 27 April 2019 (22 Nisan 5779, a leap year) was the eighth day of Pesach abroad only
    LocalDate eighthDay = LocalDate.of(2019, 4, 27);
    assertEquals(Optional.of(Parsha.ACHREI_MOT), Parsha.on(eighthDay, true));
    assertEquals(Optional.empty(), Parsha.on(eighthDay, false));
    // Israel read Matot and Masei apart to fall back in step, abroad they were read together
    assertEquals(Optional.of(Parsha.MASEI), Parsha.on(LocalDate.of(2019, 8, 3), true));
    assertEquals(Optional.of(Parsha.MATOT_MASEI), Parsha.on(LocalDate.of(2019, 8, 3), false));
  }

  @Test
  void threadsAskingForDifferentYearsGetTheirOwn() throws Exception {
    List<LocalDate> shabbatot = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2020, 1, 4); d.getYear() < 2030; d = d.plusWeeks(1)) shabbatot.add(d);
    List<Optional<Parsha>> alone = new ArrayList<>();
    for (LocalDate d : shabbatot) alone.add(Parsha.on(d, d.getDayOfYear() % 2 == 0));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Optional<Parsha>>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t * 37;
        runs.add(pool.submit(() -> {
          List<Optional<Parsha>> got = new ArrayList<>(Collections.nCopies(shabbatot.size(), Optional.empty()));
          for (int i = 0; i < shabbatot.size(); i++) {
            int k = (i + offset) % shabbatot.size(); // each thread walks the years from elsewhere
            LocalDate d = shabbatot.get(k);
            got.set(k, Parsha.on(d, d.getDayOfYear() % 2 == 0));
          }
          return got;
        }));
      }
      for (Future<List<Optional<Parsha>>> run : runs) assertEquals(alone, run.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void namesAndParts() {
    assertEquals("ויקהל-פקודי", Parsha.VAYAKHEL_PEKUDEI.hebrewName());
    assertEquals("Vayakhel-Pekudei", Parsha.VAYAKHEL_PEKUDEI.transliteration());
    assertEquals(List.of(Parsha.VAYAKHEL, Parsha.PEKUDEI), Parsha.VAYAKHEL_PEKUDEI.parts());
    assertEquals(List.of(Parsha.NOACH), Parsha.NOACH.parts());
    assertEquals("לך לך", Parsha.LECH_LECHA.hebrewName());
    // a weekday belongs to the coming Shabbat's portion: Wednesday 21 October 2026 → Lech-Lecha on the 24th
    assertEquals(Optional.of(Parsha.LECH_LECHA), Parsha.ofWeek(LocalDate.of(2026, 10, 21), true));
    assertEquals(Optional.empty(), Parsha.on(LocalDate.of(2026, 10, 21), true));
    assertThrows(NullPointerException.class, () -> Parsha.on(null, true));
    // the first Shabbat of the year 1 (6 Tishrei, Rosh Hashana a Monday) reads Vayelech; before it, nothing
    assertEquals(Optional.of(Parsha.VAYELECH), Parsha.on(LocalDate.of(-3760, 9, 12), true));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Parsha.on(LocalDate.of(-4000, 1, 1), true));
    assertEquals("no weekly portion before the Hebrew calendar's first year: -4000-01-01", e.getMessage());
  }
}
