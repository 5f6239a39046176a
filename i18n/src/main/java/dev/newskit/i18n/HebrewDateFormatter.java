package dev.newskit.i18n;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Prints dates and times the way Israeli readers expect, from a small pattern language with named
 * presets.
 *
 * <p>A pattern is literal text with fields in braces: {@code {weekday}, {d} ב{month} {yyyy}} prints
 * {@code יום שישי, 10 באפריל 2026}. Fields:
 * <ul>
 *   <li>{@code {weekday}} יום שישי, {@code {weekday-letter}} ו</li>
 *   <li>{@code {d}} 10, {@code {dd}} 10, {@code {M}} 4, {@code {MM}} 04, {@code {month}} אפריל,
 *       {@code {month-short}} אפר, {@code {month-abbr}} אפר׳, {@code {yyyy}} 2026, {@code {yy}} 26</li>
 *   <li>{@code {H}} 7, {@code {HH}} 07, {@code {h}} 7 (12-hour), {@code {hh}} 07, {@code {mm}} 15,
 *       {@code {ss}} 00, {@code {am-pm}} am, {@code {AM-PM}} AM, {@code {am-pm-he}} לפנה״צ</li>
 *   <li>{@code {zone-name}} שעון ירושלים, {@code {zone-name-il}} שעון ישראל (the zone id outside
 *       Israel), {@code {offset}} +03:00</li>
 *   <li>{@code {hebrew-day}} כ״ג, {@code {hebrew-month}} ניסן (אדר א׳ / אדר ב׳ in leap years),
 *       {@code {hebrew-year}} תשפ״ו, {@code {hebrew-year-full}} ה׳תשפ״ו</li>
 * </ul>
 *
 * <p>A pattern without braces is a CLDR pattern, printed by ICU4J for {@code he_IL} exactly as
 * {@code SimpleDateFormat} does: {@code d בMMMM y HH:mm}, {@code EEEE}, {@code zzzz} ({@code שעון ישראל
 * (קיץ)}). {@link #ofLocalizedDate}, {@link #ofLocalizedTime} and {@link #ofLocalizedDateTime} give
 * CLDR's own styles, exactly as ICU4J's {@code DateFormat} prints them for {@code he_IL}.
 *
 * <p>Immutable and thread-safe: the formatter keeps the parsed pattern and a zone; an ICU-backed
 * formatter keeps an ICU format it never changes and formats with a copy of it per call (ICU
 * formatters are mutable); Hebrew-calendar fields use a new ICU calendar per call.
 */
public final class HebrewDateFormatter {
  /** {@code יום שישי, 10 באפריל 2026}. */
  public static final HebrewDateFormatter FULL_DATE = ofPattern("{weekday}, {d} ב{month} {yyyy}");
  /** {@code 10 באפריל 2026}. */
  public static final HebrewDateFormatter LONG_DATE = ofPattern("{d} ב{month} {yyyy}");
  /** {@code 10 באפר׳ 2026}. */
  public static final HebrewDateFormatter MEDIUM_DATE = ofPattern("{d} ב{month-abbr} {yyyy}");
  /** {@code 10.4.2026}. */
  public static final HebrewDateFormatter SHORT_DATE = ofPattern("{d}.{M}.{yyyy}");
  /** {@code 07:15}. */
  public static final HebrewDateFormatter TIME_24 = ofPattern("{HH}:{mm}");
  /** {@code 7:15 לפנה״צ}. */
  public static final HebrewDateFormatter TIME_12 = ofPattern("{h}:{mm} {am-pm-he}");
  /** {@code 10.4.2026, 07:15}. */
  public static final HebrewDateFormatter DATE_TIME = ofPattern("{d}.{M}.{yyyy}, {HH}:{mm}");
  /** {@code יום שישי, 10 באפריל 2026, 07:15 שעון ירושלים}. */
  public static final HebrewDateFormatter DATE_TIME_ZONE =
      ofPattern("{weekday}, {d} ב{month} {yyyy}, {HH}:{mm} {zone-name}");
  /** {@code 10.04.2026 07:15 +03:00}: carries the offset, so it names one instant even in the autumn overlap. */
  public static final HebrewDateFormatter DATE_TIME_OFFSET = ofPattern("{dd}.{MM}.{yyyy} {HH}:{mm} {offset}");
  /** The Al-Quds dateline, exactly: {@code ו 10 אפר 2026 7:15 am - שעון ירושלים}. */
  public static final HebrewDateFormatter DATELINE =
      ofPattern("{weekday-letter} {d} {month-short} {yyyy} {h}:{mm} {am-pm} - {zone-name}");
  /** The Hebrew calendar: {@code כ״ג בניסן תשפ״ו}. */
  public static final HebrewDateFormatter HEBREW_DATE = ofPattern("{hebrew-day} ב{hebrew-month} {hebrew-year}");
  /** The Hebrew calendar with the weekday and the Gregorian date: {@code יום שישי, כ״ג בניסן תשפ״ו, 10 באפריל 2026}. */
  public static final HebrewDateFormatter HEBREW_DATE_FULL =
      ofPattern("{weekday}, {hebrew-day} ב{hebrew-month} {hebrew-year}, {d} ב{month} {yyyy}");

  /** The Hebrew year alone: {@code תשפ״ו}. */
  public static final HebrewDateFormatter HEBREW_YEAR = ofPattern("{hebrew-year}");
  /** The Hebrew year with its thousands: {@code ה׳תשפ״ו}. */
  public static final HebrewDateFormatter HEBREW_YEAR_WITH_THOUSANDS = ofPattern("{hebrew-year-full}");
  /** The Hebrew calendar with the thousands: {@code כ״ג בניסן ה׳תשפ״ו}. */
  public static final HebrewDateFormatter HEBREW_DATE_WITH_THOUSANDS =
      ofPattern("{hebrew-day} ב{hebrew-month} {hebrew-year-full}");
  /** The Hebrew calendar without the ב before the month, as KosherJava prints it: {@code כ״ג ניסן תשפ״ו}. */
  public static final HebrewDateFormatter HEBREW_DATE_KOSHERJAVA = ofPattern("{hebrew-day} {hebrew-month} {hebrew-year}");

  private static final com.ibm.icu.util.ULocale HE_IL = new com.ibm.icu.util.ULocale("he_IL");
  private static final Map<String, HebrewDateFormatter> PRESETS = presets();

  private final String pattern;
  private final List<Segment> segments;
  private final ZoneId zone;

  private HebrewDateFormatter(String pattern, List<Segment> segments, ZoneId zone) {
    this.pattern = pattern;
    this.segments = segments;
    this.zone = zone;
  }

  /**
   * A formatter for {@code pattern}, printing instants in Jerusalem time.
   *
   * @throws IllegalArgumentException naming the unknown field or the unclosed brace and its index
   */
  public static HebrewDateFormatter ofPattern(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    if (pattern.indexOf('{') < 0) return ofCldrPattern(pattern);
    List<Segment> segments = new ArrayList<>();
    int i = 0;
    while (i < pattern.length()) {
      int open = pattern.indexOf('{', i);
      if (open < 0) {
        segments.add(new Literal(pattern.substring(i)));
        break;
      }
      if (open > i) segments.add(new Literal(pattern.substring(i, open)));
      int close = pattern.indexOf('}', open);
      if (close < 0) throw new IllegalArgumentException("unclosed '{' at index " + open + " in pattern: " + pattern);
      String name = pattern.substring(open + 1, close);
      Field field = Field.byName(name);
      if (field == null) {
        throw new IllegalArgumentException("unknown field {" + name + "} at index " + open + " in pattern: " + pattern
            + "; known fields: " + Field.names());
      }
      segments.add(field);
      i = close + 1;
    }
    return new HebrewDateFormatter(pattern, List.copyOf(segments), JerusalemTime.ZONE);
  }

  /**
   * A formatter for a CLDR pattern ({@code d בMMMM y}, {@code EEEE, d בMMMM y HH:mm zzzz}), printed
   * by ICU4J for {@code he_IL}.
   *
   * @throws IllegalArgumentException naming the pattern when ICU refuses it
   */
  public static HebrewDateFormatter ofCldrPattern(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    com.ibm.icu.text.SimpleDateFormat format;
    try {
      format = new com.ibm.icu.text.SimpleDateFormat(pattern, HE_IL);
      format.format(new java.util.Date(0)); // ICU checks the pattern letters only when it formats
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a CLDR date pattern: " + pattern + " (" + e.getMessage() + ")", e);
    }
    return new HebrewDateFormatter(pattern, List.of(new IcuFormat(format)), JerusalemTime.ZONE);
  }

  /** CLDR's date style for {@code he_IL}: FULL {@code יום שישי, 10 באפריל 2026}, SHORT {@code 10.4.2026}. */
  public static HebrewDateFormatter ofLocalizedDate(java.time.format.FormatStyle dateStyle) {
    return ofLocalizedDateTime(Objects.requireNonNull(dateStyle, "dateStyle"), null);
  }

  /** CLDR's time style for {@code he_IL}: SHORT {@code 7:15}, MEDIUM {@code 7:15:00}, LONG {@code 7:15:00 GMT+3}. */
  public static HebrewDateFormatter ofLocalizedTime(java.time.format.FormatStyle timeStyle) {
    return ofLocalizedDateTime(null, Objects.requireNonNull(timeStyle, "timeStyle"));
  }

  /**
   * CLDR's date-time style for {@code he_IL}, exactly as ICU4J prints it: FULL/FULL is
   * {@code יום שישי, 10 באפריל 2026 בשעה 7:15:00 שעון ישראל (קיץ)}; a null style leaves that part out.
   */
  public static HebrewDateFormatter ofLocalizedDateTime(java.time.format.@Nullable FormatStyle dateStyle,
      java.time.format.@Nullable FormatStyle timeStyle) {
    if (dateStyle == null && timeStyle == null) throw new IllegalArgumentException("no date style and no time style");
    com.ibm.icu.text.DateFormat format =
        com.ibm.icu.text.DateFormat.getDateTimeInstance(icuStyle(dateStyle), icuStyle(timeStyle), HE_IL);
    String name = "date-" + (dateStyle == null ? "none" : dateStyle.name().toLowerCase(java.util.Locale.ROOT))
        + " time-" + (timeStyle == null ? "none" : timeStyle.name().toLowerCase(java.util.Locale.ROOT));
    return new HebrewDateFormatter("CLDR " + name, List.of(new IcuFormat(format)), JerusalemTime.ZONE);
  }

  private static int icuStyle(java.time.format.@Nullable FormatStyle style) {
    if (style == null) return com.ibm.icu.text.DateFormat.NONE;
    switch (style) {
      case FULL: return com.ibm.icu.text.DateFormat.FULL;
      case LONG: return com.ibm.icu.text.DateFormat.LONG;
      case MEDIUM: return com.ibm.icu.text.DateFormat.MEDIUM;
      default: return com.ibm.icu.text.DateFormat.SHORT;
    }
  }

  /**
   * The preset with this name, case-insensitive: {@code full}, {@code long}, {@code medium},
   * {@code short}, {@code time24}, {@code time12}, {@code datetime}, {@code datetime-zone},
   * {@code datetime-offset}, {@code dateline}, {@code hebrew}, {@code hebrew-full}, {@code hebrew-year},
   * {@code hebrew-year-with-thousands}, {@code hebrew-date-long-with-thousands},
   * {@code hebrew-date-kosherjava}, and CLDR's {@code date-full|long|medium|short},
   * {@code time-short|medium}, {@code datetime-full|long|medium|short} (date and time in the same
   * style), {@code zone-generic-long} ({@code vvvv}) and {@code zone-specific-long} ({@code zzzz}).
   *
   * @throws IllegalArgumentException listing the known names
   */
  public static HebrewDateFormatter preset(String name) {
    HebrewDateFormatter f = PRESETS.get(Objects.requireNonNull(name, "name").toLowerCase(java.util.Locale.ROOT));
    if (f == null) throw new IllegalArgumentException("unknown style '" + name + "'; known styles: " + PRESETS.keySet());
    return f;
  }

  /** The names {@link #preset(String)} knows, in a stable order. */
  public static Set<String> presetNames() {
    return PRESETS.keySet();
  }

  private static Map<String, HebrewDateFormatter> presets() {
    Map<String, HebrewDateFormatter> m = new LinkedHashMap<>();
    m.put("full", FULL_DATE);
    m.put("long", LONG_DATE);
    m.put("medium", MEDIUM_DATE);
    m.put("short", SHORT_DATE);
    m.put("time24", TIME_24);
    m.put("time12", TIME_12);
    m.put("datetime", DATE_TIME);
    m.put("datetime-zone", DATE_TIME_ZONE);
    m.put("datetime-offset", DATE_TIME_OFFSET);
    m.put("dateline", DATELINE);
    m.put("hebrew", HEBREW_DATE);
    m.put("hebrew-full", HEBREW_DATE_FULL);
    m.put("hebrew-date-long", HEBREW_DATE);
    m.put("hebrew-date-full", HEBREW_DATE_FULL);
    m.put("hebrew-date-long-with-thousands", HEBREW_DATE_WITH_THOUSANDS);
    m.put("hebrew-date-kosherjava", HEBREW_DATE_KOSHERJAVA);
    m.put("hebrew-year", HEBREW_YEAR);
    m.put("hebrew-year-with-thousands", HEBREW_YEAR_WITH_THOUSANDS);
    for (java.time.format.FormatStyle style : java.time.format.FormatStyle.values()) {
      String name = style.name().toLowerCase(java.util.Locale.ROOT);
      m.put("date-" + name, ofLocalizedDate(style));
      m.put("datetime-" + name, ofLocalizedDateTime(style, style));
    }
    m.put("time-short", ofLocalizedTime(java.time.format.FormatStyle.SHORT));
    m.put("time-medium", ofLocalizedTime(java.time.format.FormatStyle.MEDIUM));
    m.put("zone-generic-long", ofCldrPattern("vvvv"));
    m.put("zone-specific-long", ofCldrPattern("zzzz"));
    return Collections.unmodifiableMap(m);
  }

  /** This formatter printing instants in {@code zone} instead. */
  public HebrewDateFormatter withZone(ZoneId zone) {
    return new HebrewDateFormatter(pattern, segments, Objects.requireNonNull(zone, "zone"));
  }

  /** The zone instants are printed in; Asia/Jerusalem unless changed with {@link #withZone}. */
  public ZoneId zone() {
    return zone;
  }

  /** The pattern this formatter was made from. */
  public String pattern() {
    return pattern;
  }

  /** {@code instant} in this formatter's zone. */
  public String format(Instant instant) {
    return format(Objects.requireNonNull(instant, "instant").atZone(zone));
  }

  /** {@code dateTime} at its own offset, in this formatter's zone if that zone has that offset then. */
  public String format(OffsetDateTime dateTime) {
    ZonedDateTime inZone = Objects.requireNonNull(dateTime, "dateTime").atZoneSameInstant(zone);
    return format(inZone.getOffset().equals(dateTime.getOffset()) ? inZone : dateTime.toZonedDateTime());
  }

  /** {@code dateTime} in its own zone. */
  public String format(ZonedDateTime dateTime) {
    Objects.requireNonNull(dateTime, "dateTime");
    StringBuilder out = new StringBuilder(32);
    HebrewCalendarDate[] hebrew = new HebrewCalendarDate[1];
    for (Segment s : segments) s.append(out, dateTime, hebrew);
    return out.toString();
  }

  @Override
  public String toString() {
    return "HebrewDateFormatter[" + pattern + " in " + zone + "]";
  }

  private interface Segment {
    void append(StringBuilder out, ZonedDateTime t, HebrewCalendarDate[] hebrew);
  }

  /** A whole ICU format, copied per call: ICU formatters are mutable, the prototype is never changed. */
  private static final class IcuFormat implements Segment {
    private final com.ibm.icu.text.DateFormat prototype;

    IcuFormat(com.ibm.icu.text.DateFormat prototype) {
      this.prototype = prototype;
    }

    @Override
    public void append(StringBuilder out, ZonedDateTime t, HebrewCalendarDate[] hebrew) {
      com.ibm.icu.text.DateFormat format = (com.ibm.icu.text.DateFormat) prototype.clone();
      format.setTimeZone(t.getZone() instanceof java.time.ZoneOffset offset
          ? new com.ibm.icu.util.SimpleTimeZone(offset.getTotalSeconds() * 1000, "GMT" + offset.getId())
          : com.ibm.icu.util.TimeZone.getTimeZone(t.getZone().getId()));
      out.append(format.format(java.util.Date.from(t.toInstant())));
    }
  }

  private record Literal(String text) implements Segment {
    @Override
    public void append(StringBuilder out, ZonedDateTime t, HebrewCalendarDate[] hebrew) {
      out.append(text);
    }
  }

  private enum Field implements Segment {
    WEEKDAY("weekday"), WEEKDAY_LETTER("weekday-letter"),
    D("d"), DD("dd"), M("M"), MM("MM"), MONTH("month"), MONTH_SHORT("month-short"), MONTH_ABBR("month-abbr"),
    YYYY("yyyy"), YY("yy"),
    H24("H"), HH24("HH"), H12("h"), HH12("hh"), MINUTE("mm"), SECOND("ss"),
    AM_PM("am-pm"), AM_PM_UPPER("AM-PM"), AM_PM_HEBREW("am-pm-he"),
    ZONE_NAME("zone-name"), ZONE_NAME_ISRAEL("zone-name-il"), OFFSET("offset"),
    HEBREW_DAY("hebrew-day"), HEBREW_MONTH("hebrew-month"), HEBREW_YEAR("hebrew-year"),
    HEBREW_YEAR_FULL("hebrew-year-full");

    private final String fieldName;

    Field(String fieldName) {
      this.fieldName = fieldName;
    }

    static @Nullable Field byName(String name) {
      for (Field f : values()) if (f.fieldName.equals(name)) return f;
      return null;
    }

    static List<String> names() {
      List<String> names = new ArrayList<>();
      for (Field f : values()) names.add(f.fieldName);
      return names;
    }

    @Override
    public void append(StringBuilder out, ZonedDateTime t, HebrewCalendarDate[] hebrew) {
      switch (this) {
        case WEEKDAY: out.append(HebrewNames.weekday(t.getDayOfWeek())); break;
        case WEEKDAY_LETTER: out.append(HebrewNames.weekdayLetter(t.getDayOfWeek())); break;
        case D: out.append(t.getDayOfMonth()); break;
        case DD: twoDigits(out, t.getDayOfMonth()); break;
        case M: out.append(t.getMonthValue()); break;
        case MM: twoDigits(out, t.getMonthValue()); break;
        case MONTH: out.append(HebrewNames.month(t.getMonth())); break;
        case MONTH_SHORT: out.append(HebrewNames.monthShort(t.getMonth())); break;
        case MONTH_ABBR: out.append(HebrewNames.monthAbbreviation(t.getMonth())); break;
        case YYYY: out.append(t.getYear()); break;
        case YY: twoDigits(out, Math.floorMod(t.getYear(), 100)); break;
        case H24: out.append(t.getHour()); break;
        case HH24: twoDigits(out, t.getHour()); break;
        case H12: out.append(hour12(t.getHour())); break;
        case HH12: twoDigits(out, hour12(t.getHour())); break;
        case MINUTE: twoDigits(out, t.getMinute()); break;
        case SECOND: twoDigits(out, t.getSecond()); break;
        case AM_PM: out.append(t.getHour() < 12 ? "am" : "pm"); break;
        case AM_PM_UPPER: out.append(t.getHour() < 12 ? "AM" : "PM"); break;
        case AM_PM_HEBREW: out.append(t.getHour() < 12 ? "לפנה״צ" : "אחה״צ"); break;
        case ZONE_NAME: out.append(isIsrael(t.getZone()) ? "שעון ירושלים" : t.getZone().getId()); break;
        case ZONE_NAME_ISRAEL: out.append(isIsrael(t.getZone()) ? "שעון ישראל" : t.getZone().getId()); break;
        case OFFSET: out.append(t.getOffset().getTotalSeconds() == 0 ? "+00:00" : t.getOffset().getId()); break;
        case HEBREW_DAY: out.append(HebrewNumerals.format(hebrew(t, hebrew).day())); break;
        case HEBREW_MONTH: {
          HebrewCalendarDate h = hebrew(t, hebrew);
          out.append(HebrewNames.hebrewMonth(h.month(), h.leapYear()));
          break;
        }
        case HEBREW_YEAR: out.append(HebrewNumerals.format(hebrew(t, hebrew).year())); break;
        case HEBREW_YEAR_FULL: out.append(HebrewNumerals.format(hebrew(t, hebrew).year(), true)); break;
        default: throw new AssertionError(this);
      }
    }

    private static HebrewCalendarDate hebrew(ZonedDateTime t, HebrewCalendarDate[] cache) {
      if (cache[0] == null) cache[0] = HebrewCalendarDate.of(t.toLocalDate());
      return cache[0];
    }

    private static int hour12(int hour) {
      int h = hour % 12;
      return h == 0 ? 12 : h;
    }

    private static void twoDigits(StringBuilder out, int value) {
      if (value < 10) out.append('0');
      out.append(value);
    }

    private static boolean isIsrael(ZoneId zone) {
      String id = zone.getId();
      return id.equals("Asia/Jerusalem") || id.equals("Asia/Tel_Aviv") || id.equals("Israel");
    }
  }
}
