package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Author;
import dev.newskit.core.DateTextParser;
import dev.newskit.core.Dateline;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * {@link VisibleFields}: the dateline, byline, date and kicker lines it reads from around the headline
 * and the top of the body, the lines it leaves alone, and the lines it remembers using.
 */
class VisibleFieldsTest {
  private static final String LONG = "The port of Haifa closed on Friday morning after the storm broke two cranes, "
      + "the port authority said, and ships waiting outside were told to anchor further out until Sunday.";

  private final VisibleFields fields = new VisibleFields(new PageDates(DateTextParser.installed(), Optional.empty(), 200), ExtractionRecorder.NONE);

  private static List<Element> elements(String html) {
    Document doc = Jsoup.parse("<html><body><div id=root>" + html + "</div></body></html>");
    return doc.getElementById("root").children();
  }

  private List<String> names() {
    return fields.authors.stream().map(Author::name).toList();
  }

  @Test
  void placeAuthorAndDateOnOneLine() {
    fields.readHeader(elements("<p>Washington – Said Arikat - 10/4/2026</p>"));
    assertEquals(Optional.of(Dateline.of("Washington", "Washington – Said Arikat - 10/4/2026")), fields.dateline);
    assertEquals(List.of("Said Arikat"), names());
    assertEquals(LocalDate.parse("2026-04-10"), fields.published.orElseThrow().date(), "day first, as such lines print it");
    assertEquals(List.of("Washington – Said Arikat - 10/4/2026"), fields.usedLines);
  }

  @Test
  void bylinesKickersAndDatesInTheHeader() {
    fields.readHeader(elements("<div>News Analysis</div><p>By Dana Levi and Omar Haddad</p><span>10 April 2026</span>"
        + "<p>Opinion</p><p>A subtitle that is none of these things.</p>"));
    assertEquals(Optional.of("News Analysis"), fields.kicker, "the first kicker");
    assertEquals(List.of("Dana Levi", "Omar Haddad"), names());
    assertEquals(LocalDate.parse("2026-04-10"), fields.published.orElseThrow().date());
    assertEquals(List.of("News Analysis", "By Dana Levi and Omar Haddad", "10 April 2026", "Opinion"), fields.usedLines,
        "the subtitle is not a field and stays");
  }

  @Test
  void anAuthorClassNeedsNoPrefix() {
    fields.readHeader(elements("<div class=author-name>Dana Levi</div>"));
    assertEquals(List.of("Dana Levi"), names());
    VisibleFields hebrew = new VisibleFields(new PageDates(DateTextParser.installed(), Optional.empty(), 200), ExtractionRecorder.NONE);
    hebrew.readHeader(elements("<p>מאת דנה לוי</p>"));
    assertEquals(List.of("דנה לוי"), hebrew.authors.stream().map(Author::name).toList());
  }

  @Test
  void longLinesAreNotFields() {
    fields.readHeader(elements("<p>By " + "Dana Levi and ".repeat(12) + "Omar Haddad</p>"));
    assertEquals(List.of(), names(), "over 160 characters is prose, not a byline");
    assertTrue(fields.usedLines.isEmpty());
  }

  @Test
  void theBodysTopLinesAreReadUntilTheFirstLongText() {
    fields.readBodyTop(elements("<figure><figcaption>By the sea</figcaption></figure>"
        + "<p><strong>Washington – Said Arikat - 10/4/2026</strong></p><p>" + LONG + "</p><p>By Dana Levi</p>"));
    assertEquals(List.of("Said Arikat"), names(), "a byline after the first long paragraph is the body's");
    assertEquals(List.of("Washington – Said Arikat - 10/4/2026"), fields.usedLines);
  }

  @Test
  void aSentenceThatStartsLikeABylineIsNotOne() {
    fields.readBodyTop(elements("<p>By the time we arrived</p><p>" + LONG + "</p>"));
    assertEquals(List.of(), names());
    assertEquals(List.of(), fields.usedLines);
  }

  @Test
  void aDateLineAtTheBodysTopIsUsedEvenWhenTheHeaderGaveOne() {
    fields.readHeader(elements("<span>10 April 2026</span>"));
    fields.readBodyTop(elements("<div><p>11 April 2026</p><p>" + LONG + "</p></div>"));
    assertEquals(LocalDate.parse("2026-04-10"), fields.published.orElseThrow().date(), "the header's date is kept");
    assertEquals(List.of("10 April 2026", "11 April 2026"), fields.usedLines, "the body's date line is not repeated");
  }

  @Test
  void arabicAndPersianDateLinesAreLiftedLikeOthers() {
    String arabicLong = "قال مسؤولون في الميناء إن السفن التي كانت تنتظر في الخارج طلب منها الرسو بعيدا حتى يوم الأحد المقبل.";
    fields.readBodyTop(elements("<p>تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً</p><p>" + arabicLong + "</p>"));
    assertEquals(java.time.LocalDateTime.parse("2020-04-24T21:22"), fields.published.orElseThrow().localDateTime(),
        "مساءً is pm");
    assertEquals(List.of("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً"), fields.usedLines, "the line leaves the body");
    VisibleFields persian = new VisibleFields(new PageDates(DateTextParser.installed(), Optional.empty(), 200), ExtractionRecorder.NONE);
    persian.readBodyTop(elements("<p>۲ تیر ۱۳۹۹ - ۱۲:۰۹:۰۸ ب.ظ</p><p>" + arabicLong + "</p>"));
    assertEquals(LocalDate.parse("2020-06-22"), persian.published.orElseThrow().date(), "Solar Hijri 2 Tir 1399");
    VisibleFields updated = new VisibleFields(new PageDates(DateTextParser.installed(), Optional.empty(), 200), ExtractionRecorder.NONE);
    updated.readBodyTop(elements("<p>آخر تحديث: 5 يونيه 2019 - 8:30 ص</p><p>" + arabicLong + "</p>"));
    assertEquals(Optional.empty(), updated.published, "an update's date is not the publication's");
    assertEquals(List.of("آخر تحديث: 5 يونيه 2019 - 8:30 ص"), updated.usedLines, "but the line is a date line");
  }

  @Test
  void aWireDatelineOpensTheFirstParagraph() {
    fields.readFirstParagraph("JERUSALEM (Reuters) — The port closed on Friday.");
    assertEquals(Optional.of("JERUSALEM"), fields.dateline.orElseThrow().location());
    VisibleFields other = new VisibleFields(new PageDates(DateTextParser.installed(), Optional.empty(), 200), ExtractionRecorder.NONE);
    other.readFirstParagraph("The port closed on Friday — and stayed shut.");
    assertEquals(Optional.empty(), other.dateline);
    fields.readFirstParagraph("HAIFA — Ships waited.");
    assertEquals(Optional.of("JERUSALEM"), fields.dateline.orElseThrow().location(), "the first dateline stays");
  }

  @Test
  void nothingIsReadFromNothing() {
    fields.readHeader(List.of());
    fields.readBodyTop(List.of());
    fields.readBodyTop(elements("<div> </div><p></p>"));
    assertEquals(List.of(), fields.usedLines);
    assertEquals(Optional.empty(), fields.published);
    assertEquals(Optional.empty(), fields.kicker);
  }
}
