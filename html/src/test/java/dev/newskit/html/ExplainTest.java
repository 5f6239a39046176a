package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Article;
import dev.newskit.core.Block;
import dev.newskit.core.FieldSource;
import dev.newskit.core.Paragraph;
import dev.newskit.core.TextDirection;
import dev.newskit.html.Explanation.BlockDecision;
import dev.newskit.html.Explanation.Candidate;
import dev.newskit.html.Explanation.Reason;
import dev.newskit.html.Explanation.Verdict;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What {@link ArticleExtractor#explain} says about the seed pages, block by block and field by field. */
class ExplainTest {
  private final ArticleExtractor extractor = ArticleExtractor.create();

  private Explanation explain(String page) throws IOException {
    return extractor.explain(PageInput.of(SeedPageExtractionTest.page(page)).withUrl(SeedPageExtractionTest.URL));
  }

  private static BlockDecision block(Explanation x, String startsWith) {
    return x.blocks().stream().filter(b -> b.text().startsWith(startsWith)).findFirst()
        .orElseThrow(() -> new AssertionError("no block starts with " + startsWith + " in " + x.blocks()));
  }

  @Test
  void theArticleIsTheOneExtractGives() throws IOException {
    for (String page : List.of("seed-with-metadata.html", "seed-no-metadata.html")) {
      Article plain = extractor.extract(PageInput.of(SeedPageExtractionTest.page(page)).withUrl(SeedPageExtractionTest.URL));
      assertEquals(plain, explain(page).article(), page);
    }
  }

  @Test
  void keptBlocksAreExactlyTheBodysParagraphs() throws IOException {
    for (String page : List.of("seed-with-metadata.html", "seed-no-metadata.html")) {
      Explanation x = explain(page);
      List<Block> body = x.article().body();
      TreeSet<Integer> covered = new TreeSet<>();
      for (BlockDecision b : x.blocks()) {
        if (b.verdict() != Verdict.KEPT) continue;
        covered.addAll(b.bodyBlocks());
        if (b.bodyBlocks().size() == 1 && body.get(b.bodyBlocks().get(0)) instanceof Paragraph p) {
          assertEquals(p.text(), b.text(), page);
        }
      }
      TreeSet<Integer> all = new TreeSet<>();
      for (int i = 0; i < body.size(); i++) all.add(i);
      assertEquals(all, covered, page + ": every body block comes from a kept block");
      long paragraphs = body.stream().filter(b -> b instanceof Paragraph).count();
      long keptParagraphs = x.blocks().stream().filter(b -> b.verdict() == Verdict.KEPT && b.tag().equals("p")).count();
      assertEquals(paragraphs, keptParagraphs, page);
    }
  }

  @Test
  void aFormOutsideTheArticleIsDroppedAsAForm() {
    String story = "<p>The council voted on Tuesday to close the old bridge, after engineers found cracks in two of its"
        + " piers, and the city will open a ferry while it is rebuilt.</p>";
    Explanation x = extractor.explain(PageInput.of("<html><body><article><h1>Bridge closes</h1>" + story.repeat(4)
        + "</article><form action=/s><label>Email address for our daily letter</label><button>Sign me up</button></form>"
        + "</body></html>"));
    assertEquals(Optional.of(Reason.FORM), block(x, "Email address").reason());
  }

  @Test
  void printedFieldsAreLiftedAndChromeIsDroppedWithItsReason() throws IOException {
    Explanation x = explain("seed-no-metadata.html");
    BlockDecision byline = block(x, "Washington – Said Arikat");
    assertEquals(Verdict.LIFTED, byline.verdict());
    assertEquals(List.of("dateline", "authors"), byline.fields());
    assertEquals(List.of("published"), block(x, "ו 10 אפר 2026").fields());
    assertEquals(List.of("title"), block(x, SeedPageExtractionTest.TITLE).fields());
    assertEquals(List.of("section"), block(x, "News Analysis").fields());
    assertEquals(Optional.of(Reason.NAVIGATION), block(x, "ראשי").reason());
    assertEquals(Optional.of(Reason.BOILERPLATE_CLASS), block(x, "שתף").reason());
    // The search form sits in the page header, which is dropped as a whole for its class: that is the reason given.
    assertEquals(Optional.of(Reason.BOILERPLATE_CLASS), block(x, "חפש").reason());
    BlockDecision first = block(x, "At a time of escalating");
    assertEquals(Verdict.KEPT, first.verdict());
    assertEquals(Optional.of(TextDirection.LTR), first.direction());
    assertEquals(Optional.of(TextDirection.RTL), block(x, "ראשי").direction());
    assertTrue(first.path().endsWith("div.post-content > p"), first.path());
    for (BlockDecision b : x.blocks()) {
      assertEquals(b.verdict() == Verdict.DROPPED, b.reason().isPresent(), b.toString());
      assertEquals(b.verdict() == Verdict.LIFTED, !b.fields().isEmpty(), b.toString());
    }
  }

  @Test
  void hiddenTextBoilerplateLinesLinkListsAndATrailingBylineEachHaveTheirReason() {
    String para = "This paragraph is long enough, with commas, clauses, and a full stop, to count as the body of the story. ";
    String html = "<html><body><article><h1>A headline long enough to be the title</h1>"
        + "<div style='display:none'><p>" + para + "Hidden.</p></div>"
        + "<p>" + para + "One.</p><p>Advertisement</p><p>" + para + "Two.</p>"
        + "<ul><li><a href='https://e.com/1'>First link</a></li><li><a href='https://e.com/2'>Second link</a></li>"
        + "<li><a href='https://e.com/3'>Third link</a></li></ul>"
        + "<p>" + para + "Three.</p><p>(Jane Doe)</p></article></body></html>";
    Explanation x = extractor.explain(PageInput.of(html));
    assertEquals(Optional.of(Reason.HIDDEN), block(x, para + "Hidden.").reason());
    assertEquals(Optional.of(Reason.BOILERPLATE_TEXT), block(x, "Advertisement").reason());
    assertEquals(Optional.of(Reason.LINK_DENSITY), block(x, "First link").reason());
    assertEquals(List.of("authors"), block(x, "(Jane Doe)").fields());
    assertEquals("Jane Doe", x.article().authors().get(0).name());
    assertEquals(List.of(0, 1, 2), x.blocks().stream().filter(b -> b.verdict() == Verdict.KEPT)
        .flatMap(b -> b.bodyBlocks().stream()).toList());
  }

  @Test
  void aDateThatFewerSourcesNameLosesAndSaysSo() {
    String html = "<html><head><meta property='article:published_time' content='2026-04-10T07:15:00+03:00'>"
        + "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"datePublished\": \"2026-04-10T07:15:00+03:00\"}</script>"
        + "<meta name='date' content='2019-01-01T10:00:00Z'></head><body><article><h1>A headline long enough here</h1>"
        + "<p>Some text of the story, long enough with commas, clauses, and more words to be a paragraph.</p></article></body></html>";
    Explanation.FieldChoice published = extractor.explain(PageInput.of(html)).field("published").orElseThrow();
    Candidate loser = published.candidates().stream().filter(c -> c.value().startsWith("2019")).findFirst().orElseThrow();
    assertFalse(loser.chosen());
    long agreeing = published.candidates().stream().filter(c -> c.value().startsWith("2026-04-10T07:15")).count();
    assertEquals("named by 1 source, the chosen date by " + agreeing, loser.note());
  }

  @Test
  void fieldsSayWhereTheyCameFromAndWhatTheyBeat() throws IOException {
    Explanation x = explain("seed-with-metadata.html");
    Explanation.FieldChoice published = x.field("published").orElseThrow();
    assertEquals(Optional.of(FieldSource.JSON_LD), published.source());
    // As the article's JSON prints it.
    assertEquals(Optional.of("2026-04-10T07:15:00+03:00"), published.value());
    List<Candidate> chosen = published.candidates().stream().filter(Candidate::chosen).toList();
    assertEquals(1, chosen.size());
    assertEquals(FieldSource.JSON_LD, chosen.get(0).source());
    assertTrue(published.candidates().stream().anyMatch(c -> c.source() == FieldSource.VISIBLE_TEXT), published.toString());

    Explanation.FieldChoice authors = x.field("authors").orElseThrow();
    assertEquals(Optional.of("Said Arikat"), authors.value());
    List<String> notes = new ArrayList<>();
    for (Candidate c : authors.candidates()) notes.add(c.source() + " " + c.chosen() + " " + c.note());
    assertEquals(List.of("JSON_LD true declared by the page", "VISIBLE_TEXT false the page declares its authors"), notes);
    assertFalse(x.field("title").orElseThrow().candidates().isEmpty());
  }
}
