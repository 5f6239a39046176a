package dev.newskit.html;

import dev.newskit.html.safety.CleaningPolicy;
import dev.newskit.html.safety.HtmlCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real article fragments keep all their text and their structure under ARTICLE. */
class HtmlCleanerBenignTest {
  private static final String BASE = "https://news.example/a/b.html";

  @ParameterizedTest
  @ValueSource(strings = {"hebrew-report.html", "arabic-table.html", "english-analysis.html"})
  void articleKeepsTextAndStructure(String name) throws IOException {
    String html;
    try (InputStream in = getClass().getResourceAsStream("benign/" + name)) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String clean = HtmlCleaner.of(CleaningPolicy.ARTICLE).clean(html, BASE);
    Document before = Jsoup.parseBodyFragment(html);
    Document after = Jsoup.parseBodyFragment(clean);

    assertEquals(words(before.body().text()), words(after.body().text()), "text of " + name);
    Map<String, Integer> expected = structure(before.body());
    expected.keySet().removeIf(tag -> !CleaningPolicy.ARTICLE.tags().contains(tag) || tag.equals("div") || tag.equals("span"));
    Map<String, Integer> actual = structure(after.body());
    actual.keySet().removeIf(tag -> tag.equals("div") || tag.equals("span"));
    assertEquals(expected, actual, "elements of " + name + ": " + clean);
    for (Element e : before.body().select("[dir], [lang]")) {
      if (!CleaningPolicy.ARTICLE.tags().contains(e.normalName()) && !e.normalName().equals("div")) continue;
      String selector = e.hasAttr("dir") ? "[dir=" + e.attr("dir") + "]" : "[lang=" + e.attr("lang") + "]";
      assertTrue(!after.body().select(selector).isEmpty(), "direction or language kept: " + selector);
    }
  }

  private static String words(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static Map<String, Integer> structure(Element root) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Element e : root.getAllElements()) {
      if (e != root) counts.merge(e.normalName(), 1, Integer::sum);
    }
    return counts;
  }
}
