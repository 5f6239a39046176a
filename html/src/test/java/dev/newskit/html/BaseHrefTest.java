package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Article;
import dev.newskit.core.Block;
import dev.newskit.core.Figure;
import dev.newskit.core.Link;
import dev.newskit.core.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A page's own {@code <base href>} never decides where the extracted links and images point. */
class BaseHrefTest {
  private static final String PAGE = "<html><head><base href=\"https://attacker.example/\"></head><body><article>"
      + "<h1>Council approves the new budget</h1>"
      + "<p>The council approved the budget on Tuesday after a long debate, and the <a href=\"/docs/budget\">full "
      + "document</a> is now public, with every line of spending listed by department and by year.</p>"
      + "<figure><img src=\"/img/council.jpg\" alt=\"The council\"><figcaption>The council in session.</figcaption></figure>"
      + "<p>Members of the opposition voted against it, saying that the cuts to the library service were too deep "
      + "and that the consultation had been too short for residents to respond.</p>"
      + "</article></body></html>";

  private static List<Link> links(Article a) {
    return a.body().stream().filter(b -> b instanceof Paragraph).flatMap(b -> ((Paragraph) b).links().stream()).toList();
  }

  private static List<String> images(Article a) {
    return a.body().stream().filter(b -> b instanceof Figure).map(b -> ((Figure) b).image().url().toString()).toList();
  }

  @Test
  void linksAndImagesResolveAgainstTheCallersUrl() {
    Article a = ArticleExtractor.create().extract(PAGE, "https://news.example/2026/budget");
    assertEquals(List.of("https://news.example/docs/budget"), links(a).stream().map(l -> l.url().toString()).toList());
    assertEquals(List.of("https://news.example/img/council.jpg"), images(a));
  }

  @Test
  void withoutAUrlThePagesBaseIsNotUsed() {
    Article a = ArticleExtractor.create().extract(PAGE);
    assertTrue(links(a).stream().noneMatch(l -> l.url().toString().contains("attacker")), links(a).toString());
    assertTrue(images(a).stream().noneMatch(u -> u.contains("attacker")), images(a).toString());
    assertEquals(List.of("/img/council.jpg"), images(a), "kept as the page gave it, for the caller to resolve");
    assertFalse(a.body().stream().map(Block::text).filter(t -> t.contains("full document")).toList().isEmpty());
  }

  @Test
  void bytesInputIgnoresThePagesBaseToo() {
    Article a = ArticleExtractor.create().extract(PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "https://news.example/2026/budget");
    assertEquals(List.of("https://news.example/img/council.jpg"), images(a));
  }
}
