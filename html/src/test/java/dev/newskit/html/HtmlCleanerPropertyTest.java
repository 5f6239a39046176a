package dev.newskit.html;

import dev.newskit.html.safety.CleaningPolicy;
import dev.newskit.html.safety.HtmlCleaner;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Random markup mixing allowed and forbidden elements, event handlers, URLs of every scheme and
 * right-to-left text: the output holds nothing outside the policy, cleaning is a fixed point, and
 * extraction is deterministic.
 */
class HtmlCleanerPropertyTest {
  private static final List<String> TAGS = List.of("p", "div", "span", "a", "img", "script", "style", "svg", "math",
      "iframe", "b", "i", "table", "tr", "td", "ul", "li", "figure", "figcaption", "noscript", "template", "form",
      "button", "textarea", "title", "blockquote", "h2", "object", "embed", "base", "meta", "select", "option");
  private static final List<String> ATTRIBUTES = List.of("href=\"javascript:alert(1)\"", "href=\"/rel?utm_source=x\"",
      "href=\" java\tscript:x\"", "src=\"data:text/html,x\"", "src=\"https://e.com/i.jpg\"", "onerror=\"alert(1)\"",
      "onclick=alert(1)", "style=\"background:url(javascript:x)\"", "dir=\"rtl\"", "lang=\"he\"", "id=\"cookie\"",
      "srcdoc=\"<script>alert(1)</script>\"", "formaction=\"javascript:x\"", "srcset=\"javascript:x 1x, /a.jpg 2x\"",
      "data-src=\"/lazy.jpg\"", "title=\"t\"");
  private static final List<String> TEXTS = List.of("שלום עולם", "مرحبا", "plain text", "&lt;script&gt;", "\u202Eevil",
      "a\u200Bb", "  spaced  ", "<!-- comment -->", "]]>", "&amp;");

  @Provide
  Arbitrary<String> markup() {
    Arbitrary<String> open = Arbitraries.of(TAGS).flatMap(tag -> Arbitraries.of(ATTRIBUTES).list().ofMaxSize(3)
        .map(attrs -> "<" + tag + (attrs.isEmpty() ? "" : " " + String.join(" ", attrs)) + ">"));
    Arbitrary<String> close = Arbitraries.of(TAGS).map(t -> "</" + t + ">");
    Arbitrary<String> text = Arbitraries.of(TEXTS);
    return Arbitraries.oneOf(open, close, text).list().ofMinSize(1).ofMaxSize(30).map(parts -> String.join("", parts));
  }

  @Property(tries = 300)
  void outputStaysInsideThePolicyAndIsAFixedPoint(@ForAll("markup") String html) {
    for (CleaningPolicy policy : List.of(CleaningPolicy.ARTICLE, CleaningPolicy.BASIC)) {
      HtmlCleaner cleaner = HtmlCleaner.of(policy);
      String once = cleaner.clean(html, "https://news.example/a/b.html");
      HtmlCleanerXssTest.assertSafe(policy, once, html);
      assertEquals(once, cleaner.clean(once, "https://news.example/a/b.html"), html);
    }
  }

  @Property(tries = 100)
  void extractionIsDeterministic(@ForAll("markup") String html) {
    ArticleExtractor extractor = ArticleExtractor.create();
    String page = "<html><body><article><h1>Title of the story</h1>" + html + "<p>" + "A long enough paragraph. ".repeat(4)
        + "</p></article></body></html>";
    assertEquals(extractor.extract(page, "https://news.example/a"), extractor.extract(page, "https://news.example/a"));
  }
}
