package dev.newskit.core;

import java.time.format.DateTimeFormatter;
import java.time.OffsetDateTime;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Produces a schema.org {@code NewsArticle} JSON-LD document from an {@link Article}, ready to embed in
 * a {@code <script type="application/ld+json">} element. Thread-safe.
 */
public final class ArticleJsonLd {
  private ArticleJsonLd() {}

  /** The JSON-LD document as an indented JSON string. */
  public static String write(Article article) {
    return ArticleJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(toTree(article));
  }

  /**
   * The JSON-LD document as a tree: {@code headline}, {@code datePublished}, {@code dateModified},
   * {@code author} persons, {@code articleSection}, {@code keywords}, {@code inLanguage},
   * {@code image}, {@code articleBody}, {@code publisher}, {@code mainEntityOfPage},
   * {@code dateline} and {@code wordCount}, each only when the article has it.
   */
  public static ObjectNode toTree(Article article) {
    Checks.notNull(article, "article");
    ObjectNode doc = ArticleJson.mapper().createObjectNode();
    doc.put("@context", "https://schema.org");
    doc.put("@type", "NewsArticle");
    article.url().ifPresent(url -> {
      doc.put("url", url.toString());
      ObjectNode page = doc.putObject("mainEntityOfPage");
      page.put("@type", "WebPage");
      page.put("@id", url.toString());
    });
    article.title().ifPresent(t -> doc.put("headline", t));
    article.subtitle().ifPresent(t -> doc.put("alternativeHeadline", t));
    article.description().ifPresent(t -> doc.put("description", t));
    article.published().ifPresent(d -> doc.put("datePublished", iso(d)));
    article.modified().ifPresent(d -> doc.put("dateModified", iso(d)));
    if (!article.authors().isEmpty()) {
      ArrayNode authors = doc.putArray("author");
      for (Author a : article.authors()) {
        ObjectNode person = authors.addObject();
        person.put("@type", "Person");
        person.put("name", a.name());
        a.url().ifPresent(u -> person.put("url", u.toString()));
        a.role().ifPresent(r -> person.put("jobTitle", r));
      }
    }
    article.section().ifPresent(s -> doc.put("articleSection", s));
    if (!article.tags().isEmpty()) doc.put("keywords", String.join(", ", article.tags()));
    article.language().ifPresent(l -> doc.put("inLanguage", l.toLanguageTag()));
    if (!article.images().isEmpty()) {
      ArrayNode images = doc.putArray("image");
      for (Image image : article.images()) {
        ObjectNode node = images.addObject();
        node.put("@type", "ImageObject");
        node.put("url", image.url().toString());
        image.caption().or(image::alt).ifPresent(c -> node.put("caption", c));
        image.credit().ifPresent(c -> node.put("creditText", c));
        image.width().ifPresent(w -> node.put("width", w));
        image.height().ifPresent(h -> node.put("height", h));
      }
    }
    article.dateline().ifPresent(d -> doc.put("dateline", d.location().orElse(d.text())));
    String body = article.text();
    if (!body.isEmpty()) {
      doc.put("articleBody", body);
      doc.put("wordCount", article.wordCount());
    }
    article.siteName().ifPresent(name -> {
      ObjectNode publisher = doc.putObject("publisher");
      publisher.put("@type", "NewsMediaOrganization");
      publisher.put("name", name);
    });
    return doc;
  }

  private static String iso(OffsetDateTime dateTime) {
    return dateTime.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
