package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
