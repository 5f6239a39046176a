package dev.newskit.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kosherjava.zmanim.hebrewcalendar.JewishCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every day of the Hebrew years 5780–5800, in Israel and abroad, against KosherJava's calendar. */
class HebrewHolidayTest {
  private static final Map<HebrewHoliday, Integer> KOSHERJAVA = new EnumMap<>(HebrewHoliday.class);

  static {
    KOSHERJAVA.put(HebrewHoliday.ROSH_HASHANA, JewishCalendar.ROSH_HASHANA);
    KOSHERJAVA.put(HebrewHoliday.FAST_OF_GEDALIAH, JewishCalendar.FAST_OF_GEDALYAH);
    KOSHERJAVA.put(HebrewHoliday.YOM_KIPPUR, JewishCalendar.YOM_KIPPUR);
    KOSHERJAVA.put(HebrewHoliday.SUKKOT, JewishCalendar.SUCCOS);
    KOSHERJAVA.put(HebrewHoliday.CHOL_HAMOED_SUKKOT, JewishCalendar.CHOL_HAMOED_SUCCOS);
    KOSHERJAVA.put(HebrewHoliday.HOSHANA_RABBA, JewishCalendar.HOSHANA_RABBA);
    KOSHERJAVA.put(HebrewHoliday.SHEMINI_ATZERET, JewishCalendar.SHEMINI_ATZERES);
    KOSHERJAVA.put(HebrewHoliday.SIMCHAT_TORAH, JewishCalendar.SIMCHAS_TORAH);
    KOSHERJAVA.put(HebrewHoliday.CHANUKAH, JewishCalendar.CHANUKAH);
    KOSHERJAVA.put(HebrewHoliday.TENTH_OF_TEVET, JewishCalendar.TENTH_OF_TEVES);
    KOSHERJAVA.put(HebrewHoliday.TU_BISHVAT, JewishCalendar.TU_BESHVAT);
    KOSHERJAVA.put(HebrewHoliday.FAST_OF_ESTHER, JewishCalendar.FAST_OF_ESTHER);
    KOSHERJAVA.put(HebrewHoliday.PURIM, JewishCalendar.PURIM);
    KOSHERJAVA.put(HebrewHoliday.SHUSHAN_PURIM, JewishCalendar.SHUSHAN_PURIM);
    KOSHERJAVA.put(HebrewHoliday.PESACH, JewishCalendar.PESACH);
    KOSHERJAVA.put(HebrewHoliday.CHOL_HAMOED_PESACH, JewishCalendar.CHOL_HAMOED_PESACH);
    KOSHERJAVA.put(HebrewHoliday.YOM_HASHOAH, JewishCalendar.YOM_HASHOAH);
    KOSHERJAVA.put(HebrewHoliday.YOM_HAZIKARON, JewishCalendar.YOM_HAZIKARON);
    KOSHERJAVA.put(HebrewHoliday.YOM_HAATZMAUT, JewishCalendar.YOM_HAATZMAUT);
    KOSHERJAVA.put(HebrewHoliday.LAG_BAOMER, JewishCalendar.LAG_BAOMER);
    KOSHERJAVA.put(HebrewHoliday.YOM_YERUSHALAYIM, JewishCalendar.YOM_YERUSHALAYIM);
    KOSHERJAVA.put(HebrewHoliday.SHAVUOT, JewishCalendar.SHAVUOS);
    KOSHERJAVA.put(HebrewHoliday.SEVENTEENTH_OF_TAMMUZ, JewishCalendar.SEVENTEEN_OF_TAMMUZ);
    KOSHERJAVA.put(HebrewHoliday.TISHA_BAV, JewishCalendar.TISHA_BEAV);
    KOSHERJAVA.put(HebrewHoliday.TU_BAV, JewishCalendar.TU_BEAV);
  }

  @Test
  void everyDayOf5780To5800AgreesWithKosherJava() {
    LocalDate from = new HebrewCalendarDate(5780, 0, 1).toLocalDate();
    LocalDate to = new HebrewCalendarDate(5801, 0, 1).toLocalDate();
    List<String> disagreements = new ArrayList<>();
    int holidays = 0;
    for (boolean israel : new boolean[] {true, false}) {
      JewishCalendar kj = new JewishCalendar(from);
      kj.setInIsrael(israel);
      kj.setUseModernHolidays(true);
      for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
        kj.setDate(day);
        Optional<HebrewHoliday> ours = HebrewHoliday.on(day, israel);
        int theirs = kj.getYomTovIndex();
        HebrewHoliday expected = null;
        for (Map.Entry<HebrewHoliday, Integer> e : KOSHERJAVA.entrySet()) if (e.getValue() == theirs) expected = e.getKey();
        if (ours.isPresent()) holidays++;
        if (!Optional.ofNullable(expected).equals(ours)) {
          disagreements.add(day + (israel ? " Israel" : " abroad") + ": ours " + ours + ", KosherJava " + expected);
        }
      }
    }
    assertEquals(List.of(), disagreements.subList(0, Math.min(20, disagreements.size())), disagreements.size() + " days disagree");
    assertEquals(true, holidays > 2 * 21 * 40, "holidays found: " + holidays);
  }

  @Test
  void theIsraeliDaysMoveAsTheLawSays() {
    // 5 Iyar 5784 was a Monday (13 May 2024): Yom HaZikaron moved to Monday, Yom HaAtzmaut to Tuesday
    assertEquals(Optional.of(HebrewHoliday.YOM_HAZIKARON), HebrewHoliday.on(LocalDate.of(2024, 5, 13), true));
    assertEquals(Optional.of(HebrewHoliday.YOM_HAATZMAUT), HebrewHoliday.on(LocalDate.of(2024, 5, 14), true));
    assertEquals("יום העצמאות", HebrewHoliday.YOM_HAATZMAUT.hebrewName());
  }
}
