package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.DateTextParser;
import dev.newskit.core.FoundDate;
import dev.newskit.core.PageDateTime;
import dev.newskit.core.ParsedDate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * html's {@link PageDates}: dates read as precisely as the page gives them, no offset invented without
 * evidence, relative dates only against a caller's reference, and the limits on what is read.
 */
class PageDatesTest {
  private static final Instant REFERENCE = Instant.parse("2026-04-10T09:00:00Z");
  private final PageDates noReference = new PageDates(DateTextParser.installed(), Optional.empty(), 200);
  private final PageDates withReference = new PageDates(DateTextParser.installed(), Optional.of(REFERENCE), 200);

  @Test
  void anOffsetThePageGaveIsKept() {
    ParsedDate d = noReference.read("2026-04-10T07:15:00+03:00").orElseThrow();
    assertEquals(OffsetDateTime.parse("2026-04-10T07:15:00+03:00"), d.dateTime());
    assertEquals("2026-04-10T07:15:00+03:00", PageDates.pageTime(d).toString());
  }

  @Test
  void aLocalTimeWithoutEvidenceGetsNoOffset() {
    ParsedDate d = noReference.read("2026-04-10 07:15").orElseThrow();
    assertEquals(Optional.of(PageDates.UNSTATED), d.zone(), "read in UNSTATED, and it says so");
    assertEquals(PageDateTime.of(java.time.LocalDateTime.parse("2026-04-10T07:15")), PageDates.pageTime(d),
        "the article gets the wall-clock time, no offset");
  }

  @Test
  void aHebrewPageReadsLocalTimesInIsraelsZone() {
    PageDates hebrew = noReference.forPage(Optional.of(Locale.forLanguageTag("he")));
    assertEquals(Optional.of(ZoneId.of("Asia/Jerusalem")), hebrew.zone());
    ParsedDate d = hebrew.read("2026-04-10 07:15").orElseThrow();
    assertEquals(OffsetDateTime.parse("2026-04-10T07:15+03:00"), d.dateTime(), "summer time in Israel");
    assertEquals(Optional.empty(), noReference.forPage(Optional.of(Locale.FRENCH)).zone(), "French is spoken in many zones");
  }

  @Test
  void aDayStaysADay() {
    ParsedDate d = noReference.read("2026-04-10").orElseThrow();
    assertEquals(ParsedDate.Precision.DAY, d.precision());
    assertEquals(PageDateTime.of(LocalDate.parse("2026-04-10")), PageDates.pageTime(d));
  }

  @Test
  void aDateCountedFromTheReferenceIsNeverAfterIt() {
    // 09:00 UTC is 12:00 in Jerusalem: "today 18:00" had not happened yet when the page was fetched.
    assertEquals(Optional.empty(), withReference.read("היום 18:00"));
    assertEquals(List.of(), withReference.find("עודכן היום 18:00"));
    assertEquals("2026-04-10T11:00:00+03:00", withReference.read("היום 11:00").orElseThrow().toIsoString());
    // A wall-clock time without a zone is after the reference only if it is in every zone there is.
    assertTrue(withReference.read("Today 18:30").isPresent());
    assertEquals(Optional.empty(), withReference.read("Tomorrow 23:30"));
  }

  @Test
  void relativeDatesNeedTheCallersReference() {
    String text = "לפני 5 דקות";
    assertEquals(Optional.empty(), noReference.read(text), "never read against the time of processing");
    ParsedDate d = withReference.read(text).orElseThrow();
    assertEquals(REFERENCE.minusSeconds(300), d.dateTime().toInstant());
    assertEquals(List.of(), noReference.find("עודכן " + text));
    assertEquals(1, withReference.find("עודכן " + text).size());
  }

  @Test
  void theLanguageDecidesDayAndMonthOrder() {
    PageDates american = noReference.forPage(Optional.of(Locale.US));
    PageDates british = noReference.forPage(Optional.of(Locale.UK));
    assertEquals(LocalDate.parse("2023-11-08"), american.read("11/8/2023").orElseThrow().date());
    assertEquals(LocalDate.parse("2023-08-11"), british.read("11/8/2023").orElseThrow().date());
    assertEquals(LocalDate.parse("2026-04-10"), american.read("April 10, 2026").orElseThrow().date());
  }

  @Test
  void istOutsideAHebrewPageIsNotRead() {
    assertEquals(Optional.empty(), noReference.read("3 ביוני 2026 14:00 IST".replace("3 ביוני", "3 June")),
        "IST may be India's or Ireland's as well as Israel's");
  }

  @Test
  void findGivesEveryDateInTextOrder() {
    List<FoundDate> found = noReference.find("Published 10 April 2026, updated 11 April 2026 at noon");
    assertEquals(List.of(LocalDate.parse("2026-04-10"), LocalDate.parse("2026-04-11")),
        found.stream().map(f -> f.date().date()).toList());
    assertTrue(found.get(0).end() <= found.get(1).start());
  }

  @Test
  void nothingEmptyOrTooLongIsADate() {
    assertEquals(Optional.empty(), noReference.read(null));
    assertEquals(Optional.empty(), noReference.read("   "));
    assertEquals(Optional.empty(), noReference.read("not a date"));
    assertEquals(Optional.empty(), noReference.read("2026-02-31"), "no such day");
    PageDates shortOnly = new PageDates(DateTextParser.installed(), Optional.empty(), 9);
    assertEquals(Optional.empty(), shortOnly.read("2026-04-10"), "ten characters over a limit of nine");
    assertEquals(List.of(), noReference.find(null));
    assertEquals(List.of(), noReference.find(""));
  }

  @Test
  void aLimitOfExactlyTheTextsLengthReadsIt() {
    PageDates tenOnly = new PageDates(DateTextParser.installed(), Optional.empty(), 10);
    assertEquals(LocalDate.parse("2026-04-10"), tenOnly.read("2026-04-10").orElseThrow().date());
    assertEquals(LocalDate.parse("2026-04-10"), tenOnly.readDeclared("2026-04-10").orElseThrow().date());
    assertEquals(Optional.empty(), tenOnly.readDeclared("2026-04-10Z"), "eleven characters over a limit of ten");
  }

  @Test
  void yearsFrom1900To2100ArePlausible() {
    assertEquals(LocalDate.parse("1900-01-01"), noReference.read("1900-01-01").orElseThrow().date());
    assertEquals(LocalDate.parse("2100-12-31"), noReference.read("2100-12-31").orElseThrow().date());
    assertEquals(Optional.empty(), noReference.read("1899-12-31"));
    assertEquals(Optional.empty(), noReference.read("2101-01-01"));
  }

  @Test
  void aHebrewLineReadsItsLocalTimeInIsraelsZoneWithoutThePagesLanguage() {
    ParsedDate d = noReference.find("פורסם 2026-04-10 07:15").get(0).date();
    assertEquals(OffsetDateTime.parse("2026-04-10T07:15+03:00"), d.dateTime());
    assertEquals(Optional.of(ZoneId.of("Asia/Jerusalem")), d.zone());
  }

  @Test
  void theBasicIsoFormIsRead() {
    assertEquals(OffsetDateTime.parse("2018-06-19T05:50+09:00"), noReference.readDeclared("20180619T055000+0900").orElseThrow().dateTime());
    assertEquals(OffsetDateTime.parse("2018-06-19T05:50+09:00"), noReference.readDeclared("20180619T0550+09:00").orElseThrow().dateTime());
    assertEquals(OffsetDateTime.parse("2018-06-19T05:50:30Z"), noReference.readDeclared("20180619T055030Z").orElseThrow().dateTime());
  }

  @Test
  void aZoneIsPrintedOnlyWhereTheTextNamesOne() {
    PageDates hebrew = noReference.forPage(Optional.of(Locale.forLanguageTag("he")));
    assertTrue(hebrew.printsZone("ו 10 אפר 2026 7:15 am - שעון ירושלים"));
    assertTrue(hebrew.printsZone("10 באפריל 2026 07:15 שעון ישראל"));
    // read in Israel's zone on a Hebrew page, but the zone is inferred, not printed
    assertFalse(hebrew.printsZone("10 באפריל 2026 07:15"));
    assertFalse(hebrew.printsZone("10.04.26 07:15"));
    assertFalse(noReference.printsZone("2026-04-10T07:15:00+03:00"));
    assertFalse(noReference.printsZone("no date here"));
  }
  @Test
  void arabicAndPersianDatesAreReadWithTheirAmAndPmAndNoInventedZone() {
    PageDates arabic = withReference.forPage(Optional.of(Locale.forLanguageTag("ar")));
    String line = "الأربعاء، 07 أكتوبر 2020 - 05:09 م";
    assertEquals(PageDateTime.of(java.time.LocalDateTime.parse("2020-10-07T17:09")),
        PageDates.pageTime(arabic.read(line).orElseThrow()), "م after a time is pm; no offset without evidence");
    assertEquals(PageDateTime.of(java.time.LocalDateTime.parse("2020-10-07T17:09")),
        PageDates.pageTime(arabic.find("القاهرة: " + line).get(0).date()));
    assertEquals(PageDateTime.of(java.time.LocalDateTime.parse("2020-04-24T21:22")),
        PageDates.pageTime(withReference.read("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً").orElseThrow()));
    // Arabic script elsewhere in the text (a language switcher) leaves a date written without it to PrintedDates.
    PageDates american = noReference.forPage(Optional.of(Locale.forLanguageTag("en-US")));
    assertEquals(PageDateTime.of(java.time.LocalDateTime.parse("2023-11-08T10:00")),
        PageDates.pageTime(american.find("English | Français | العربية  Posted 11/8/2023 10:00 AM").get(0).date()));
    PageDates persian = withReference.forPage(Optional.of(Locale.forLanguageTag("fa")));
    assertEquals(PageDateTime.of(java.time.LocalDateTime.parse("2020-06-22T12:09:08")),
        PageDates.pageTime(persian.read("۲ تیر ۱۳۹۹ - ۱۲:۰۹:۰۸ ب.ظ").orElseThrow()), "Solar Hijri 2 Tir 1399");
  }
}
