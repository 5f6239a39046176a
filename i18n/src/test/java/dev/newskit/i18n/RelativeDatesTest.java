package dev.newskit.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newskit.core.DateContext;
import dev.newskit.core.DateParseException;
import dev.newskit.core.DateTextParser;
import dev.newskit.core.FoundDate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Relative dates in the languages of the web, counted from the context's reference instant: an amount of time ago is
 * the exact instant (to the minute, at UTC's offset, no zone named), a number of days ago a day, a day word with a time
 * a local time, as the English "3 hours ago", "2 days ago" and "yesterday 18:00" are.
 */
class RelativeDatesTest {
  private static final DateContext AT = DateContext.of(Clock.fixed(Instant.parse("2026-04-10T12:00:00Z"), ZoneOffset.UTC));
  /** Another reference instant: what is counted from the reference moves with it. */
  private static final DateContext LATER = AT.withReference(Instant.parse("2026-05-20T06:30:00Z"));
  private final DateTextParser parser = DateTextParser.installed();

  private String found(String text, DateContext context) {
    StringBuilder out = new StringBuilder();
    for (FoundDate f : parser.find(text, context)) {
      if (out.length() > 0) out.append(" ; ");
      out.append('[').append(f.textIn(text)).append("] ").append(f.date());
    }
    return out.toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "3 hours ago | 2026-04-10T09:00:00Z | 2026-05-20T03:30:00Z",
      "2 days ago | 2026-04-08 | 2026-05-18",
      // German
      "vor 3 Stunden | 2026-04-10T09:00:00Z | 2026-05-20T03:30:00Z",
      "vor einer Stunde | 2026-04-10T11:00:00Z | 2026-05-20T05:30:00Z",
      "vor 5 Minuten | 2026-04-10T11:55:00Z | 2026-05-20T06:25:00Z",
      "vor 2 Tagen | 2026-04-08 | 2026-05-18",
      // Spanish, French, Italian, Portuguese, Dutch, Polish
      "hace 3 horas | 2026-04-10T09:00:00Z | 2026-05-20T03:30:00Z",
      "hace un día | 2026-04-09 | 2026-05-19",
      "il y a 3 heures | 2026-04-10T09:00:00Z | 2026-05-20T03:30:00Z",
      "il y a 2 jours | 2026-04-08 | 2026-05-18",
      "il y a une heure | 2026-04-10T11:00:00Z | 2026-05-20T05:30:00Z",
      "3 ore fa | 2026-04-10T09:00:00Z | 2026-05-20T03:30:00Z",
      "un'ora fa | 2026-04-10T11:00:00Z | 2026-05-20T05:30:00Z",
      "há 3 horas | 2026-04-10T09:00:00Z | 2026-05-20T03:30:00Z",
      "3 uur geleden | 2026-04-10T09:00:00Z | 2026-05-20T03:30:00Z",
      "3 godziny temu | 2026-04-10T09:00:00Z | 2026-05-20T03:30:00Z",
      // Russian
      "3 часа назад | 2026-04-10T09:00:00Z | 2026-05-20T03:30:00Z",
      "час назад | 2026-04-10T11:00:00Z | 2026-05-20T05:30:00Z",
      "5 минут назад | 2026-04-10T11:55:00Z | 2026-05-20T06:25:00Z",
      // Arabic (the dual is two) and Persian
      "منذ 3 ساعات | 2026-04-10T09:00:00Z | 2026-05-20T03:30:00Z",
      "منذ ساعتين | 2026-04-10T10:00:00Z | 2026-05-20T04:30:00Z",
      "قبل 5 دقائق | 2026-04-10T11:55:00Z | 2026-05-20T06:25:00Z",
      "۳ ساعت پیش | 2026-04-10T09:00:00Z | 2026-05-20T03:30:00Z",
      // Chinese and Japanese
      "3小时前 | 2026-04-10T09:00:00Z | 2026-05-20T03:30:00Z",
      "5分钟前 | 2026-04-10T11:55:00Z | 2026-05-20T06:25:00Z",
      "3時間前 | 2026-04-10T09:00:00Z | 2026-05-20T03:30:00Z",
  })
  void anAmountOfTimeAgoCountsFromTheReference(String text, String at, String later) {
    assertEquals(at, parser.parse(text, AT).toString());
    assertEquals(later, parser.parse(text, LATER).toString());
    assertEquals("[" + text + "] " + at, found(text, AT));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "gestern 18:00 | 2026-04-09T18:00:00 | 2026-05-19T18:00:00",
      "вчера, 18:30 | 2026-04-09T18:30:00 | 2026-05-19T18:30:00",
      "вчера в 18:30 | 2026-04-09T18:30:00 | 2026-05-19T18:30:00",
      "сегодня 09:15 | 2026-04-10T09:15:00 | 2026-05-20T09:15:00",
      "hier à 18:30 | 2026-04-09T18:30:00 | 2026-05-19T18:30:00",
      "aujourd'hui à 10:15 | 2026-04-10T10:15:00 | 2026-05-20T10:15:00",
      "أمس 10:15 م | 2026-04-09T22:15:00 | 2026-05-19T22:15:00",
      "اليوم 10:15 | 2026-04-10T10:15:00 | 2026-05-20T10:15:00",
      "دیروز ۱۰:۱۵ | 2026-04-09T10:15:00 | 2026-05-19T10:15:00",
      "昨天 18:30 | 2026-04-09T18:30:00 | 2026-05-19T18:30:00",
      "今天10:15 | 2026-04-10T10:15:00 | 2026-05-20T10:15:00",
      "昨日 18:30 | 2026-04-09T18:30:00 | 2026-05-19T18:30:00",
  })
  void aDayWordWithATimeIsThatDaysLocalTime(String text, String at, String later) {
    assertEquals(at, parser.parse(text, AT).toString());
    assertEquals(later, parser.parse(text, LATER).toString());
    List<FoundDate> found = parser.find(text, AT);
    assertEquals(1, found.size(), found.toString());
    assertEquals(at, found.get(0).date().toString()); // اليوم, also a label, is left out of the span
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "вчера | 2026-04-09", "hier | 2026-04-09", "أمس | 2026-04-09", "دیروز | 2026-04-09", "昨天 | 2026-04-09",
      "昨日 | 2026-04-09", "今日 | 2026-04-10", "aujourd'hui | 2026-04-10", "امروز | 2026-04-10",
  })
  void aDayWordAloneIsADayButNotADateInRunningText(String text, String day) {
    assertEquals(day, parser.parse(text, AT).toString());
    assertEquals("", found("Il était " + text + " dans la ville", AT));
    assertEquals("", found(text, AT));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // "morgen" and "mañana" are tomorrow and also the morning; a weekday is some day of the week: no day is said
      "morgen 18:00", "mañana 9:00", "mañana a las 9:00", "Dienstag 18:00", "mardi 18h30", "martes 18:00",
      "domani alle 18:00", "завтра в 18:00", "понедельник, 18:00",
  })
  void aTimeBesideADayTheReaderDoesNotCountIsNoDate(String text) {
    assertThrows(DateParseException.class, () -> parser.parse(text, AT));
    assertEquals("", found(text, AT));
    assertEquals("", found("Le rendez-vous: " + text + ".", AT));
  }

  @Test
  void tomorrowInEnglishIsADayAfterTheReference() {
    assertEquals("2026-04-11T18:00:00", parser.parse("tomorrow 6pm", AT).toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // everyday words and amounts without a word for "ago" are prose
      "Wir waren heute hier und gingen morgen wieder",
      "Sie sind hier 10:30 angekommen",
      "Das Haus steht vor dem Park",
      "Es dauerte 3 Stunden",
      "3年前他来到北京",
      "Il y a des gens",
      "une heure de route",
      // an amount of time that runs on into the sentence is a duration (review of the session's change)
      "Er fürchtet sich vor 3 Stunden Wartezeit",
      "Il film di 3 ore fa discutere",
      "Não há 2 dias iguais",
      "Ella hace 2 horas de ejercicio al día",
      "يعمل المدير في الشركة منذ 3 سنوات وهو سعيد",
      "وصل الوفد قبل 3 أيام من الانتخابات",
      // German "ist" is "is", not Israel Standard Time; "18h30" is not read, so no day is given to it
      "Heute ist ein guter Tag",
      "Publié le 3 mars à 18h30",
  })
  void proseIsNoRelativeDate(String text) {
    DateContext german = AT.withLocales(List.of(Locale.GERMAN));
    assertEquals(text.contains("10:30") ? "[10:30] 2026-04-10T10:30:00" : "", found(text, german));
  }

  @Test
  void hierIsYesterdayOnlyWhereTheTextMayBeFrench() {
    assertEquals("[hier 10:30] 2026-04-09T10:30:00", found("hier 10:30", AT.withLocales(List.of(Locale.FRENCH))));
    assertEquals("[hier 10:30] 2026-04-09T10:30:00", found("hier 10:30", AT));
    assertThrows(DateParseException.class, () -> parser.parse("hier 10:30", AT.withLocales(List.of(Locale.GERMAN))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "1 hour 14 minutes ago | 2026-04-10T10:46:00Z",
      "'vor 1 Tag, 3 Stunden' | 2026-04-09T09:00:00Z",
      "hace 2 horas 30 minutos | 2026-04-10T09:30:00Z",
  })
  void anAmountInSeveralUnitsIsTheirSum(String text, String at) {
    assertEquals(at, parser.parse(text, AT).toString());
    assertEquals("[" + text + "] " + at, found(text, AT));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "3 weeks ago", "1 month ago", "2 years ago",
      "לפני שבוע", "לפני 3 חודשים", "לפני שנתיים", "בעוד שבועיים",
      "vor 3 Wochen", "vor einem Monat", "vor 2 Jahren",
      "hace 2 semanas", "hace 3 meses", "hace un año",
      "il y a 2 semaines", "il y a 3 mois", "il y a un an",
      "2 settimane fa", "3 mesi fa", "un anno fa",
      "há 2 semanas", "há 3 meses", "há 2 anos",
      "2 weken geleden", "3 maanden geleden", "1 jaar geleden",
      "tydzień temu", "3 miesiące temu", "2 lata temu",
      "неделю назад", "3 месяца назад", "2 года назад",
      "3周前", "3个月前", "2年前", "3ヶ月前",
      "منذ 3 أسابيع", "منذ شهر", "منذ 3 سنوات", "۳ ماه پیش", "2 هفته پیش",
  })
  void anAmountInWeeksMonthsOrYearsNamesNoDayAndIsRefused(String text) {
    // "3 months ago" is any day of a month-wide window, "1 week ago" any of 7 to 13 days back: a day the page did not print
    assertThrows(DateParseException.class, () -> parser.parse(text, AT), text);
    DateTextParser reader = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
        ? new ArabicDateParser() : new HebrewDateParser();
    DateParseException e = assertThrows(DateParseException.class, () -> reader.parse(text, AT), text);
    assertEquals("an amount in weeks, months or years names no day", e.reason(), text);
    assertEquals("", found(text, AT), text);
    assertEquals("", found("Publié " + text + " ·", AT), text);
  }

  @Test
  void anAmountInDaysOrLessStillDates() {
    assertEquals("2026-04-03", parser.parse("vor 7 Tagen", AT).toString());
    assertEquals("2026-04-10T10:00:00Z", parser.parse("2 hours ago", AT).toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a weekday or a month this reader does not read, in full, short or abbreviated with a dot, beside a time: the
      // time is that day's, which the text printed and the reader failed, not the reference day's
      "'Di., 18:00'", "Mo. 9:30", "am 3. März um 18:00", "lun. 18:30", "le 3 mars à 18h30", "mer. 18:00",
      "el 3 de marzo a las 18:00", "sáb. 10:15", "seg., 18:00", "3 maart om 18:00", "wt. 18:00", "3 марта в 18:00",
      "18:00, Di.", "18:00 - mardi", "'Di, 10:19 Uhr'",
  })
  void aTimeBesideAWeekdayOrMonthNameTheReaderDoesNotReadIsNoDate(String text) {
    assertEquals("", found(text, AT), text);
    assertEquals("", found("Aktualisiert: " + text + " |", AT), text);
  }

  @Test
  void aTimeAmongOtherWordsIsStillTheReferenceDays() {
    assertEquals("[18:00] 2026-04-10T18:00:00", found("Aktualisiert um 18:00", AT));
    assertEquals("[18:30] 2026-04-10T18:30:00", found("Publié à 18:30", AT));
    assertEquals("[18:00] 2026-04-10T18:00:00", found("Es war kalt. 18:00", AT));
    // a two-letter short name in lower case without its dot is a word ("so", "do")
    assertEquals("[18:00] 2026-04-10T18:00:00", found("Updated 18:00 so far", AT));
    assertEquals("[18:00] 2026-04-10T18:00:00", found("Open 18:00 do ask", AT));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "1 hour 99999 minutes ago", "2 hours 60 minutes ago", "1 minute 75 seconds ago", "'vor 1 Tag, 30 Stunden'",
      "hace 2 horas 90 minutos", "1 day 24 hours ago",
  })
  void anAmountWhoseSmallerPartRunsPastItsUnitsRangeIsNoDateNorIsAnyPartOfIt(String text) {
    assertThrows(DateParseException.class, () -> parser.parse(text, AT), text);
    assertEquals("", found(text, AT), text);
  }

  @Test
  void anAmountWhoseSmallerPartsStayInTheirRangesIsTheirSum() {
    assertEquals("2026-04-10T10:01:00Z", parser.parse("1 hour 59 minutes ago", AT).toString());
    assertEquals("2026-04-08T13:00:00Z", parser.parse("1 day 23 hours ago", AT).toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "3 hours ago", "vor 2 Tagen", "gestern 18:00", "לפני 5 דקות", "בעוד שעתיים", "אתמול", "14:05", "3 ביוני",
      "منذ ساعتين",
  })
  void aDateCountedPastTheRepresentableRangeIsARefusalThatSaysSo(String text) {
    for (Instant end : List.of(Instant.MIN, Instant.MAX)) {
      DateContext context = AT.withReference(end);
      DateTextParser reader = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
          ? new ArabicDateParser() : new HebrewDateParser();
      DateParseException e = assertThrows(DateParseException.class, () -> reader.parse(text, context), text + " at " + end);
      assertEquals("the date falls outside the range of representable dates", e.reason(), text + " at " + end);
      assertEquals(List.of(), reader.find("Updated " + text + " |", context), text + " at " + end);
    }
  }

  @Test
  void anAmountWhoseUnitsDoNotGetSmallerIsNoDateNorIsAnyPartOfIt() {
    assertThrows(DateParseException.class, () -> parser.parse("3 minutes 2 hours ago", AT));
    assertEquals("", found("3 minutes 2 hours ago", AT));
    // a counter (time since an event), not a stamp
    for (String counter : List.of("vor 16 Jahren, 10 Monaten, 2 Tagen", "2 years, 3 months ago", "3 weeks 2 days ago")) {
      assertThrows(DateParseException.class, () -> parser.parse(counter, AT), counter);
      assertEquals("", found(counter, AT), counter);
    }
    assertEquals("[vor 2 Stunden] 2026-04-10T10:00:00Z", found("vor 2 Stunden, 5 Kommentare", AT));
  }

  @Test
  void aTimeBesideAnAmountOfTimeIsADurationsNotTheReferenceDays() {
    assertEquals("", found("Temps écoulé : 1 minute 20 secondes 01:20", AT));
    assertEquals("", found("Video 3:45 min", AT));
    assertEquals("", found("Video 13:00 min.", AT));
  }

  @Test
  void aTimeBesideAChineseOrJapaneseWordThatIsNoDateWordIsNotTheReferenceDays() {
    // 3/9(木) 18:45: the weekday in brackets belongs to a date this reader does not read
    assertEquals("", found("最終更新:3/9(木) 18:45", AT));
    assertEquals("", found("3/9(木) 18:45配信", AT));
    assertEquals("", found("3/5(日) 8:10", AT)); // 日, Sunday here, is a unit only before 前
    assertEquals("[2日前] 2026-04-08", found("2日前", AT));
    assertEquals("[3小时前] 2026-04-10T09:00:00Z", found("发布时间：3小时前", AT));
  }

  @Test
  void anAmountWithoutItsUnitOrWordForAgoIsRefused() {
    for (String text : List.of("vor 3", "vor Stunden", "3 Stunden", "hace", "il y a 3", "назад", "منذ", "منذ 2011", "前")) {
      assertThrows(DateParseException.class, () -> parser.parse(text, AT), text);
    }
  }
}
