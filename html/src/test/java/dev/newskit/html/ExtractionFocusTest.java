package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Article;
import dev.newskit.core.Block;
import org.junit.jupiter.api.Test;

/** The precision and recall presets move the body's borders the way they promise, and balanced is the default. */
class ExtractionFocusTest {
  private static final String LONG = "The harbour authority said on Monday that the new quay would open in the spring, "
      + "after two years of building work that closed part of the waterfront, moved the ferry terminal and cost more "
      + "than the city had planned, according to figures published last week.";
  /** A main container, a weaker sibling container of real text, a short sibling paragraph, and a row of links. */
  private static final String PAGE = "<html><body><div id=wrap>"
      + "<div class=story><h1>New quay opens in spring</h1><p>" + LONG + "</p><p>" + LONG.replace("Monday", "Tuesday")
      + "</p><p>" + LONG.replace("Monday", "Friday") + "</p><p>" + LONG.replace("Monday", "Sunday") + "</p>"
      + "<p>Related: <a href='https://x.example/1'>Ferry times change for the summer season</a> "
      + "<a href='https://x.example/2'>Waterfront cafes reopen</a></p></div>"
      + "<div><p>Residents near the works, who have lived with the noise, will be offered a discount on parking "
      + "for a year, the city said.</p></div>"
      + "<p>Work on the second quay starts in May, the authority said, and should end two years later.</p>"
      + "</div></body></html>";

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
}
