package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextStatsTest {
  @Test
  void textAndLinkDensityFromTheLeavesUp() {
    Element body = Jsoup.parse("<div id=d><p id=p>abcd <a id=a href=/x>efgh</a></p><ul id=u><li><a href=/y>ij</a></li>"
        + "<li><a href=/z><b>kl</b></a></li></ul></div>").body();
    TextStats stats = new TextStats(body);
    assertEquals(8, stats.text(body.getElementById("p")));
    assertEquals(0.5, stats.linkDensity(body.getElementById("p")));
    assertEquals(1.0, stats.linkDensity(body.getElementById("a")), "a link is all link");
    assertEquals(1.0, stats.linkDensity(body.getElementById("u")), "nested inside links counts once");
    assertEquals(12, stats.text(body.getElementById("d")));
    assertEquals(8 / 12.0, stats.linkDensity(body.getElementById("d")), 1e-9);
  }

  @Test
  void spacesDoNotCountAndUnknownElementsHaveNothing() {
    Element body = Jsoup.parse("<p id=p> a\u00A0b \n c </p><div id=empty> </div>").body();
    TextStats stats = new TextStats(body);
    assertEquals(3, stats.text(body.getElementById("p")));
    assertEquals(0, stats.linkDensity(body.getElementById("empty")));
    Element elsewhere = Jsoup.parse("<p>outside</p>").body().child(0);
    assertEquals(0, stats.text(elsewhere));
    assertEquals(0, stats.linkDensity(elsewhere));
  }
  @Test
  void everyElementIsFoundAtItsPlaceOnALargePage() {
    StringBuilder html = new StringBuilder();
    for (int i = 0; i < 700; i++) html.append("<div><p>para ").append(i).append(" <a href=/").append(i).append(">x</a></p></div>");
    Element body = Jsoup.parse(html.toString()).body();
    TextStats stats = new TextStats(body);
    java.util.List<Element> all = body.getAllElements();
    for (int i = 0; i < all.size(); i++) assertEquals(i, stats.position(all.get(i)));
    assertEquals(-1, stats.position(Jsoup.parse("<p>elsewhere</p>").body()));
    assertEquals(all, stats.elements());
  }

  @Test
  void linkTextAndImagesAreKnownWithoutLookingInside() {
    Element body = Jsoup.parse("<p id=plain>no link here</p><p id=empty>text <a href=/a> </a><a href=/b><img src=x.jpg></a></p>"
        + "<p id=linked>see <a href=/c><b>this</b></a></p><a id=a href=/d>alone</a>"
        + "<div id=pic><span><img src=y.jpg></span></div><div id=words><span>only words</span></div>").body();
    TextStats stats = new TextStats(body);
    assertFalse(stats.mayHoldLinkText(body.getElementById("plain")));
    assertFalse(stats.mayHoldLinkText(body.getElementById("empty")), "links of whitespace or an image have no text");
    assertTrue(stats.mayHoldLinkText(body.getElementById("linked")), "text in an element inside the link counts");
    assertTrue(stats.mayHoldLinkText(body.getElementById("a")), "a link is its own link text");
    assertTrue(stats.mayHoldImage(body.getElementById("pic")));
    assertFalse(stats.mayHoldImage(body.getElementById("words")));
    Element elsewhere = Jsoup.parse("<p>outside</p>").body().child(0);
    assertTrue(stats.mayHoldLinkText(elsewhere), "nothing is known outside the index");
    assertTrue(stats.mayHoldImage(elsewhere));
  }
}
