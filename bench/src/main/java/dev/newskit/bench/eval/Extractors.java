package dev.newskit.bench.eval;

import dev.newskit.core.Article;
import dev.newskit.core.Author;
import dev.newskit.html.ArticleExtractor;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** The extractors the evaluation compares, each as (html, url) → {@link Extracted}. */
final class Extractors {
  private Extractors() {}

  record Named(String name, BiFunction<String, String, Extracted> run) {}

  static List<Named> all() {
    ArticleExtractor newskit = newskitExtractor();
    return List.of(
        new Named("newskit", (html, url) -> newskit(newskit, html, url)),
        new Named("Readability4J 1.0.8", Extractors::readability4j),
        new Named("boilerpipe 1.2.2 (ArticleExtractor)", Extractors::boilerpipe));
  }

  /**
   * newskit's extractor as the evaluation runs it: the default, or with the focus named by the system
   * property {@code newskit.focus} ({@code precision}, {@code balanced}, {@code recall}).
   */
  static ArticleExtractor newskitExtractor() {
    String focus = System.getProperty("newskit.focus", "balanced");
    return ArticleExtractor.builder()
        .focus(dev.newskit.html.ExtractionFocus.valueOf(focus.toUpperCase(java.util.Locale.ROOT))).build();
  }

  static Extracted newskit(ArticleExtractor extractor, String html, String url) {
    return newskit(extractor.extract(html, url));
  }

  /** Extracts from page bytes with newskit's own charset detection; an address it refuses is left out. */
  static Extracted newskit(ArticleExtractor extractor, byte[] html, String url) {
    Article a;
    try {
      a = extractor.extract(html, url, null);
    } catch (IllegalArgumentException e) {
      if (url == null) throw e;
      a = extractor.extract(html, null, null);
    }
    return newskit(a);
  }

  static Extracted newskit(Article a) {
    return new Extracted(
        a.text(),
        a.title().orElse(""),
        a.authors().stream().map(Author::name).collect(Collectors.joining(", ")),
        a.publishedTime().map(Object::toString).orElse(""),
        a.siteName().orElse(""),
        a.language().map(l -> l.toLanguageTag()).orElse(""),
        a.direction().map(d -> d.attributeValue()).orElse(""),
        a.authors().stream().map(Author::name).toList(),
        commentLines(a));
  }

  /** Each comment as its author's line (when signed) and its text, one paragraph a comment, in page order. */
  static String commentLines(Article a) {
    return a.comments().stream()
        .map(c -> c.author().map(name -> name + "\n").orElse("") + c.text())
        .collect(Collectors.joining("\n\n"));
  }

  static Extracted readability4j(String html, String url) {
    net.dankito.readability4j.Article a = new net.dankito.readability4j.Readability4J(url, html).parse();
    return new Extracted(nz(a.getTextContent()), nz(a.getTitle()), nz(a.getByline()), "", "", "", nz(a.getDir()),
        a.getByline() == null || a.getByline().isBlank() ? List.of() : List.of(a.getByline()));
  }

  static Extracted boilerpipe(String html, String url) {
    try {
      String text = de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(html);
      return new Extracted(nz(text), "", "", "", "", "", "", List.of());
    } catch (de.l3s.boilerpipe.BoilerpipeProcessingException e) {
      return Extracted.failed();
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
