package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Article;
import dev.newskit.core.Block;
import dev.newskit.core.Figure;
import dev.newskit.core.Image;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The precision and recall presets move the body's borders the way they promise, and balanced is the default. */
class ExtractionFocusTest {
  /** A main container, a weaker sibling container of real text, a short sibling paragraph, and a row of links. */
  private static final String PAGE = TestPages.text("quay.html");

  private static String body(ExtractionFocus focus) {
    Article a = ArticleExtractor.builder().focus(focus).build().extract(PAGE);
    return String.join("\n", a.body().stream().map(Block::text).toList());
  }

  @Test
  void balancedIsTheDefault() {
    assertEquals(ExtractionFocus.BALANCED, ArticleExtractor.create().focus());
    assertEquals(ExtractionFocus.RECALL, ArticleExtractor.builder().focus(ExtractionFocus.RECALL).build().toBuilder()
        .build().focus());
    assertThrows(NullPointerException.class, () -> ArticleExtractor.builder().focus(null));
  }

  @Test
  void precisionDropsALinkRowThatBalancedKeeps() {
    assertTrue(body(ExtractionFocus.BALANCED).contains("Waterfront cafes reopen"));
    assertFalse(body(ExtractionFocus.PRECISION).contains("Waterfront cafes reopen"));
    assertTrue(body(ExtractionFocus.PRECISION).contains("according to figures published last week"));
  }

  @Test
  void recallTakesInAWeakerSiblingThatBalancedLeavesOut() {
    assertFalse(body(ExtractionFocus.BALANCED).contains("offered a discount on parking"));
    assertTrue(body(ExtractionFocus.RECALL).contains("offered a discount on parking"));
  }

  @Test
  void everyFocusKeepsTheArticleText() {
    for (ExtractionFocus f : ExtractionFocus.values()) {
      assertTrue(body(f).contains("according to figures published last week"), f.name());
      assertTrue(body(f).contains("Work on the second quay starts in May"), f.name());
    }
  }

  /**
   * An old table layout: the one scored container is a small cell whose class says "content", holding only a
   * date line that goes into {@code published}; the story is written with line breaks, not paragraphs, and
   * without commas, so that it scores too low to join.
   */
  private static final String CELL_PAGE = "<html><head><title>Paper :: 13 hurt as plane crash-lands at the airport</title></head><body>"
      + "<table width='775'><tr><td class='txt_content_small'><div align='center'><a href='index.asp'><img src='images/logo.jpg'></a><br>"
      + "The complete online news edition - Sunday, January 20, 2008</div></td></tr>"
      + "<tr><td><a href='/local'>Local News</a> <a href='/business'>Business</a> <a href='/sports'>Sports</a> <a href='/opinion'>Opinion</a></td></tr>"
      + "<tr><td><table><tr><td><div class='title'><strong>13 hurt as plane crash-lands at the airport</strong></div></td></tr>"
      + "<tr><td><div class='txt_content01'>LONDON JAN 17 (PTI) — A plane crash-landed short of a runway at the airport today causing minor injuries to 13 people and delays to flights. <br><br>The aircraft which had flown in from abroad with 136 passengers and 16 crew came down on the grass just inside the airport fence and slid onto the runway. <br><br>Passengers left by the emergency chutes and the fire service said the injured were taken to hospital with cuts and bruises while the airport closed one runway for the rest of the day.</div></td></tr></table></td></tr>"
      + "<tr><td>© The Herald Publications Ltd P.O.Box 160 Panjim 403001.</td></tr></table></body></html>";

  /**
   * The same page with the text as one run, no double {@code <br>}: the cell's text is then one paragraph, which
   * balanced and precision both pass over. (Split by double {@code <br>}s, each run scores as a paragraph of its
   * cell and every focus finds the article: see {@link #textBetweenDoubleBreaksIsFoundUnderEveryFocus}.)
   */
  private static final String CELL_PAGE_ONE_RUN = CELL_PAGE.replace(" <br><br>", " ");

  @Test
  void textBetweenDoubleBreaksIsFoundUnderEveryFocus() {
    for (ExtractionFocus focus : ExtractionFocus.values()) {
      Article a = ArticleExtractor.builder().focus(focus).build().extract(CELL_PAGE);
      assertTrue(a.text().contains("emergency chutes"), focus + ": " + a.body());
    }
  }

  @Test
  void balancedFallsBackToRecallWhenItsBodyComesOutEmpty() {
    final String CELL_PAGE = CELL_PAGE_ONE_RUN;
    Article balanced = ArticleExtractor.create().extract(CELL_PAGE);
    assertTrue(String.join(" ", balanced.body().stream().map(Block::text).toList()).contains("emergency chutes"),
        balanced.body().toString());
    Article precise = ArticleExtractor.builder().focus(ExtractionFocus.PRECISION).build().extract(CELL_PAGE);
    // Precision keeps only the page's logo, an image, kept as the page gave it (there is no address to
    // resolve it against): none of the text the recall fallback would bring.
    assertEquals(List.of(new Figure(Image.of("images/logo.jpg"))), precise.body(), "precision is never widened");
    assertFalse(precise.text().contains("emergency chutes"), precise.text());
    assertEquals(balanced, ArticleExtractor.create().explain(PageInput.of(CELL_PAGE)).article());
    // With the page's address the logo resolves and comes out as an image: text is what counts.
    Article withUrl = ArticleExtractor.create().extract(CELL_PAGE, "https://paper.example/news/1");
    assertTrue(withUrl.text().contains("emergency chutes"), withUrl.body().toString());
  }

  @Test
  void extractPageFallsBackAndChoosesAsExtractDoes() throws Exception {
    ArticleExtractor extractor = ArticleExtractor.create();
    ExtractedPage cells = extractor.extractPage(CELL_PAGE_ONE_RUN, null);
    assertEquals(extractor.extract(CELL_PAGE_ONE_RUN), cells.article());
    assertTrue(cells.bodyHtml().contains("emergency chutes"), "the fallback's body HTML: " + cells.bodyHtml());
    // A page that recall cuts differently: the balanced extraction stands when its body is not empty.
    byte[] quay;
    try (var in = ExtractionFocusTest.class.getResourceAsStream("pages/quay.html")) {
      quay = in.readAllBytes();
    }
    Article balanced = extractor.extract(quay, null);
    assertNotEquals(ArticleExtractor.builder().focus(ExtractionFocus.RECALL).build().extract(quay, null), balanced);
    assertEquals(balanced, extractor.extractPage(quay, null, null).article());
  }
}
