package dev.newskit.examples.samples;

import dev.newskit.core.Article;
import dev.newskit.core.ArticleJsonLd;
import dev.newskit.html.ArticleExtractor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Extracts an article from a saved page and prints it as schema.org NewsArticle JSON-LD. */
public final class ExtractToJsonLd {
  private ExtractToJsonLd() {}

  public static void main(String[] args) throws IOException {
    run(Path.of(args.length > 0 ? args[0] : "examples/samples/alquds-news-analysis.html"), System.out);
  }

  static void run(Path page, PrintStream out) throws IOException {
    // One extractor serves the whole application: it is immutable and thread-safe.
    ArticleExtractor extractor = ArticleExtractor.create();
    // Bytes, not a String: the extractor detects the charset (BOM, <meta charset>, then UTF-8).
    Article article = extractor.extract(Files.readAllBytes(page), "https://www.alquds.com/en/articles/sample");
    out.println(ArticleJsonLd.write(article));
    // Every field says where it came from, for editors who ask "why this date?".
    out.println("published from: " + article.provenance().get("published"));
  }
}
