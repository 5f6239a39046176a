package dev.newskit.html;

import dev.newskit.core.Article;
import dev.newskit.html.safety.CleaningPolicy;
import java.util.Objects;

/**
 * An extracted article together with its body as clean HTML (under {@link CleaningPolicy#ARTICLE}),
 * for services that republish the markup as well as the typed blocks.
 *
 * @param article the article
 * @param bodyHtml the body's HTML, cleaned; empty when the page had no body
 */
public record ExtractedPage(Article article, String bodyHtml) {
  /** Validates that both parts are present. */
  public ExtractedPage {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(bodyHtml, "bodyHtml");
  }
}
