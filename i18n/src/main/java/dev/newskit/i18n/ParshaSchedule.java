package dev.newskit.i18n;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The weekly portions of one Hebrew year's Shabbatot in one place, laid out by the four fixed points
 * of the reading cycle (Shulchan Aruch OC 428:4): Tzav before Pesach in a common year and Metzora in a
 * leap year, Bamidbar before Shavuot, Devarim before Tisha B'Av and Nitzavim before Rosh Hashana.
 * Between two fixed points the portions fill the Shabbatot that have no festival reading, and when
 * there are fewer Shabbatot than portions, pairs are read together in a fixed order of preference.
 * Devarim's place needs no rule of its own: the weeks from Tisha B'Av to Rosh Hashana never change. When
 * Israel has a Shabbat more than the diaspora before Shavuot of a leap year (the eighth day of Pesach
 * on Shabbat), there is nothing to split, so Israel reads on past Bamidbar and the summer absorbs it.
 */
final class ParshaSchedule {
  private static final int TISHREI = 0;
  private static final int NISAN = 7;
  private static final int SIVAN = 9;

  /** The pairs, in the order they are read together when Shabbatot are short. */
  private static final List<Parsha> PAIRS = List.of(Parsha.NITZAVIM_VAYELECH, Parsha.VAYAKHEL_PEKUDEI,
      Parsha.TAZRIA_METZORA, Parsha.ACHREI_MOT_KEDOSHIM, Parsha.BEHAR_BECHUKOTAI, Parsha.MATOT_MASEI,
      Parsha.CHUKAT_BALAK);

  // the last schedule built for each place: lookups usually stay within one year
  private static volatile @Nullable ParshaSchedule lastInIsrael;
  private static volatile @Nullable ParshaSchedule lastAbroad;

  private final int year;
  private final LocalDate firstShabbat;
  private final @Nullable Parsha[] weekly; // one per Shabbat from firstShabbat; null for a festival reading

  private ParshaSchedule(int year, LocalDate firstShabbat, @Nullable Parsha[] weekly) {
    this.year = year;
    this.firstShabbat = firstShabbat;
    this.weekly = weekly;
  }

  /** The schedule of the Hebrew year {@code year}, from Rosh Hashana to the eve of the next. */
  static ParshaSchedule of(int year, boolean inIsrael) {
    ParshaSchedule last = inIsrael ? lastInIsrael : lastAbroad;
    if (last != null && last.year == year) return last;
    ParshaSchedule built = build(year, inIsrael);
    if (inIsrael) {
      lastInIsrael = built;
    } else {
      lastAbroad = built;
    }
    return built;
  }

  private static ParshaSchedule build(int year, boolean inIsrael) {
    LocalDate roshHashana = new HebrewCalendarDate(year, TISHREI, 1).toLocalDate();
    LocalDate nextRoshHashana = new HebrewCalendarDate(year + 1, TISHREI, 1).toLocalDate();
    LocalDate pesach = new HebrewCalendarDate(year, NISAN, 15).toLocalDate();
    LocalDate shavuot = new HebrewCalendarDate(year, SIVAN, 6).toLocalDate();
    LocalDate pesachEnd = pesach.plusDays(inIsrael ? 7 : 8);
    LocalDate shavuotEnd = shavuot.plusDays(inIsrael ? 1 : 2);

    LocalDate first = roshHashana.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    @Nullable Parsha[] weekly = new Parsha[(int) (ChronoUnit.DAYS.between(first, nextRoshHashana) + 6) / 7];
    List<Integer> tishrei = new ArrayList<>();
    List<Integer> beforePesach = new ArrayList<>();
    List<Integer> beforeShavuot = new ArrayList<>();
    List<Integer> beforeRoshHashana = new ArrayList<>();
    for (int i = 0; i < weekly.length; i++) {
      LocalDate shabbat = first.plusWeeks(i);
      long tishreiDay = ChronoUnit.DAYS.between(roshHashana, shabbat) + 1;
      if (tishreiDay <= 23) {
        // only the Shabbatot between Rosh Hashana and Sukkot other than Yom Kippur have a weekly portion;
        // Sukkot to Simchat Torah read the festival's (the 23rd, Simchat Torah abroad, is never a Shabbat)
        if (tishreiDay >= 3 && tishreiDay <= 14 && tishreiDay != 10) tishrei.add(i);
      } else if (shabbat.isBefore(pesach)) {
        beforePesach.add(i);
      } else if (shabbat.isBefore(pesachEnd)) {
        continue;
      } else if (shabbat.isBefore(shavuot)) {
        beforeShavuot.add(i);
      } else if (shabbat.isBefore(shavuotEnd)) {
        continue;
      } else {
        beforeRoshHashana.add(i);
      }
    }

    // Vayelech is read after Rosh Hashana when two Shabbatot stand before Sukkot, else with Nitzavim
    List<Parsha> opening = tishrei.size() == 2 ? List.of(Parsha.VAYELECH, Parsha.HAAZINU) : List.of(Parsha.HAAZINU);
    fill(weekly, tishrei, opening);

    boolean nextHasOneBeforeSukkot = nextRoshHashana.getDayOfWeek() == DayOfWeek.THURSDAY
        || nextRoshHashana.getDayOfWeek() == DayOfWeek.SATURDAY;
    Parsha lastOfYear = nextHasOneBeforeSukkot ? Parsha.VAYELECH : Parsha.NITZAVIM;
    Parsha beforePesachAnchor = HebrewCalendarDate.isLeapYear(year) ? Parsha.METZORA : Parsha.TZAV;

    int next = Parsha.BERESHIT.ordinal();
    next = fillUpTo(weekly, beforePesach, next, beforePesachAnchor, year);
    next = fillUpTo(weekly, beforeShavuot, next, Parsha.BAMIDBAR, year);
    next = fillUpTo(weekly, beforeRoshHashana, next, lastOfYear, year);
    if (next != lastOfYear.ordinal() + 1) {
      throw new IllegalStateException("the reading cycle of " + year + " does not end at " + lastOfYear);
    }
    return new ParshaSchedule(year, first, weekly);
  }

  /**
   * Puts the portions from {@code next} to {@code anchor} on {@code shabbatot}, reading pairs together
   * while there are more portions than Shabbatot, or reading on past the anchor while there are fewer.
   * Returns the ordinal of the first portion not read.
   */
  private static int fillUpTo(Parsha[] weekly, List<Integer> shabbatot, int next, Parsha anchor, int year) {
    List<Parsha> singles = new ArrayList<>();
    for (int p = next; p <= anchor.ordinal() || singles.size() < shabbatot.size(); p++) {
      if (p > Parsha.VAYELECH.ordinal()) {
        throw new IllegalStateException("the reading cycle of " + year + " runs out of portions");
      }
      singles.add(Parsha.values()[p]);
    }
    List<Parsha> readings = new ArrayList<>(singles);
    for (Parsha pair : PAIRS) {
      if (readings.size() <= shabbatot.size()) break;
      int at = readings.indexOf(pair.parts().get(0));
      if (at >= 0 && at + 1 < readings.size() && readings.get(at + 1) == pair.parts().get(1)) {
        readings.set(at, pair);
        readings.remove(at + 1);
      }
    }
    if (readings.size() != shabbatot.size()) {
      throw new IllegalStateException("the reading cycle of " + year + " cannot put " + singles.size()
          + " portions on " + shabbatot.size() + " Shabbatot");
    }
    fill(weekly, shabbatot, readings);
    return singles.get(singles.size() - 1).ordinal() + 1;
  }

  private static void fill(Parsha[] weekly, List<Integer> shabbatot, List<Parsha> readings) {
    for (int i = 0; i < shabbatot.size(); i++) weekly[shabbatot.get(i)] = readings.get(i);
  }

  /** The weekly portion read on the Shabbat {@code shabbat} of this year, if it has one. */
  Optional<Parsha> on(LocalDate shabbat) {
    long week = ChronoUnit.DAYS.between(firstShabbat, shabbat) / 7;
    return week >= 0 && week < weekly.length ? Optional.ofNullable(weekly[(int) week]) : Optional.empty();
  }
}
