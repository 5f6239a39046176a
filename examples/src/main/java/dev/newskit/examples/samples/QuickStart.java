package dev.newskit.examples.samples;

// README: Quick start (begin)
import dev.newskit.core.Article;
import dev.newskit.core.ArticleJson;
import dev.newskit.core.ArticleJsonLd;
import dev.newskit.html.ArticleExtractor;
import java.nio.file.Files;
import java.nio.file.Path;

public class QuickStart {
  public static void main(String[] args) throws Exception {
    byte[] html = Files.readAllBytes(Path.of(args.length > 0 ? args[0] : "examples/samples/alquds-news-analysis.html"));
    ArticleExtractor extractor = ArticleExtractor.create();            // immutable, share it across threads
    Article article = extractor.extract(html, "https://www.alquds.com/en/articles/1");  // bytes: charset detected
    System.out.println(article.title());                               // Optional[Trump asks Netanyahu ...]
    System.out.println(article.dateline().flatMap(d -> d.location())); // Optional[Washington]
    System.out.println(article.published());                           // Optional[2026-04-10T07:15+03:00]
    System.out.println(article.provenance().get("published"));         // VISIBLE_TEXT, JSON_LD, ...
    String json = ArticleJson.writePretty(article);                    // stable, documented JSON
    String jsonLd = ArticleJsonLd.scriptElement(article);              // <script type="application/ld+json">, safe in a page
    System.out.println(json.length() + " " + jsonLd.length());
  }
}
// README: Quick start (end)
