package dev.newskit.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class UrlsTest {
  @Test
  void controlsArePercentEncodedAndNoncharactersDropped() {
    StringBuilder out = new StringBuilder();
    for (char c : new char[] {'\u0001', '\u001F', '\u007F', '\uFFFE', '\uFFFF', '\t'}) {
      assertTrue(Urls.isUnsafe(c), Integer.toHexString(c));
      Urls.appendMadeSafe(c, out);
    }
    assertEquals("%01%1F%7F%09", out.toString());
    for (char c : new char[] {' ', 'a', '%', '\u00A0', '\u0080'}) assertFalse(Urls.isUnsafe(c), Integer.toHexString(c));
  }

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
  void absoluteHttpAgreesWithThePatternItReplaced() {
    java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("(?i)https?://\\S+");
    String[] texts = {"https://a", "http://a", "HtTpS://a/b", "http://", "https://", "http:/a", "https:a", "httpx://a",
        "http://a\tb", "http://a\u000Bb", "http://a\u00A0b", "http://a\u2003b", "http://a\n", "\u017Fhttp://a",
        "http\u017F://a", "HTTP\u017F://a", "http\u0130://a", "h", "", "https//a", "https://\u05D0", "http://a b",
        "ftp://a", "HTTPS://A", "http:///", "https://https://"};
    for (String t : texts) assertEquals(pattern.matcher(t).matches(), Urls.isAbsoluteHttp(t), t);
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

  @Test
  void absUrlGivesWhatJsoupsAbsUrlGives() {
    String[] bases = {"http://fakehost/test/page.html", "https://news.example/a/b/?x=1#top", "", "not a url",
        "http://user:pw@news.example:8080/a/", "http://[::1]:80/x/", "https://news.example:/p", "file:/tmp/x.html"};
    String[] values = {"", "/", "a.html", "../up.html", "../../../../too/far.html", "/./x", "/../x", "?page=2",
        "#frag", "//cdn.example/img.png", "https://other.example/x?y#z", "HTTP://Other.Example/X",
        "mailto:desk@news.example", "javascript:void(0)", "JavaScript:alert(1)", "whatsapp://send?text=x",
        "javascript:void(0)", "tel:+1234", "data:image/png;base64,AAAA", "url:javascript:x", " javascript:x",
        "java script:x", "a,b:c", "http:", "https://", "http:/path", "ftp://files.example/f",
        "a\tb\n.html", "\u0001/ctl", "http://exa mple.com/", "/path with space", "x:y", "1abc:def",
        "%zz", "http://news.example:99999/", "//", "///x", "\\\\server\\x", "?", "?a=b#c"};
    int resolved = 0;
    for (String base : bases) {
      for (String value : values) {
        for (int round = 0; round < 2; round++) {
          Element a = Document.createShell(base).body().appendElement("a").attr("href", value);
          String expected = a.absUrl("href");
          assertEquals(expected, Urls.absUrl(a, "href"), "base '" + base + "', href '" + value + "'");
          if (!base.isEmpty() && expected.startsWith(base.substring(0, 4)) && !value.startsWith("http")) resolved++;
        }
      }
    }
    assertTrue(resolved > 50, "relative addresses were resolved against their base: " + resolved);
    Element none = Document.createShell("http://fakehost/").body().appendElement("img");
    assertEquals("", Urls.absUrl(none, "src"));
    assertEquals(none.absUrl("src"), Urls.absUrl(none, "src"));
  }

  @Test
  void absUrlGivesWhatJsoupsAbsUrlGivesForPathsFromTheRoot() {
    // The path from the site's root is written after the base's root without java.net.URL: every mix of the
    // characters that URL reads specially (dot segments, query, fragment, spaces it trims) must come out as jsoup's.
    String[] bases = {"http://fakehost/test/page.html", "HTTPS://News.Example:8443/a/b?x=1#top",
        "http://user:pw@news.example/a/", "http://[::1]:80/x/", "https://news.example:/p", "file:/tmp/x.html",
        "mailto:desk@news.example", "http:///nohost"};
    char[] alphabet = {'/', '.', '.', '?', '#', 'a', 'Z', ' ', '%', '\\', ':', '@', '\u00e9', '&', '=', '~', '\t', '\u00a0'};
    java.util.Random random = new java.util.Random(12);
    int compared = 0;
    for (int k = 0; k < 4000; k++) {
      StringBuilder value = new StringBuilder(k % 5 == 4 ? "" : "/");
      for (int len = random.nextInt(9); len > 0; len--) value.append(alphabet[random.nextInt(alphabet.length)]);
      String base = bases[k % bases.length];
      Element a = Document.createShell(base).body().appendElement("a").attr("href", value.toString());
      assertEquals(a.absUrl("href"), Urls.absUrl(a, "href"), "base '" + base + "', href '" + value + "'");
      compared++;
    }
    assertEquals(4000, compared);
    Element plain = Document.createShell("https://News.Example:8443/a/b?x=1#top").body().appendElement("a")
        .attr("href", "/x/y?q=1#f");
    assertEquals("https://News.Example:8443/x/y?q=1#f", Urls.absUrl(plain, "href"));
  }
}
