package dev.newskit.moduletests;

import dev.newskit.html.ArticleExtractor;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The application's one use of newskit: when a page says its article was published, through public API only. */
public final class PublishedDate {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.create();

  private PublishedDate() {}

  /** The page's publication time, or empty when the page gives none that can be read. */
  public static Optional<OffsetDateTime> of(String html, String url) {
    return EXTRACTOR.extract(html, url).published();
  }
}
