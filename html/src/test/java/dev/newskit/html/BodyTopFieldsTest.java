package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Article;
import dev.newskit.core.Author;
import dev.newskit.core.Block;
import dev.newskit.core.Dateline;
import dev.newskit.core.FieldSource;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Bylines, datelines, dates and kickers printed as ordinary lines at the top of the article's own
 * container (bold paragraphs, byline divs, spans, a header), in several languages: lifted into their
 * fields and left out of the body, while the body's sentences that merely start like a byline stay.
 */
class BodyTopFieldsTest {
  private final ArticleExtractor extractor = ArticleExtractor.create();

  private Article extract(String name) throws IOException {
    try (InputStream in = BodyTopFieldsTest.class.getResourceAsStream("pages/bylines/" + name)) {
      return extractor.extract(in.readAllBytes(), null);
    }
  }

  private static String body(Article a) {
    return String.join("\n", a.body().stream().map(Block::text).toList());
  }

  private static List<String> names(Article a) {
    return a.authors().stream().map(Author::name).toList();
  }

  @Test
  void englishBoldParagraphs() throws IOException {
    Article a = extract("english-strong.html");
    assertEquals(List.of("Jane Holloway"), names(a));
    assertEquals(Optional.of("Washington"), a.dateline().flatMap(Dateline::location));
    assertEquals(LocalDate.of(2026, 4, 10), a.publishedTime().orElseThrow().date());
    assertEquals(FieldSource.VISIBLE_TEXT, a.provenance().get("published"));
    assertEquals(Optional.of("News Analysis"), a.section());
    String body = body(a);
    assertFalse(body.contains("Jane Holloway"), body);
    assertFalse(body.contains("News Analysis"), body);
    assertTrue(body.startsWith("The two ministers met"), body);
    assertTrue(body.contains("By the end of the day, the shipping companies"), body);
  }

  @Test
  void hebrewBylineAndDateDivsInsideArticle() throws IOException {
    Article a = extract("hebrew-divs.html");
    assertEquals(List.of("רונית לוי"), names(a));
    assertEquals(LocalDate.of(2026, 4, 10), a.publishedTime().orElseThrow().date());
    String body = body(a);
    assertFalse(body.contains("רונית לוי"), body);
    assertFalse(body.contains("10.04.2026"), body);
    assertTrue(body.startsWith("מועצת העיר אישרה אמש"), body);
    assertEquals(3, a.body().size());
  }

  @Test
  void arabicBoldParagraphs() throws IOException {
    Article a = extract("arabic-bold.html");
    assertEquals(List.of("سامي حداد"), names(a));
    assertEquals(Optional.of("رام الله"), a.dateline().flatMap(Dateline::location));
    assertEquals(LocalDate.of(2026, 4, 10), a.publishedTime().orElseThrow().date());
    assertEquals(Optional.of("تقرير"), a.section());
    String body = body(a);
    assertFalse(body.contains("سامي حداد"), body);
    assertTrue(body.startsWith("افتتحت البلدية"), body);
    assertEquals(3, a.body().size());
  }

  @Test
  void germanSpanInParagraphAndBareDate() throws IOException {
    Article a = extract("german-span.html");
    assertEquals(List.of("Anna Schmidt"), names(a));
    assertEquals(LocalDate.of(2026, 4, 10), a.publishedTime().orElseThrow().date());
    String body = body(a);
    assertFalse(body.contains("Anna Schmidt"), body);
    assertFalse(body.contains("2026-04-10"), body);
    assertTrue(body.startsWith("Der Stadtrat"), body);
    assertTrue(body.contains("Von Montag an können"), body);
  }

  @Test
  void englishByAndDateLinesInsideStoryBody() throws IOException {
    Article a = extract("english-header.html");
    assertEquals(List.of("Tom Baker", "Lina Osei"), names(a));
    assertEquals(LocalDate.of(2026, 4, 10), a.publishedTime().orElseThrow().date());
    assertEquals(Optional.of("Explainer"), a.section());
    String body = body(a);
    assertFalse(body.contains("Tom Baker"), body);
    assertFalse(body.contains("April 10, 2026"), body);
    assertTrue(body.startsWith("River levels fell"), body);
    assertTrue(body.contains("By the time the water receded"), body);
  }

  @Test
  void aShortOpeningSentenceIsNotAByline() {
    Article a = extractor.extract("<html><body><article><h1>Storm closes the coast road</h1>"
        + "<p>By noon the road was shut.</p>"
        + "<p>Police closed the coast road at midday after waves washed stones and sand across both lanes, and "
        + "drivers were sent inland on a route that adds almost an hour to the journey.</p>"
        + "<p>The road is expected to reopen once the storm has passed and crews have cleared it.</p>"
        + "</article></body></html>");
    assertTrue(a.authors().isEmpty(), a.authors().toString());
    assertTrue(body(a).startsWith("By noon the road was shut."), body(a));
  }
}
