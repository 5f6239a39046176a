package dev.newskit.i18n;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The weekly Torah portion (פרשת השבוע): the 54 portions in reading order, then the seven pairs that
 * are read together on one Shabbat in some years. Which portion a Shabbat reads depends on the Hebrew
 * year's type (the weekday of Rosh Hashana, whether the year is leap, its length) and, after a festival
 * day that falls on Shabbat outside Israel only, on the place: Israel then reads one portion ahead
 * until a pair that the diaspora reads together is read apart in Israel. Checked against KosherJava on
 * every day of 5780–5800 in both schedules.
 */
public enum Parsha {
  BERESHIT("בראשית", "Bereshit"),
  NOACH("נח", "Noach"),
  LECH_LECHA("לך לך", "Lech-Lecha"),
  VAYERA("וירא", "Vayera"),
  CHAYEI_SARA("חיי שרה", "Chayei Sara"),
  TOLDOT("תולדות", "Toldot"),
  VAYETZEI("ויצא", "Vayetzei"),
  VAYISHLACH("וישלח", "Vayishlach"),
  VAYESHEV("וישב", "Vayeshev"),
  MIKETZ("מקץ", "Miketz"),
  VAYIGASH("ויגש", "Vayigash"),
  VAYECHI("ויחי", "Vayechi"),
  SHEMOT("שמות", "Shemot"),
  VAERA("וארא", "Vaera"),
  BO("בא", "Bo"),
  BESHALACH("בשלח", "Beshalach"),
  YITRO("יתרו", "Yitro"),
  MISHPATIM("משפטים", "Mishpatim"),
  TERUMAH("תרומה", "Terumah"),
  TETZAVEH("תצוה", "Tetzaveh"),
  KI_TISA("כי תשא", "Ki Tisa"),
  VAYAKHEL("ויקהל", "Vayakhel"),
  PEKUDEI("פקודי", "Pekudei"),
  VAYIKRA("ויקרא", "Vayikra"),
  TZAV("צו", "Tzav"),
  SHMINI("שמיני", "Shmini"),
  TAZRIA("תזריע", "Tazria"),
  METZORA("מצורע", "Metzora"),
  ACHREI_MOT("אחרי מות", "Achrei Mot"),
  KEDOSHIM("קדושים", "Kedoshim"),
  EMOR("אמור", "Emor"),
  BEHAR("בהר", "Behar"),
  BECHUKOTAI("בחוקותי", "Bechukotai"),
  BAMIDBAR("במדבר", "Bamidbar"),
  NASSO("נשא", "Nasso"),
  BEHAALOTCHA("בהעלותך", "Beha'alotcha"),
  SHLACH("שלח לך", "Sh'lach"),
  KORACH("קרח", "Korach"),
  CHUKAT("חוקת", "Chukat"),
  BALAK("בלק", "Balak"),
  PINCHAS("פנחס", "Pinchas"),
  MATOT("מטות", "Matot"),
  MASEI("מסעי", "Masei"),
  DEVARIM("דברים", "Devarim"),
  VAETCHANAN("ואתחנן", "Vaetchanan"),
  EIKEV("עקב", "Eikev"),
  REEH("ראה", "Re'eh"),
  SHOFTIM("שופטים", "Shoftim"),
  KI_TEITZEI("כי תצא", "Ki Teitzei"),
  KI_TAVO("כי תבוא", "Ki Tavo"),
  NITZAVIM("נצבים", "Nitzavim"),
  VAYELECH("וילך", "Vayeilech"),
  HAAZINU("האזינו", "Ha'azinu"),
  /** Read on Simchat Torah, never on a Shabbat, so no lookup returns it. */
  VEZOT_HABERACHA("וזאת הברכה", "Vezot Haberakhah"),
  VAYAKHEL_PEKUDEI(VAYAKHEL, PEKUDEI),
  TAZRIA_METZORA(TAZRIA, METZORA),
  ACHREI_MOT_KEDOSHIM(ACHREI_MOT, KEDOSHIM),
  BEHAR_BECHUKOTAI(BEHAR, BECHUKOTAI),
  CHUKAT_BALAK(CHUKAT, BALAK),
  MATOT_MASEI(MATOT, MASEI),
  NITZAVIM_VAYELECH(NITZAVIM, VAYELECH);

  /** 1 Tishrei of the year 1, in the proleptic Gregorian calendar. */
  private static final LocalDate EPOCH = LocalDate.of(-3760, 9, 7);

  private final String hebrewName;
  private final String transliteration;
  private final List<Parsha> parts;

  Parsha(String hebrewName, String transliteration) {
    this.hebrewName = hebrewName;
    this.transliteration = transliteration;
    this.parts = List.of();
  }

  Parsha(Parsha first, Parsha second) {
    this.hebrewName = first.hebrewName + "-" + second.hebrewName;
    this.transliteration = first.transliteration + "-" + second.transliteration;
    this.parts = List.of(first, second);
  }

  /** The name as Israeli calendars print it after {@code פרשת}: {@code ויקהל-פקודי}. */
  public String hebrewName() {
    return hebrewName;
  }

  /** The name in Latin letters, in the Israeli pronunciation: {@code Vayakhel-Pekudei}. */
  public String transliteration() {
    return transliteration;
  }

  /** Whether this is two portions read together. */
  public boolean isCombined() {
    return !parts.isEmpty();
  }

  /** The two portions of a combined reading, in order; a single portion is its own only part. */
  public List<Parsha> parts() {
    return parts.isEmpty() ? List.of(this) : parts;
  }

  /**
   * The portion read on {@code date}; empty unless it is a Shabbat with a weekly reading (a Shabbat
   * that is a festival or one of its intermediate days reads the festival's portion instead).
   *
   * @param inIsrael whether to use Israel's schedule or the diaspora's
   * @throws IllegalArgumentException for a date before the Hebrew calendar's year 1
   */
  public static Optional<Parsha> on(LocalDate date, boolean inIsrael) {
    Objects.requireNonNull(date, "date");
    int year = HebrewCalendarDate.of(date).year();
    if (year < 1 || date.isBefore(EPOCH)) {
      throw new IllegalArgumentException("no weekly portion before the Hebrew calendar's first year: " + date);
    }
    if (date.getDayOfWeek() != DayOfWeek.SATURDAY) return Optional.empty();
    return ParshaSchedule.of(year, inIsrael).on(date);
  }

  /**
   * The portion of the week holding {@code date}: the one read on {@code date} if it is a Shabbat,
   * else on the coming Shabbat; empty when that Shabbat reads a festival's portion.
   *
   * @param inIsrael whether to use Israel's schedule or the diaspora's
   */
  public static Optional<Parsha> ofWeek(LocalDate date, boolean inIsrael) {
    Objects.requireNonNull(date, "date");
    return on(date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)), inIsrael);
  }
}
