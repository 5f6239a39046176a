package dev.newskit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Checks}: bad arguments are typed errors naming where they are; lists and maps are copied and sealed. */
class ChecksTest {
  private static String message(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  private static String nullMessage(Runnable r) {
    return assertThrows(NullPointerException.class, r::run).getMessage();
  }

  @Test
  void nullAndBlankAreRefusedByName() {
    assertEquals("Author.name must not be null", nullMessage(() -> Checks.notNull(null, "Author.name")));
    assertEquals("Author.name must not be blank", message(() -> Checks.notBlank(" \t", "Author.name")));
    assertEquals("Dana", Checks.notBlank("Dana", "Author.name"));
    assertEquals(Optional.empty(), Checks.optionalText(null, "Article.title"));
    assertEquals(Optional.of("T"), Checks.optionalText(Optional.of("T"), "Article.title"));
    assertEquals("Article.title must not be blank", message(() -> Checks.optionalText(Optional.of(""), "Article.title")));
    assertEquals(Optional.empty(), Checks.optional(null));
  }

  @Test
  void listsAreCopiedSealedAndNameTheirNullElement() {
    List<String> source = new ArrayList<>(List.of("a", "b"));
    List<String> copy = Checks.list(source, "Article.tags");
    source.add("c");
    assertEquals(List.of("a", "b"), copy);
    assertThrows(UnsupportedOperationException.class, () -> copy.add("d"));
    assertEquals(List.of(), Checks.list(null, "Article.tags"));
    assertEquals("Article.tags[1] must not be null", nullMessage(() -> Checks.list(Arrays.asList("a", null), "Article.tags")));
  }

  @Test
  void mapsAreCopiedInOrderSealedAndNameTheirNullKeyOrValue() {
    Map<String, Integer> source = new LinkedHashMap<>();
    source.put("z", 1);
    source.put("a", 2);
    Map<String, Integer> copy = Checks.map(source, "Article.provenance");
    source.put("b", 3);
    assertEquals(List.of("z", "a"), List.copyOf(copy.keySet()));
    assertThrows(UnsupportedOperationException.class, () -> copy.put("c", 3));
    assertEquals(Map.of(), Checks.map(null, "Article.provenance"));
    Map<String, Integer> nullValue = new HashMap<>();
    nullValue.put("title", null);
    assertEquals("Article.provenance[title] must not be null", nullMessage(() -> Checks.map(nullValue, "Article.provenance")));
    Map<String, Integer> nullKey = new HashMap<>();
    nullKey.put(null, 1);
    assertEquals("Article.provenance key must not be null", nullMessage(() -> Checks.map(nullKey, "Article.provenance")));
  }

  @Test
  void webUrisAreAbsoluteHttpOrHttps() {
    assertEquals(URI.create("HTTPS://news.example/a"), Checks.parseWebUri(" HTTPS://news.example/a ", "Article.url"));
    assertEquals("Article.url must be an absolute http(s) URI: ftp://news.example/a",
        message(() -> Checks.parseWebUri("ftp://news.example/a", "Article.url")));
    assertEquals("Article.url must be an absolute http(s) URI: /a", message(() -> Checks.parseWebUri("/a", "Article.url")));
    assertEquals("Article.url is not a valid URI: http://news example/", message(() -> Checks.parseWebUri("http://news example/", "Article.url")));
  }

  @Test
  void relativeReferencesMustNameSomething() {
    assertEquals(URI.create("img/a.jpg"), Checks.parseWebOrRelativeUri("img/a.jpg", "Image.url"));
    assertEquals(URI.create("//cdn.example/a.jpg"), Checks.parseWebOrRelativeUri("//cdn.example/a.jpg", "Image.url"));
    assertEquals(URI.create("https://cdn.example/a.jpg"), Checks.parseWebOrRelativeUri("https://cdn.example/a.jpg", "Image.url"));
    for (String self : List.of("", "?page=2", "#top")) {
      assertEquals("Image.url must be an absolute http(s) URI or a relative reference with a path: " + self,
          message(() -> Checks.parseWebOrRelativeUri(self, "Image.url")));
    }
    assertEquals("Image.url must be an absolute http(s) URI: javascript:alert(1)",
        message(() -> Checks.parseWebOrRelativeUri("javascript:alert(1)", "Image.url")));
  }
}
