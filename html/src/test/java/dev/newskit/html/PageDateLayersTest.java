package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Article;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The publication date of pages that declare none, read from the last layers htmldate reads. */
class PageDateLayersTest {
  private final ArticleExtractor extractor = ArticleExtractor.create();

  private Article extract(String name) throws IOException {
    try (InputStream in = PageDateLayersTest.class.getResourceAsStream("pages/metadata/" + name)) {
      return extractor.extract(in.readAllBytes(), null);
    }
  }

  @Test
  void aDatePrintedOnlyBesideTheArticleIsFound() throws IOException {
    // The date sits in a sidebar, which pruning removes from the article: the whole page is the last resort.
    assertEquals("2017-01-12", extract("date-in-sidebar.html").publishedTime().orElseThrow().toString());
  }

  @Test
  void aDateInAMenuOrFooterIsNotThePublication() throws IOException {
    assertTrue(extract("date-in-menu-only.html").publishedTime().isEmpty());
  }
}
