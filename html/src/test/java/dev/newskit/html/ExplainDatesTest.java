package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.FieldSource;
import dev.newskit.core.PageDateTime;
import dev.newskit.html.Explanation.Candidate;
import dev.newskit.html.Explanation.FieldChoice;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What {@link ArticleExtractor#explain} says of the dates: the same value the article has, as precise as the page gave
 * it (a day stays a day, a time printed without an offset gets none), for the chosen date and every candidate.
 */
class ExplainDatesTest {
  private static final String STORY = "<p>The council voted on Tuesday to close the old bridge, after engineers found cracks"
      + " in two of its piers, and the city will run a ferry while the bridge is rebuilt over the next two years.</p>";

  private final ArticleExtractor extractor = ArticleExtractor.create();

  private Explanation explain(String head, String dateLine, String url) {
    return extractor.explain(PageInput.of("<html><head><title>Bridge closes</title>" + head + "</head><body><article>"
        + "<h1>Bridge closes for two years</h1><p class='byline'>By Jane Doe</p>" + dateLine + STORY.repeat(4)
        + "</article></body></html>").withUrl(url));
  }

  private Explanation explain(String head, String dateLine) {
    return explain(head, dateLine, "https://news.example/city/bridge-closes");
  }

  /** The field's value is the article's, and exactly one candidate, of that value, is the chosen one. */
  private static FieldChoice agrees(Explanation x, String field, Optional<PageDateTime> articleValue) {
    FieldChoice f = x.field(field).orElseThrow(() -> new AssertionError("no " + field + " in " + x.fields()));
    assertEquals(articleValue.map(Object::toString), f.value(), f.toString());
    List<Candidate> chosen = f.candidates().stream().filter(Candidate::chosen).toList();
    assertEquals(1, chosen.size(), f.toString());
    assertEquals(f.value(), Optional.of(chosen.get(0).value()), f.toString());
    return f;
  }

  @Test
  void aLocalTimeIsShownAsTheLocalTimeTheArticleHas() {
    Explanation x = explain("", "<p class='date'>March 14, 2026 9:30 a.m.</p>");
    assertEquals("2026-03-14T09:30", x.article().publishedTime().orElseThrow().toString());
    FieldChoice published = agrees(x, "published", x.article().publishedTime());
    for (Candidate c : published.candidates()) assertFalse(c.value().endsWith("Z"), published.toString());
  }

  @Test
  void aDayStaysADay() {
    Explanation x = explain("", "<p class='date'>March 28, 2026</p>");
    assertEquals("2026-03-28", x.article().publishedTime().orElseThrow().toString());
    agrees(x, "published", x.article().publishedTime());
  }

  @Test
  void anOffsetTimeKeepsItsOffsetAndAPrintedLocalTimeBesideItHasNone() {
    Explanation x = explain("<meta property='article:published_time' content='2026-03-14T09:30:00-04:00'>",
        "<p class='date'>March 14, 2026 9:30 a.m.</p>");
    FieldChoice published = agrees(x, "published", x.article().publishedTime());
    assertEquals(Optional.of("2026-03-14T09:30:00-04:00"), published.value());
    Candidate printed = published.candidates().stream().filter(c -> c.source() == FieldSource.VISIBLE_TEXT).findFirst()
        .orElseThrow(() -> new AssertionError(published.toString()));
    assertEquals("2026-03-14T09:30", printed.value());
    assertFalse(printed.note().contains("UTC"), printed.note());
  }

  @Test
  void aModifiedDateIsShownAsPreciselyAsTheArticleHasIt() {
    Explanation x = explain("<meta property='article:published_time' content='2026-03-14T09:30:00'>"
        + "<meta property='article:modified_time' content='2026-03-15T11:00:00'>", "");
    assertEquals("2026-03-15T11:00", x.article().modifiedTime().orElseThrow().toString());
    agrees(x, "published", x.article().publishedTime());
    agrees(x, "modified", x.article().modifiedTime());
  }

  @Test
  void sourcesThatDeclareTheSameDateAreEachACandidateAndOneIsChosen() {
    String at = "2026-03-14T09:30:00-04:00";
    Explanation x = explain("<meta name='pubdate' content='" + at + "'><meta name='date' content='" + at
        + "'><meta name='dc.date' content='" + at + "'>", "<p class='date'>March 14, 2026</p>");
    FieldChoice published = agrees(x, "published", x.article().publishedTime());
    assertTrue(published.candidates().stream().filter(c -> c.value().equals(at)).count() >= 3, published.toString());
  }

  @Test
  void theDayPrintedUnderTheHeadlineThatOverrulesTheVoteIsTheChosenCandidate() {
    // Both declarations name a UTC time early on the 15th; the page prints the 14th, the day in the page's own zone.
    Explanation x = explain("<meta property='article:published_time' content='2026-03-15T01:30:00Z'>"
        + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Bridge closes for two years\","
        + "\"datePublished\":\"2026-03-15T01:30:00Z\"}</script>", "<p class='date'>March 14, 2026</p>");
    assertEquals("2026-03-14", x.article().publishedTime().orElseThrow().toString());
    FieldChoice published = agrees(x, "published", x.article().publishedTime());
    assertEquals(Optional.of(FieldSource.VISIBLE_TEXT), published.source());
    assertTrue(published.candidates().stream().anyMatch(c -> !c.chosen() && c.note().contains("overruled")), published.toString());
  }

  @Test
  void aDayReadFromTheAddressIsTheChosenCandidate() {
    Explanation x = explain("", "", "https://news.example/2026/03/14/bridge-closes");
    assertEquals("2026-03-14", x.article().publishedTime().orElseThrow().toString());
    FieldChoice published = agrees(x, "published", x.article().publishedTime());
    assertEquals(Optional.of(FieldSource.CALLER), published.source());
  }
}
