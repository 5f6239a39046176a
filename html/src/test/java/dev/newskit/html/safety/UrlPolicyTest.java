package dev.newskit.html.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UrlPolicyTest {
  private static final String BASE = "https://news.example/world/story.html";
  private final UrlPolicy article = new UrlPolicy(CleaningPolicy.ARTICLE);

  private Optional<String> link(String raw) {
    return article.clean(raw, BASE, true);
  }

  @Test
  void relativeUrlsResolveAgainstTheBaseOnly() {
    assertEquals(Optional.of("https://news.example/world/next.html"), link("next.html"));
    assertEquals(Optional.of("https://news.example/top"), link("/top"));
    assertEquals(Optional.of("https://cdn.example/a.jpg"), article.clean("//cdn.example/a.jpg", BASE, false));
    assertEquals(Optional.empty(), article.clean("next.html", null, true));
    assertEquals(Optional.empty(), article.clean("next.html", "", true));
    assertEquals(Optional.empty(), article.clean("next.html", "not a base", true));
  }

  @Test
  void onlyWebUrlsWithAHostAndMailtoForLinks() {
    assertEquals(Optional.of("http://e.com/"), link("http://e.com/"));
    assertEquals(Optional.of("mailto:desk@news.example"), link("mailto:desk@news.example"));
    assertEquals(Optional.empty(), article.clean("mailto:desk@news.example", BASE, false), "not as an image");
    assertEquals(Optional.empty(), new UrlPolicy(CleaningPolicy.ARTICLE.toBuilder().mailtoLinks(false).build())
        .clean("mailto:desk@news.example", BASE, true));
    for (String bad : new String[] {"javascript:alert(1)", "data:text/html,x", "vbscript:x", "ftp://e.com/", "https:/e.com",
        "https:///e.com", "http://?x", "http://#x", "http://\\evil.example/x", ":x", "", "  "}) {
      assertEquals(Optional.empty(), link(bad), bad);
    }
  }

  @Test
  void obfuscatedSchemesAreSeenThrough() {
    assertEquals(Optional.empty(), link("java\tscript:alert(1)"));
    assertEquals(Optional.empty(), link(" \u0001javascript:alert(1)"));
    assertEquals(Optional.empty(), link("JaVaScRiPt:alert(1)"));
    assertEquals("javascript:x", UrlPolicy.deobfuscate("\u0000 java\nscr\ript:x \u0020"));
    assertEquals("https://e.com/a%20b%01", UrlPolicy.deobfuscate("https://e.com/a b\u0001\uFFFF"));
  }

  @Test
  void schemesAreReadInLowerCaseAndWrittenSo() {
    assertEquals("https", UrlPolicy.scheme("HTTPS://e.com"));
    assertEquals("", UrlPolicy.scheme(":x"));
    assertNull(UrlPolicy.scheme("/a:b"));
    assertNull(UrlPolicy.scheme("1http://x"));
    assertNull(UrlPolicy.scheme("noscheme"));
    assertEquals("web+x", UrlPolicy.scheme("web+x:y"));
    assertEquals(Optional.of("https://E.com/Path"), link("HTTPS://E.com/Path"));
  }

  @Test
  void trackingParametersGoAndTheRestStays() {
    assertEquals(Optional.of("https://e.com/p?id=3#top"), link("https://e.com/p?utm_source=tw&id=3&FBCLID=x#top"));
    assertEquals(Optional.of("https://e.com/p"), link("https://e.com/p?utm_medium=a&gclid=b"));
    assertEquals(Optional.of("https://e.com/p#f?utm_source=x"), link("https://e.com/p?#f?utm_source=x"));
    assertEquals(Optional.of("https://e.com/p?a=1&b"), link("https://e.com/p?a=1&&b&"));
    UrlPolicy keep = new UrlPolicy(CleaningPolicy.ARTICLE.toBuilder().stripTrackingParameters(false).build());
    assertEquals(Optional.of("https://e.com/p?utm_source=x"), keep.clean("https://e.com/p?utm_source=x", BASE, true));
  }

  @Test
  void theTrackingParametersCanBeSetAndADefaultTakenOut() {
    Set<String> names = new LinkedHashSet<>(CleaningPolicy.DEFAULT_TRACKING_PARAMETERS);
    names.remove("ref_src");
    names.add(" Campaign ");
    CleaningPolicy policy = CleaningPolicy.ARTICLE.toBuilder().trackingParameters(names).build();
    assertFalse(policy.trackingParameters().contains("ref_src"));
    assertTrue(policy.trackingParameters().contains("campaign"));
    UrlPolicy urls = new UrlPolicy(policy);
    assertEquals(Optional.of("https://e.com/p?ref_src=tw&id=3"),
        urls.clean("https://e.com/p?ref_src=tw&utm_source=x&campaign=y&id=3", BASE, true));
    assertEquals(Optional.of("https://e.com/p?id=3"), link("https://e.com/p?ref_src=tw&id=3"), "the default still strips it");
  }

  @Test
  @SuppressWarnings("deprecation")
  void theDeprecatedSwitchIsTheStripSwitch() {
    CleaningPolicy viaOld = CleaningPolicy.ARTICLE.toBuilder().removeTrackingParameters(false).build();
    assertEquals(CleaningPolicy.ARTICLE.toBuilder().stripTrackingParameters(false).build(), viaOld);
    assertFalse(viaOld.removeTrackingParameters());
    assertFalse(viaOld.stripTrackingParameters());
    assertTrue(CleaningPolicy.ARTICLE.stripTrackingParameters());
  }

  @Test
  void everySchemeCharacterIsReadAndAWebUrlNeedsAHost() {
    assertEquals("azaz09+.-", UrlPolicy.scheme("AZaz09+.-:x"));
    assertEquals(Optional.empty(), link("AZaz09+.-:x"), "an unknown scheme goes; it is not a relative path");
    assertEquals(Optional.empty(), link("https://"));
    assertEquals(Optional.empty(), link("http:/"));
  }

  @Test
  void anEmptyQueryGoesEvenWhenTrackingParametersStay() {
    UrlPolicy keep = new UrlPolicy(CleaningPolicy.ARTICLE.toBuilder().stripTrackingParameters(false).build());
    assertEquals(Optional.of("https://e.com/p"), keep.clean("https://e.com/p?", BASE, true));
    assertEquals(Optional.of("https://e.com/p#top"), keep.clean("https://e.com/p?#top", BASE, true));
    assertEquals(Optional.of("https://e.com/p?a#top"), keep.clean("https://e.com/p?a#top", BASE, true));
    assertEquals(Optional.of("https://e.com/p#top?"), keep.clean("https://e.com/p#top?", BASE, true), "a ? in the fragment is its text");
  }
}
