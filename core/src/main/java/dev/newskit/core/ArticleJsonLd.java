package dev.newskit.core;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Produces a schema.org {@code NewsArticle} JSON-LD document from an {@link Article}, safe to embed in an
 * HTML page.
 *
 * <p>The text {@link #write} returns escapes {@code <}, {@code >}, {@code &}, U+2028 and U+2029 as
 * {@code \u003C}-style escapes, which JSON parsers read back as the same characters: no value, however
 * hostile, can close the {@code <script>} element, open an HTML comment or end a JavaScript line. Embed it
 * as {@link #scriptElement} does. Thread-safe and stateless.
 */
public final class ArticleJsonLd {
  private ArticleJsonLd() {}

  /** The JSON-LD document as indented JSON, escaped for embedding in HTML. */
  public static String write(Article article) {
    return JsonTrees.write(toTree(article), true, true);
  }

  /**
   * The whole {@code <script type="application/ld+json">…</script>} element for an HTML page's
   * {@code <head>} or {@code <body>}, with the escaped document of {@link #write} inside.
   */
  public static String scriptElement(Article article) {
    return "<script type=\"application/ld+json\">\n" + write(article) + "\n</script>";
  }

  /**
   * The JSON-LD document as a tree: {@code headline}, {@code alternativeHeadline}, {@code description},
   * {@code datePublished}, {@code dateModified}, {@code author} persons with their {@code url},
   * {@code articleSection}, {@code keywords}, {@code inLanguage}, {@code image} as {@code ImageObject}s (those with an
   * {@linkplain Image#absoluteUrl() absolute address}: JSON-LD would resolve a relative one against the
   * embedding page),
   * {@code dateline}, {@code articleBody} (the text of the body without figure captions and embed titles)
   * with its {@code wordCount}, {@code isAccessibleForFree}, {@code publisher} (the site's name, the address
   * of its site and its {@code logo} as an {@code ImageObject}) and
   * {@code mainEntityOfPage}, and the readers' {@code comment}s ({@code Comment}: {@code author} as a {@code Person},
   * {@code dateCreated}, {@code text}; a reply as a {@code comment} of the comment it answers), each only when the
   * article has it.
   *
   * <p>The tree holds unescaped strings: write it with {@link #write}, not with a mapper of your own, when
   * the text goes into a page.
   */
  public static ObjectNode toTree(Article article) {
    Checks.notNull(article, "article");
    ObjectNode doc = JsonTrees.NODES.objectNode();
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
    article.publishedTime().ifPresent(d -> doc.put("datePublished", d.toString()));
    article.modifiedTime().ifPresent(d -> doc.put("dateModified", d.toString()));
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
    // A relative address would be read against the address of whatever page embeds the document
    // (JSON-LD's base IRI), not the page the image came from: such an image is left out.
    List<Image> absolute = article.images().stream().filter(i -> i.absoluteUrl().isPresent()).toList();
    if (!absolute.isEmpty()) {
      ArrayNode images = doc.putArray("image");
      for (Image image : absolute) {
        ObjectNode node = images.addObject();
        node.put("@type", "ImageObject");
        node.put("url", image.url().toString());
        node.put("contentUrl", image.url().toString());
        image.caption().or(image::alt).ifPresent(c -> node.put("caption", c));
        image.credit().ifPresent(c -> node.put("creditText", c));
        image.width().ifPresent(w -> node.put("width", w));
        image.height().ifPresent(h -> node.put("height", h));
      }
    }
    article.dateline().ifPresent(d -> doc.put("dateline", d.location().orElse(d.text())));
    article.accessibleForFree().ifPresent(free -> doc.put("isAccessibleForFree", free));
    String body = articleBody(article);
    if (!body.isEmpty()) {
      doc.put("articleBody", body);
      doc.put("wordCount", WordCounter.count(body, article.language().orElse(Locale.ROOT)));
    }
    if (!article.comments().isEmpty()) {
      ArrayNode comments = doc.putArray("comment");
      // A reply is a comment on the comment it answers (the last one a level up), not on the article. No
      // commentCount: the comments read are not all a thread may have (HtmlLimits caps them).
      List<ObjectNode> thread = new ArrayList<>();
      for (Comment c : article.comments()) {
        int depth = Math.min(c.depth(), thread.size());
        while (thread.size() > depth) thread.remove(thread.size() - 1);
        ObjectNode node = depth == 0 ? comments.addObject()
            : (thread.get(depth - 1).has("comment") ? (ArrayNode) thread.get(depth - 1).get("comment")
                : thread.get(depth - 1).putArray("comment")).addObject();
        thread.add(node);
        node.put("@type", "Comment");
        c.author().ifPresent(name -> {
          ObjectNode person = node.putObject("author");
          person.put("@type", "Person");
          person.put("name", name);
        });
        c.published().ifPresent(d -> node.put("dateCreated", d.toString()));
        node.put("text", c.text());
      }
    }
    article.siteName().ifPresent(name -> {
      ObjectNode publisher = doc.putObject("publisher");
      publisher.put("@type", "NewsMediaOrganization");
      publisher.put("name", name);
      article.url().map(ArticleJsonLd::site).ifPresent(site -> publisher.put("url", site));
      article.publisherLogo().ifPresent(logo -> {
        ObjectNode image = publisher.putObject("logo");
        image.put("@type", "ImageObject");
        image.put("url", logo.toString());
      });
    });
    return doc;
  }

  /** The body's running text: figures (whose text is a caption) and embeds (a title) are not the article's prose. */
  private static String articleBody(Article article) {
    StringBuilder sb = new StringBuilder();
    for (Block block : article.body()) {
      if (block instanceof Figure || block instanceof Embed) continue;
      String text = block.text();
      if (text.isEmpty()) continue;
      if (sb.length() > 0) sb.append("\n\n");
      sb.append(text);
    }
    return sb.toString();
  }

  /** The site the article's address belongs to: its scheme and host, where the publisher's home page is. */
  private static String site(URI url) {
    return url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority() + "/";
  }
}
