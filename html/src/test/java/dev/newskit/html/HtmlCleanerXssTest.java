package dev.newskit.html;

import dev.newskit.html.internal.Srcset;
import dev.newskit.html.safety.CleaningPolicy;
import dev.newskit.html.safety.HtmlCleaner;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every collected XSS payload, cleaned under every HTML policy, leaves only allowed elements and
 * attributes, only http(s)/mailto URLs, no event handler and no script-capable element; and cleaning
 * the output again changes nothing. The same payloads run in a real browser in {@code HtmlCleanerBrowserTest}.
 */
class HtmlCleanerXssTest {
  private static final String BASE = "https://news.example/section/article.html";
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite", "srcset");

  static Stream<XssPayloads.Payload> payloads() {
    return XssPayloads.all().stream();
  }

  @Test
  void thereAreAtLeast300PayloadsEachWithItsSource() {
    List<XssPayloads.Payload> all = XssPayloads.all();
    assertTrue(all.size() >= 300, "payloads: " + all.size());
    assertEquals(all.size(), all.stream().map(XssPayloads.Payload::id).distinct().count(), "ids are unique");
    all.forEach(p -> assertFalse(p.source().isBlank(), p.id()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("payloads")
  void cleanedPayloadHoldsNothingActive(XssPayloads.Payload payload) {
    for (CleaningPolicy policy : List.of(CleaningPolicy.ARTICLE, CleaningPolicy.BASIC)) {
      HtmlCleaner cleaner = HtmlCleaner.of(policy);
      String once = cleaner.clean(payload.html(), BASE);
      assertSafe(policy, once, payload.id());
      assertEquals(once, cleaner.clean(once, BASE), "cleaning is a fixed point for " + payload.id());
    }
    // Plain text shows the characters the cleaned HTML shows (it may break lines where ARTICLE joins
    // blocks): no script or style body, nothing ARTICLE drops.
    HtmlCleaner text = HtmlCleaner.of(CleaningPolicy.TEXT);
    String plain = text.clean(payload.html(), BASE);
    String ofCleaned = text.clean(HtmlCleaner.of(CleaningPolicy.ARTICLE).clean(payload.html(), BASE), BASE);
    assertEquals(withoutSpace(ofCleaned), withoutSpace(plain), "TEXT of " + payload.id());
  }

  private static String withoutSpace(String text) {
    return text.replaceAll("\\s+", "");
  }

  static void assertSafe(CleaningPolicy policy, String html, String id) {
    Document doc = Jsoup.parseBodyFragment(html);
    for (Element e : doc.body().getAllElements()) {
      if (e == doc.body()) continue;
      String tag = e.normalName();
      assertTrue(policy.tags().contains(tag) || Set.of("tbody").contains(tag), id + ": element <" + tag + "> in " + html);
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        assertFalse(key.startsWith("on"), id + ": event handler " + key + " in " + html);
        boolean allowed = key.equals("dir") || key.equals("lang") || (key.equals("rel") && tag.equals("a"))
            || policy.attributes().getOrDefault(tag, Set.of()).contains(key);
        assertTrue(allowed, id + ": attribute " + key + " on <" + tag + "> in " + html);
        if (URL_ATTRIBUTES.contains(key)) {
          List<String> urls = key.equals("srcset")
              ? Srcset.parse(a.getValue()).stream().map(Srcset.Candidate::url).toList() : List.of(a.getValue());
          for (String url : urls) {
            String u = url.strip().toLowerCase(Locale.ROOT);
            assertTrue(u.startsWith("https://") || u.startsWith("http://") || (key.equals("href") && u.startsWith("mailto:")),
                id + ": URL " + a.getValue() + " in " + html);
          }
        }
      }
    }
  }
}
