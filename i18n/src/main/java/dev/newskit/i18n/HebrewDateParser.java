package dev.newskit.i18n;

import dev.newskit.core.DateContext;
import dev.newskit.core.DateParseException;
import dev.newskit.core.DateTextParser;
import dev.newskit.core.ParsedDate;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the dates that Hebrew news pages print, in Asia/Jerusalem unless the text or the context
 * says otherwise.
 *
 * <p>Accepted forms, in any order of date and time and with common separators and words around them
 * ({@code עודכן}, {@code פורסם}, {@code בשעה}, {@code |}):
 * <ul>
 *   <li>Hebrew Gregorian dates: {@code ו 10 אפר 2026 7:15 am - שעון ירושלים}, {@code יום ו׳},
 *       day names, full and abbreviated month names with or without the {@code ב} prefix, geresh as
 *       ׳ {@code '} or {@code ’}, {@code am/pm}, {@code לפנה״צ/אחה״צ}, 24-hour times, and the zone
 *       words {@code שעון ירושלים}, {@code שעון ישראל}, {@code IDT}, {@code IST} or an offset;</li>
 *   <li>numeric day-first dates: {@code 10/4/2026}, {@code 10.4.26}, {@code 10.04.2026 07:15};</li>
 *   <li>English dates on the same pages: {@code April 10, 2026 7:15 am}, {@code 10 Apr 2026};</li>
 *   <li>relative forms against the context's reference instant: {@code לפני 5 דקות},
 *       {@code לפני שעתיים}, {@code אתמול}, {@code שלשום}, {@code היום ב-10:00},
 *       {@code עודכן לפני 3 שעות}, {@code 3 hours ago};</li>
 *   <li>Hebrew-calendar dates: {@code כ״ג בניסן תשפ״ו}, gershayim as ״ or {@code "};</li>
 *   <li>ISO-8601 and RFC 1123, through core's parser.</li>
 * </ul>
 *
 * <p>What is not a real date is rejected with a {@link DateParseException} that gives the index of
 * the offending part: {@code 31 בפברואר 2026}, {@code ל״ב באדר}, a weekday that contradicts the date
 * (in strict mode), empty text. A time that a DST change skips is moved forward in lenient mode and
 * rejected in strict mode; a time that happens twice resolves to the earlier instant in lenient mode
 * and is rejected in strict mode. Immutable and thread-safe; found by {@link java.util.ServiceLoader}
 * as a {@link DateTextParser}.
 */
public final class HebrewDateParser implements DateTextParser {
  private static final Map<String, Month> MONTHS = new HashMap<>();
  private static final Map<String, Integer> HEBREW_MONTHS = new HashMap<>();
  private static final Map<String, DayOfWeek> WEEKDAY_NAMES = new HashMap<>();
  private static final Map<String, DayOfWeek> WEEKDAY_LETTERS = new HashMap<>();
  private static final Map<String, Integer> NUMBER_WORDS = new HashMap<>();
  private static final java.util.Set<String> FILLERS = java.util.Set.of(
      "ב", "בשעה", "שעה", "עודכן", "עדכון", "עודכן:", "פורסם", "פורסמה", "תאריך", "פרסום", "אחרון", "נכון", "ל", "ה",
      "at", "on", "updated", "published", "posted", "last", "the", "of", "date");

  static {
    String[][] months = {
      {"ינואר", "ינו"}, {"פברואר", "פבר", "פבו"}, {"מרץ", "מרס", "מרש"}, {"אפריל", "אפר"}, {"מאי"}, {"יוני"},
      {"יולי"}, {"אוגוסט", "אוג"}, {"ספטמבר", "ספט"}, {"אוקטובר", "אוק"}, {"נובמבר", "נוב"}, {"דצמבר", "דצמ"}
    };
    String[] english = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december"};
    for (int m = 0; m < 12; m++) {
      for (String name : months[m]) MONTHS.put(name, Month.of(m + 1));
      MONTHS.put(english[m], Month.of(m + 1));
      MONTHS.put(english[m].substring(0, 3), Month.of(m + 1));
    }
    MONTHS.put("sept", Month.SEPTEMBER);
    String[][] hebrew = {
      {"תשרי"}, {"חשון", "חשוון", "מרחשון", "מרחשוון"}, {"כסלו", "כסליו"}, {"טבת"}, {"שבט"}, {}, {"אדר"}, {"ניסן"},
      {"אייר"}, {"סיון", "סיוון"}, {"תמוז"}, {"אב", "מנחם-אב"}, {"אלול"}
    };
    for (int m = 0; m < hebrew.length; m++) for (String name : hebrew[m]) HEBREW_MONTHS.put(name, m);
    String[] days = {"שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "ראשון"};
    String[] letters = {"ב", "ג", "ד", "ה", "ו", "ש", "א"};
    String[] englishDays = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (int d = 0; d < 7; d++) {
      WEEKDAY_NAMES.put(days[d], DayOfWeek.of(d + 1));
      WEEKDAY_NAMES.put(englishDays[d], DayOfWeek.of(d + 1));
      WEEKDAY_NAMES.put(englishDays[d].substring(0, 3), DayOfWeek.of(d + 1));
      WEEKDAY_LETTERS.put(letters[d], DayOfWeek.of(d + 1));
    }
    WEEKDAY_NAMES.put("tues", DayOfWeek.TUESDAY);
    WEEKDAY_NAMES.put("thur", DayOfWeek.THURSDAY);
    WEEKDAY_NAMES.put("thurs", DayOfWeek.THURSDAY);
    NUMBER_WORDS.put("שתי", 2);
    NUMBER_WORDS.put("שני", 2);
    NUMBER_WORDS.put("שלוש", 3);
    NUMBER_WORDS.put("שלושה", 3);
    NUMBER_WORDS.put("ארבע", 4);
    NUMBER_WORDS.put("ארבעה", 4);
    NUMBER_WORDS.put("חמש", 5);
    NUMBER_WORDS.put("חמישה", 5);
  }

  /** Creates the parser; it holds no state, so one instance can serve every thread. */
  public HebrewDateParser() {}

  @Override
  public ParsedDate parse(String text, DateContext context) {
    if (text == null || text.isBlank()) throw new DateParseException(text == null ? "" : text, 0, "empty text");
    if (context == null) throw new DateParseException(text, 0, "no context given");
    if (text.length() > 500) throw new DateParseException(text, 500, "text longer than 500 characters");
    String trimmed = text.strip();
    if (trimmed.length() >= 10 && Character.isDigit(trimmed.charAt(0)) && trimmed.charAt(4) == '-'
        && Character.isDigit(trimmed.charAt(3))) {
      return DateTextParser.iso().parse(text, context.withZone(context.zone().orElse(JerusalemTime.ZONE)));
    }
    return new Reading(text, context).read();
  }

  @Override
  public String toString() {
    return "HebrewDateParser";
  }

  /** The state of reading one text. */
  private static final class Reading {
    private final String text;
    private final DateContext context;
    private final List<DateToken> tokens;
    private int pos;

    private DayOfWeek weekday;
    private int weekdayAt = -1;
    private Integer day;
    private int dayAt = -1;
    private Month month;
    private Integer hebrewMonth;
    private Integer year;
    private int yearAt = -1;
    private LocalTime time;
    private int timeAt = -1;
    private boolean timeHasSeconds;
    private Boolean pm;
    private int ampmAt = -1;
    private ZoneOffset offset;
    private ZoneId zone;
    private int zoneAt = -1;
    private LocalDate hebrewDate;
    private int hebrewDateAt = -1;
    private Integer relativeDays;
    private Long relativeAmount;
    private ChronoUnit relativeUnit;
    private int relativeSign;

    Reading(String text, DateContext context) {
      this.text = text;
      this.context = context;
      this.tokens = DateTokenizer.tokenize(text);
    }

    ParsedDate read() {
      if (tokens.isEmpty()) throw fail(0, "no date in text");
      while (pos < tokens.size()) step(tokens.get(pos));
      return build();
    }

    private DateParseException fail(int index, String reason) {
      return new DateParseException(text, index, reason);
    }

    private DateToken peek(int ahead) {
      int i = pos + ahead;
      return i < tokens.size() ? tokens.get(i) : null;
    }

    private void step(DateToken t) {
      if (hebrewMonth != null && year != null && startsGregorian(t)) closeHebrewDate();
      switch (t.kind()) {
        case SEPARATOR:
          pos++;
          return;
        case TIME:
          setTime(t);
          pos++;
          return;
        case OFFSET:
          setOffset(t);
          pos++;
          return;
        case NUMERIC_DATE:
          setNumericDate(t);
          pos++;
          return;
        case NUMBER:
          number(t);
          return;
        case HEBREW_WORD:
          hebrewWord(t);
          return;
        case LATIN_WORD:
          latinWord(t);
          return;
        default:
          throw fail(t.start(), "unexpected '" + t.text() + "'");
      }
    }

    private void number(DateToken t) {
      long value = Long.parseLong(t.text());
      DateToken next = peek(1);
      if (next != null && unitOf(next) != null) {
        relative(t.start(), value, next);
        pos += 2;
        return;
      }
      if (value >= 100 || t.text().length() >= 3) {
        if (year != null) throw fail(t.start(), "a second year '" + t.text() + "'");
        year = (int) value;
        yearAt = t.start();
      } else if (day == null) {
        day = (int) value;
        dayAt = t.start();
      } else if (year == null && (month != null || hebrewMonth != null)) {
        year = twoDigitYear((int) value);
        yearAt = t.start();
      } else {
        throw fail(t.start(), "unexpected number '" + t.text() + "'");
      }
      pos++;
    }

    private void hebrewWord(DateToken t) {
      String w = t.text();
      String bare = stripMarks(w);
      DateToken next = peek(1);
      if (w.equals("יום") && next != null && next.is(DateToken.Kind.HEBREW_WORD)) {
        DayOfWeek d = weekdayWord(next.text(), true);
        if (d != null) {
          setWeekday(d, t.start());
          pos += 2;
          return;
        }
        if (unitOf(t) != null) {
          relative(t.start(), 1, t);
          pos++;
          return;
        }
      }
      if (w.equals("שעון") && next != null && next.is(DateToken.Kind.HEBREW_WORD)) {
        String place = next.text();
        if (place.equals("ירושלים") || place.equals("ישראל") || place.equals("קיץ") || place.equals("חורף")) {
          setZone(JerusalemTime.ZONE, t.start());
          pos += 2;
          return;
        }
        throw fail(next.start(), "unknown zone 'שעון " + place + "'");
      }
      if (bare.equals("לפנהצ") || bare.equals("בבוקר")) {
        setAmPm(false, t.start());
        pos++;
        return;
      }
      if (bare.equals("אחהצ") || bare.equals("בערב") || bare.equals("בלילה")) {
        setAmPm(true, t.start());
        pos++;
        return;
      }
      if (w.equals("לפני") || w.equals("בעוד")) {
        relativeSign = w.equals("לפני") ? -1 : 1;
        pos++;
        DateToken n = peek(0);
        if (n == null) throw fail(t.end(), "'" + w + "' without an amount");
        if (n.is(DateToken.Kind.NUMBER) || (n.is(DateToken.Kind.HEBREW_WORD) && NUMBER_WORDS.containsKey(n.text()))) {
          long amount = n.is(DateToken.Kind.NUMBER) ? Long.parseLong(n.text()) : NUMBER_WORDS.get(n.text());
          DateToken unit = peek(1);
          if (unit == null || unitOf(unit) == null) throw fail(n.end(), "a unit of time after '" + n.text() + "'");
          relative(n.start(), amount, unit);
          pos += 2;
          return;
        }
        if (unitOf(n) == null) throw fail(n.start(), "not a unit of time '" + n.text() + "'");
        relative(n.start(), 1, n);
        pos++;
        return;
      }
      Integer days = relativeDay(w);
      if (days != null) {
        if (relativeDays != null || relativeUnit != null) throw fail(t.start(), "a second relative day '" + w + "'");
        relativeDays = days;
        pos++;
        return;
      }
      if (weekday == null && day == null && WEEKDAY_NAMES.containsKey(w) && w.equals("שבת")) {
        setWeekday(DayOfWeek.SATURDAY, t.start());
        pos++;
        return;
      }
      DayOfWeek letter = weekdayWord(w, false);
      if (letter != null && weekday == null && day == null && month == null && hebrewMonth == null
          && next != null && (next.is(DateToken.Kind.NUMBER) || next.is(DateToken.Kind.NUMERIC_DATE)
              || next.is(DateToken.Kind.SEPARATOR) || looksLikeHebrewNumeral(next.text()))) {
        setWeekday(letter, t.start());
        pos++;
        return;
      }
      Month m = monthWord(w);
      if (m != null) {
        setMonth(m, t.start());
        pos++;
        return;
      }
      Integer hm = hebrewMonthWord(w);
      if (hm != null) {
        hebrewMonth(hm, t);
        return;
      }
      if (looksLikeHebrewNumeral(w)) {
        hebrewNumeral(t);
        pos++;
        return;
      }
      if (FILLERS.contains(w)) {
        pos++;
        return;
      }
      throw fail(t.start(), "unexpected word '" + w + "'");
    }

    private boolean startsGregorian(DateToken t) {
      return t.is(DateToken.Kind.NUMBER) || t.is(DateToken.Kind.NUMERIC_DATE)
          || (t.is(DateToken.Kind.HEBREW_WORD) && monthWord(t.text()) != null)
          || (t.is(DateToken.Kind.LATIN_WORD) && MONTHS.containsKey(t.text().toLowerCase(Locale.ROOT)));
    }

    /** A Hebrew date followed by a Gregorian one: keep the first, read the second, compare them in build. */
    private void closeHebrewDate() {
      hebrewDate = hebrewCalendarDate();
      hebrewDateAt = dayAt;
      day = null;
      dayAt = -1;
      hebrewMonth = null;
      year = null;
      yearAt = -1;
    }

    private LocalDate hebrewCalendarDate() {
      if (day == null) throw fail(yearAt >= 0 ? yearAt : 0, "a Hebrew month and year without a day");
      try {
        return new HebrewCalendarDate(year, hebrewMonth, day).toLocalDate();
      } catch (IllegalArgumentException e) {
        throw fail(dayAt, e.getMessage());
      }
    }

    private void hebrewMonth(int icuMonth, DateToken t) {
      if (month != null || hebrewMonth != null) throw fail(t.start(), "a second month '" + t.text() + "'");
      int m = icuMonth;
      pos++;
      if (m == 6) {
        // "אדר א׳" / "אדר ב׳": the letter after Adar says which one.
        DateToken next = peek(0);
        if (next != null && next.is(DateToken.Kind.HEBREW_WORD)) {
          String bare = stripMarks(next.text());
          if (bare.equals("א") || bare.equals("ראשון")) {
            m = 5;
            pos++;
          } else if (bare.equals("ב") || bare.equals("שני")) {
            m = 6;
            pos++;
          }
        }
      }
      hebrewMonth = m;
      if (dayAt < 0) dayAt = t.start();
    }

    private void hebrewNumeral(DateToken t) {
      int value;
      try {
        value = HebrewNumerals.parse(t.text());
      } catch (NumberFormatException e) {
        throw fail(t.start(), "not a Hebrew numeral '" + t.text() + "'");
      }
      if (hebrewMonth == null && day == null) {
        day = value;
        dayAt = t.start();
      } else if (year == null) {
        year = hebrewYear(t.text(), value);
        yearAt = t.start();
      } else {
        throw fail(t.start(), "unexpected Hebrew numeral '" + t.text() + "'");
      }
    }

    /**
     * A Hebrew-calendar year: תשפ״ו is 5786, and so are ה׳תשפ״ו and התשפ״ו (the ה here is the
     * thousands, written without a geresh as in "התש״פ").
     */
    private static int hebrewYear(String text, int value) {
      String bare = stripMarks(text);
      if (bare.length() >= 3 && bare.charAt(0) == 'ה' && value < 1000 && text.charAt(1) != '\'') {
        int rest = value - 5;
        if (rest >= 400) return 5000 + rest;
      }
      return value < 1000 ? value + 5000 : value;
    }

    private void latinWord(DateToken t) {
      String w = t.text().toLowerCase(Locale.ROOT);
      String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
      if (bare.equals("am") || bare.equals("a.m")) {
        setAmPm(false, t.start());
      } else if (bare.equals("pm") || bare.equals("p.m")) {
        setAmPm(true, t.start());
      } else if (bare.equals("idt")) {
        setFixedOffset(ZoneOffset.ofHours(3), t.start());
      } else if (bare.equals("ist")) {
        setFixedOffset(ZoneOffset.ofHours(2), t.start());
      } else if (bare.equals("gmt") || bare.equals("utc") || bare.equals("z")) {
        DateToken next = peek(1);
        if (next != null && next.is(DateToken.Kind.OFFSET)) {
          pos++;
          setOffset(next);
        } else {
          setFixedOffset(ZoneOffset.UTC, t.start());
          zone = null;
        }
      } else if (bare.equals("ago")) {
        if (relativeUnit == null) throw fail(t.start(), "'ago' without an amount");
        relativeSign = -1;
      } else if (bare.equals("today") || bare.equals("yesterday")) {
        relativeDays = bare.equals("today") ? 0 : -1;
      } else if (WEEKDAY_NAMES.containsKey(bare)) {
        setWeekday(WEEKDAY_NAMES.get(bare), t.start());
      } else if (MONTHS.containsKey(bare)) {
        setMonth(MONTHS.get(bare), t.start());
      } else if (!FILLERS.contains(bare)) {
        throw fail(t.start(), "unexpected word '" + t.text() + "'");
      }
      pos++;
    }

    private void relative(int at, long amount, DateToken unitToken) {
      if (relativeUnit != null) throw fail(at, "a second relative amount");
      ChronoUnit unit = unitOf(unitToken);
      String u = unitToken.text();
      // Dual forms carry their own amount: שעתיים is two hours.
      if (u.equals("שעתיים") || u.equals("יומיים") || u.equals("שבועיים") || u.equals("חודשיים") || u.equals("שנתיים")) {
        amount = amount == 1 ? 2 : amount;
      }
      if (amount > 100_000) throw fail(at, "relative amount too large");
      relativeUnit = unit;
      relativeAmount = amount;
      if (relativeSign == 0) relativeSign = 1;
    }

    private static ChronoUnit unitOf(DateToken t) {
      if (t == null) return null;
      String w = t.text().toLowerCase(Locale.ROOT);
      switch (w) {
        case "דקה": case "דקות": case "minute": case "minutes": case "min": case "mins": return ChronoUnit.MINUTES;
        case "שעה": case "שעות": case "שעתיים": case "hour": case "hours": return ChronoUnit.HOURS;
        case "יום": case "ימים": case "יומיים": case "day": case "days": return ChronoUnit.DAYS;
        case "שבוע": case "שבועות": case "שבועיים": case "week": case "weeks": return ChronoUnit.WEEKS;
        case "חודש": case "חודשים": case "חודשיים": case "month": case "months": return ChronoUnit.MONTHS;
        case "שנה": case "שנים": case "שנתיים": case "year": case "years": return ChronoUnit.YEARS;
        default: return null;
      }
    }

    private static Integer relativeDay(String w) {
      switch (w) {
        case "היום": return 0;
        case "אתמול": return -1;
        case "שלשום": return -2;
        case "מחר": return 1;
        case "מחרתיים": return 2;
        case "עכשיו": case "כרגע": return 0;
        default: return null;
      }
    }

    private static DayOfWeek weekdayWord(String w, boolean afterYom) {
      String bare = stripMarks(w);
      if (afterYom && WEEKDAY_NAMES.containsKey(bare)) return WEEKDAY_NAMES.get(bare);
      if (bare.length() == 1) return WEEKDAY_LETTERS.get(bare);
      return null;
    }

    private static Month monthWord(String w) {
      String bare = stripMarks(w);
      Month m = MONTHS.get(bare);
      if (m == null && bare.startsWith("ב") && bare.length() > 2) m = MONTHS.get(bare.substring(1));
      return m;
    }

    private static Integer hebrewMonthWord(String w) {
      Integer m = HEBREW_MONTHS.get(w);
      if (m == null && w.startsWith("ב") && w.length() > 2) m = HEBREW_MONTHS.get(w.substring(1));
      return m;
    }

    private static boolean looksLikeHebrewNumeral(String w) {
      if (w.indexOf('"') < 0 && w.indexOf('\'') < 0) return false;
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (c != '"' && c != '\'' && HebrewNumerals.letterValue(c) == 0) return false;
      }
      return true;
    }

    private static String stripMarks(String w) {
      return w.replace("'", "").replace("\"", "");
    }

    private void setWeekday(DayOfWeek d, int at) {
      if (weekday != null) throw fail(at, "a second day of the week");
      weekday = d;
      weekdayAt = at;
    }

    private void setMonth(Month m, int at) {
      if (month != null || hebrewMonth != null) throw fail(at, "a second month");
      month = m;
    }

    private void setTime(DateToken t) {
      if (time != null) throw fail(t.start(), "a second time '" + t.text() + "'");
      String[] parts = t.text().split(":");
      int h = Integer.parseInt(parts[0]);
      int m = Integer.parseInt(parts[1]);
      int s = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
      if (parts[1].length() != 2 || h > 23 || m > 59 || s > 59 || (parts.length > 2 && parts[2].length() != 2)) {
        throw fail(t.start(), "not a time of day '" + t.text() + "'");
      }
      time = LocalTime.of(h, m, s);
      timeHasSeconds = parts.length > 2;
      timeAt = t.start();
    }

    private void setAmPm(boolean isPm, int at) {
      if (pm != null) throw fail(at, "a second am/pm");
      pm = isPm;
      ampmAt = at;
    }

    private void setZone(ZoneId z, int at) {
      if (zone != null && offset == null) throw fail(at, "a second time zone");
      zone = z;
      zoneAt = at;
    }

    private void setFixedOffset(ZoneOffset o, int at) {
      if (offset != null) throw fail(at, "a second offset");
      offset = o;
      if (zone == null) zone = JerusalemTime.ZONE;
      zoneAt = at;
    }

    private void setOffset(DateToken t) {
      String s = t.text();
      try {
        String digits = s.substring(1).replace(":", "");
        int hours;
        int minutes = 0;
        if (digits.length() <= 2) {
          hours = Integer.parseInt(digits);
        } else if (digits.length() == 4) {
          hours = Integer.parseInt(digits.substring(0, 2));
          minutes = Integer.parseInt(digits.substring(2));
        } else {
          throw fail(t.start(), "not an offset '" + s + "'");
        }
        int sign = s.charAt(0) == '-' ? -1 : 1;
        if (offset != null) throw fail(t.start(), "a second offset");
        offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        zoneAt = t.start();
      } catch (DateTimeException | NumberFormatException e) {
        throw fail(t.start(), "not an offset '" + s + "'");
      }
    }

    private void setNumericDate(DateToken t) {
      if (day != null || month != null || year != null) throw fail(t.start(), "a second date '" + t.text() + "'");
      String[] parts = t.text().split("[./-]");
      int a = Integer.parseInt(parts[0]);
      int b = Integer.parseInt(parts[1]);
      int c = Integer.parseInt(parts[2]);
      if (parts[0].length() == 4) {
        year = a;
        month = monthOf(b, t);
        day = c;
      } else {
        day = a;
        month = monthOf(b, t);
        year = parts[2].length() == 2 ? twoDigitYear(c) : c;
        if (parts[2].length() != 2 && parts[2].length() != 4) throw fail(t.start(), "not a year in '" + t.text() + "'");
      }
      dayAt = t.start();
      yearAt = t.start();
    }

    private Month monthOf(int value, DateToken t) {
      if (value < 1 || value > 12) throw fail(t.start(), "month " + value + " does not exist in '" + t.text() + "'");
      return Month.of(value);
    }

    private static int twoDigitYear(int yy) {
      return yy < 70 ? 2000 + yy : 1900 + yy;
    }

    private ParsedDate build() {
      ZoneId defaultZone = context.zone().orElse(JerusalemTime.ZONE);
      ZoneId z = zone != null ? zone : defaultZone;
      if (relativeUnit != null || relativeDays != null) return buildRelative(z);
      if (day == null) throw fail(dayAt >= 0 ? dayAt : text.length(), "no day in text");
      if (month == null && hebrewMonth == null) throw fail(dayAt, "no month in text");
      if (year == null) throw fail(text.length(), "no year in text");
      LocalDate date;
      if (hebrewMonth != null) {
        date = hebrewCalendarDate();
      } else {
        try {
          date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          throw fail(dayAt, "day " + day + " does not exist in " + month.getDisplayName(java.time.format.TextStyle.FULL,
              Locale.ENGLISH) + " " + year);
        }
      }
      if (hebrewDate != null && !hebrewDate.equals(date)) {
        throw fail(hebrewDateAt, "the Hebrew date " + hebrewDate + " contradicts the Gregorian date " + date);
      }
      if (weekday != null && weekday != date.getDayOfWeek() && context.strict()) {
        throw fail(weekdayAt, "the day of the week (" + weekday + ") contradicts " + date + ", a " + date.getDayOfWeek());
      }
      return withTime(date, z);
    }

    private ParsedDate withTime(LocalDate date, ZoneId z) {
      if (time == null) {
        if (pm != null) throw fail(ampmAt, "am/pm without a time");
        ZonedDateTime start = date.atStartOfDay(z);
        return new ParsedDate(offset != null ? date.atStartOfDay().atOffset(offset) : start.toOffsetDateTime(),
            ParsedDate.Precision.DAY, Optional.of(z));
      }
      LocalTime t = time;
      if (pm != null) {
        if (t.getHour() < 1 || t.getHour() > 12) throw fail(timeAt, "hour " + t.getHour() + " with am/pm");
        int h = t.getHour() % 12 + (pm ? 12 : 0);
        t = t.withHour(h);
      }
      LocalDateTime local = LocalDateTime.of(date, t);
      ParsedDate.Precision precision = timeHasSeconds ? ParsedDate.Precision.SECOND : ParsedDate.Precision.MINUTE;
      if (offset != null) {
        if (context.strict() && zone != null && !zone.getRules().isValidOffset(local, offset)) {
          throw fail(zoneAt, "offset " + offset + " is not in force in " + zone + " at " + local);
        }
        return new ParsedDate(OffsetDateTime.of(local, offset), precision, Optional.ofNullable(zone));
      }
      try {
        ZonedDateTime zoned = JerusalemTime.resolve(local, z,
            context.strict() ? TransitionPolicy.STRICT : TransitionPolicy.EARLIER);
        return new ParsedDate(zoned.toOffsetDateTime(), precision, Optional.of(z));
      } catch (DateTimeException e) {
        throw fail(timeAt, e.getMessage());
      }
    }

    private ParsedDate buildRelative(ZoneId z) {
      if (day != null || month != null || year != null || hebrewMonth != null) {
        throw fail(dayAt >= 0 ? dayAt : 0, "a relative expression mixed with a calendar date");
      }
      ZonedDateTime now = context.reference().atZone(z);
      if (relativeUnit != null) {
        if (relativeDays != null) throw fail(0, "a relative day mixed with a relative amount");
        if (time != null) throw fail(timeAt, "a time mixed with a relative amount");
        ZonedDateTime then = now.plus(relativeSign * relativeAmount, relativeUnit);
        boolean clock = relativeUnit == ChronoUnit.MINUTES || relativeUnit == ChronoUnit.HOURS;
        if (clock) {
          return new ParsedDate(then.toOffsetDateTime(), ParsedDate.Precision.MINUTE, Optional.of(z));
        }
        return new ParsedDate(then.toLocalDate().atStartOfDay(z).toOffsetDateTime(), ParsedDate.Precision.DAY,
            Optional.of(z));
      }
      LocalDate date = now.toLocalDate().plusDays(relativeDays);
      if (weekday != null && weekday != date.getDayOfWeek() && context.strict()) {
        throw fail(weekdayAt, "the day of the week (" + weekday + ") contradicts " + date);
      }
      return withTime(date, z);
    }
  }
}
