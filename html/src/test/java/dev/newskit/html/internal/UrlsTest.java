package dev.newskit.html.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
