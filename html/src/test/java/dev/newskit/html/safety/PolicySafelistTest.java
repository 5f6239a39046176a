package dev.newskit.html.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PolicySafelistTest {
  private final PolicySafelist safelist = new PolicySafelist(CleaningPolicy.ARTICLE);

  /** Whether the only attribute of the first element of {@code html} is kept, and its value afterwards. */
  private String check(String html) {
    Element e = Jsoup.parseBodyFragment(html, "https://news.example/a/b.html").body().child(0);
    Attribute attr = e.attributes().asList().get(0);
    return safelist.isSafeAttribute(e.normalName(), e, attr) ? attr.getValue() : null;
  }

  @Test
  void tagsOfThePolicy() {
    assertTrue(safelist.isSafeTag("figure"));
    assertFalse(safelist.isSafeTag("script"));
    assertFalse(new PolicySafelist(CleaningPolicy.BASIC).isSafeTag("img"));
  }

  @Test
  void dirAndLangOnEveryElementWithValidValues() {
    assertEquals("rtl", check("<span dir=' RTL '>x</span>"));
    assertEquals(null, check("<span dir=up>x</span>"));
    assertEquals("he-IL", check("<section lang=' he-IL '>x</section>"));
    assertEquals(null, check("<p lang='&lt;script&gt;'>x</p>"));
  }

  @Test
  void urlsAreCheckedAndResolved() {
    assertEquals("https://news.example/a/c.html", check("<a href=c.html>x</a>"));
    assertEquals(null, check("<a href='javascript:x'>x</a>"));
    assertEquals("https://news.example/i.jpg", check("<img src='/i.jpg,,'>"));
    assertEquals("https://news.example/s.jpg 1x, https://news.example/l.jpg 2x",
        check("<img srcset='/s.jpg 1x, javascript:x 1.5x, /l.jpg 2x, /m.jpg huge'>").replace(", https://news.example/m.jpg", ""));
  }

  @Test
  void numbersTypesAndDatesByTheirGrammar() {
    assertEquals("800", check("<img width=' 800 '>"));
    assertEquals(null, check("<img width='100%'>"));
    assertEquals("a", check("<ol type=a><li>x</li></ol>"));
    assertEquals(null, check("<ol type=disc><li>x</li></ol>"));
    assertEquals("2026-04-10T07:15:00+03:00", check("<time datetime='2026-04-10T07:15:00+03:00'>x</time>"));
    assertEquals(null, check("<time datetime='<x>'>x</time>"));
    assertEquals("", check("<ol reversed=yes><li>x</li></ol>"));
  }

  @Test
  void eventHandlersAndUnlistedAttributesGo() {
    assertEquals(null, check("<img onerror='alert(1)'>"));
    assertEquals(null, check("<p style='color:red'>x</p>"));
    assertEquals(null, check("<p class=x>x</p>"));
    assertEquals("The White House", check("<img alt='The \u202EWhite House '>"));
  }

  @Test
  void aSrcsetWithNoSafeCandidateGoes() {
    assertEquals(null, check("<img srcset='javascript:alert(1) 1x, vbscript:x 2x'>"));
    assertEquals(null, check("<source srcset=' , '>"));
  }

  @Test
  void anImageAddressOfCommasAloneGoes() {
    PolicySafelist relative = new PolicySafelist(CleaningPolicy.ARTICLE.toBuilder().relativeImages(true).build());
    Element img = Jsoup.parseBodyFragment("<img src=',,'>", "").body().child(0);
    assertFalse(relative.isSafeAttribute("img", img, img.attributes().asList().get(0)));
    Element kept = Jsoup.parseBodyFragment("<img src='i/a.jpg,'>", "").body().child(0);
    Attribute src = kept.attributes().asList().get(0);
    assertTrue(relative.isSafeAttribute("img", kept, src), "a relative image stays without a base when the policy says so");
    assertEquals("i/a.jpg", src.getValue());
  }
}
