package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.html.internal.PageEdits;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * {@link PagePreparer}: what it removes from a page before the body is looked for (never-content tags,
 * hidden elements, site chrome, boilerplate boxes) and what it keeps although its class or tag sounds
 * like boilerplate (a box holding the article, an inline name inside a sentence).
 */
class PagePreparerTest {
  private static final String LONG = "The port of Haifa closed on Friday morning after the storm broke two cranes, "
      + "the port authority said, and ships waiting outside were told to anchor further out until Sunday.";

  private static Document prepared(String body) {
    Document doc = Jsoup.parse("<html><head><title>t</title></head><body>" + body + "</body></html>");
    PagePreparer.prepare(doc, new PageIndex(doc), ExtractionRecorder.NONE, PageEdits.NONE);
    return doc;
  }

  @Test
  void neverContentGoesWhateverItHolds() {
    Document doc = prepared("<nav><p>" + LONG + "</p></nav><aside><p>" + LONG + "</p></aside>"
        + "<script>var a = 1;</script><style>p{}</style><form id=f><input name=q><button>Go</button></form>"
        + "<div role=navigation><a href=/>Home</a></div><div role=\"  Dialog \">Accept cookies</div>"
        + "<div hidden>secret</div><div aria-hidden=TRUE>icons</div>"
        + "<div style=\"DISPLAY: none\">gone</div><div style=\"visibility:hidden\">gone too</div>"
        + "<article><h1>Storm</h1><p>" + LONG + "</p></article>");
    assertEquals("Storm " + LONG, doc.body().text(), "only the article is left");
    assertTrue(doc.select("nav, aside, script, style, form, input, button, [role], [hidden], [aria-hidden], [style]")
        .isEmpty(), doc.body().html());
  }

  @Test
  void aBoilerplateClassGoesUnlessTheBoxHoldsTheArticle() {
    Document doc = prepared("<div class=related><p>Other story one.</p><p>Other story two.</p></div>"
        + "<div class=\"share\"><a href=#>Share</a></div>"
        + "<div class=\"comments\"><h1>Storm closes the port</h1><p>" + LONG + "</p></div>");
    assertNull(doc.selectFirst(".related"), "a related-stories box goes");
    assertNotNull(doc.selectFirst(".comments"), "a box holding the headline stays, whatever its class");
    assertNull(doc.selectFirst(".share"), "a share bar goes");
  }

  @Test
  void aBoxWithMostOfThePagesTextStays() {
    Document doc = prepared("<div class=sidebar><p>" + LONG + "</p></div><div class=menu><p>Home</p></div>");
    assertNotNull(doc.selectFirst(".sidebar"), "30% or more of the page's text is the article's, not a sidebar's");
    assertNull(doc.selectFirst(".menu"));
  }

  @Test
  void threeLongParagraphsKeepABox() {
    String filler = "<p>" + "Word ".repeat(400) + "</p>";
    String box = "<div class=widget><p>" + LONG + "</p><p>" + LONG + "</p><p>" + LONG + "</p></div>";
    Document doc = prepared("<main>" + filler + filler + filler + filler + "</main>" + box);
    assertNotNull(doc.selectFirst(".widget"), "a small share of the page but three paragraphs over 150 characters");
    Document two = prepared("<main>" + filler + filler + filler + filler + "</main>"
        + "<div class=widget><p>" + LONG + "</p><p>" + LONG + "</p></div>");
    assertNull(two.selectFirst(".widget"), "two long paragraphs are not enough");
  }

  @Test
  void anInlineNameInsideASentenceStays() {
    Document doc = prepared("<article><p>At <span class=ticker>Home Depot</span>, we met the staff.</p>"
        + "<p>" + LONG + "</p><div class=ticker><span>Live: markets</span></div></article>");
    assertEquals("At Home Depot, we met the staff.", doc.selectFirst("p").text());
    assertNull(doc.selectFirst("div.ticker"), "the same class on a box of its own goes");
    // a line made only of inline elements is running text too: its tagged number stays
    Document line = prepared("<article><p><span>Feb</span> <span class=tag>18</span><span>2009</span></p>"
        + "<p>" + LONG + "</p></article>");
    assertEquals("Feb 182009", line.selectFirst("p").text());
  }

  @Test
  void pageHeadersAndFootersGoButAnArticlesOwnStay() {
    Document doc = prepared("<header><a href=/>Site</a> <span>Menu</span></header>"
        + "<article><header><h1>Storm</h1><p>By Dana Levi</p></header><p>" + LONG + "</p>"
        + "<footer>Filed under weather</footer></article>"
        + "<footer>All rights reserved</footer>");
    assertEquals(2, doc.select("header, footer").size(), doc.body().html());
    assertTrue(doc.select("header, footer").stream().allMatch(e -> e.closest("article") != null));
  }

  @Test
  void aFormThatHoldsTheArticleStays() {
    // ASP.NET pages wrap the whole page in one form.
    Document doc = prepared("<form id=aspnetForm><div><h1>Storm</h1><p>" + LONG + "</p></div></form>"
        + "<form class=search><p>Search the site</p></form>");
    assertNotNull(doc.selectFirst("#aspnetForm"));
    assertNull(doc.selectFirst("form.search"));
  }

  @Test
  void lazyImagesGetTheirRealSource() {
    Document doc = prepared("<article><p>" + LONG + "</p><img src=\"data:image/gif;base64,R0lGOD\" "
        + "data-src=\"https://img.example/storm.jpg\" width=800></article>");
    assertEquals("https://img.example/storm.jpg", doc.selectFirst("img").attr("src"));
  }

  @Test
  void anEmptyOrBodilessPageIsLeftAlone() {
    Document empty = prepared("");
    assertEquals("", empty.body().html());
    Document deep = prepared("<div>".repeat(2000) + "<p>" + LONG + "</p>" + "</div>".repeat(2000));
    assertEquals(LONG, deep.body().text(), "deep nesting is walked without recursion");
  }
  @Test
  void hiddenByStyleIsReadInPlaceAsInTheLowerCasedStyleWithoutSpaces() {
    String[] styles = {"display:none", "DISPLAY : NONE", "color:red; display: none ;", "display:\tnone", "display:block",
        "visibility : Hidden", "VISIBILITY:visible", "dis play:no ne", "displaynone", "", "x", "display:non", "İ display:none",
        "vİsibility:hidden", "KdisplaY:nonE"};
    for (String style : styles) {
      String s = style.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
      boolean expected = s.contains("display:none") || s.contains("visibility:hidden");
      boolean actual = PagePreparer.containsSpaced(style, "display:none", "visibility:hidden");
      if (style.indexOf('\u0130') < 0) assertEquals(expected, actual, style);
      Document doc = prepared("<div id=x style=\"" + style + "\">text</div><p>" + LONG + "</p>");
      assertEquals(expected, doc.getElementById("x") == null, style);
    }
  }
  @Test
  void thePrunedBodysIndexIsTheOneAFreshWalkBuilds() {
    // Boxes pruned at several depths, links, commas, invisible characters, text straight in the body and in
    // removed boxes: the counts pruning derives must be those of the pruned body read anew.
    String[] bodies = {
        "Loose, text <div class=share-bar><p>Share, this</p></div><div id=main><h1>Storm</h1><p>" + LONG
            + "</p><p>a\u200Bb, <a href=/x>link, text</a> <img src=a.jpg></p><ul><li><a href=/y>one</a>, two</li></ul>"
            + "<div class=related><a href=/z>" + LONG + "</a></div><span>tail</span></div>"
            + "<footer>site, footer</footer><div style='display:none'>hidden, text</div> end",
        "<div class=comments><p>x</p></div>",
        "<p>only text, here</p>"};
    for (String body : bodies) {
      Document doc = Jsoup.parse("<html><head><title>t</title></head><body>" + body + "</body></html>");
      TextStats derived = PagePreparer.prepare(doc, new PageIndex(doc), ExtractionRecorder.NONE,
          PageEdits.NONE);
      assertNotNull(derived);
      TextStats fresh = new TextStats(doc.body());
      assertEquals(fresh.elements(), derived.elements(), "same elements in the same order");
      for (org.jsoup.nodes.Element e : fresh.elements()) {
        String where = e.cssSelector() + " in " + body;
        assertEquals(fresh.text(e), derived.text(e), where);
        assertEquals(fresh.shownChars(e), derived.shownChars(e), where);
        assertEquals(fresh.commas(e), derived.commas(e), where);
        assertEquals(fresh.linkDensity(e), derived.linkDensity(e), where);
        assertEquals(fresh.holdsBlock(e), derived.holdsBlock(e), where);
        assertEquals(fresh.holdsReadingBlock(e), derived.holdsReadingBlock(e), where);
        assertEquals(fresh.position(e), derived.position(e), where);
      }
    }
  }

  @Test
  void aNoscriptsContentIsPrunedAsIfItHadAlwaysStoodInItsPlace() {
    // The page's index finds what is never content before the noscript elements are unwrapped: a hidden
    // noscript still gives up its image, a hidden element inside a noscript goes, and a hidden placeholder
    // image that the noscript replaces is not removed twice.
    Document doc = prepared("<div id=main><p>" + LONG + "</p><img id=ph hidden src=data:x>"
        + "<noscript aria-hidden=true><img id=real src=real.jpg><span hidden>icon</span></noscript>"
        + "<noscript><script>x()</script></noscript></div>");
    assertNotNull(doc.getElementById("real"), doc.body().html());
    assertNull(doc.getElementById("ph"));
    assertTrue(doc.select("noscript, span, script").isEmpty(), doc.body().html());
    assertEquals(LONG, doc.body().text());
  }
}
