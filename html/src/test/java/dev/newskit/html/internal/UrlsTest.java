package dev.newskit.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrlsTest {
  @Test
  void absoluteHttpAndHttpsOnly() {
    assertTrue(Urls.isAbsoluteHttp("https://news.example/a?b=1#c"));
    assertTrue(Urls.isAbsoluteHttp("HTTP://news.example/"));
    assertFalse(Urls.isAbsoluteHttp("/relative/path"));
    assertFalse(Urls.isAbsoluteHttp("ftp://news.example/"));
    assertFalse(Urls.isAbsoluteHttp("javascript:alert(1)"));
    assertFalse(Urls.isAbsoluteHttp("https://news.example/a b"));
    assertFalse(Urls.isAbsoluteHttp("https://"));
    assertFalse(Urls.isAbsoluteHttp(" https://news.example/"));
  }

  @Test
  void relativeReferencesAsThePageGaveThem() {
    assertEquals(Optional.of("/img/a.jpg"), Urls.relativeAsGiven(" /img/a.jpg\n"));
    assertEquals(Optional.of("img/a.jpg?w=3"), Urls.relativeAsGiven("img/\ta.jpg?w=3"));
    assertEquals(Optional.of("//cdn.example/a.jpg"), Urls.relativeAsGiven("//cdn.example/a.jpg"));
    assertEquals(Optional.of("./a:b.jpg"), Urls.relativeAsGiven("./a:b.jpg"));
    for (String notRelative : List.of("https://news.example/a.jpg", "javascript:alert(1)", " JavaScript:alert(1)",
        "java\tscript:alert(1)", "data:image/png;base64,xx", "mailto:a@b.example", "", "  ", "#top", "?w=3")) {
      assertEquals(Optional.empty(), Urls.relativeAsGiven(notRelative), notRelative);
    }
  }
}
