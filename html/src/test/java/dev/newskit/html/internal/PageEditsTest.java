package dev.newskit.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@link PageEdits}: the page as parsed can be read after bulk removal and noscript unwrapping, and is left edited. */
class PageEditsTest {
  private static final String PAGE = "<div id=side><p>Datum 12.01.2017</p><script>x()</script></div>"
      + "<article><img src=data:x><noscript><img src=real.jpg> fallback</noscript><p>Text</p><aside>More</aside></article>";

  private static String html(Element e) {
    return e.html().replace("\n", "").replaceAll(">\\s+<", "><");
  }

  @Test
  void theUneditedPageIsReadAndTheEditsStay() {
    Document doc = Jsoup.parse(PAGE);
    Element body = doc.body();
    String parsed = html(body);
    PageEdits edits = PageEdits.keeping();
    Images.resolveLazyImages(doc.getElementsByTag("noscript"), doc.getElementsByTag("img"), edits);
    Nodes.removeAll(List.of(doc.selectFirst("script")), edits);
    Nodes.removeAll(List.of(doc.getElementById("side"), doc.selectFirst("aside")), edits);
    String edited = html(body);
    assertEquals("<article><img src=\"real.jpg\"> fallback <p>Text</p></article>", edited);

    assertEquals(parsed, edits.readUnedited(() -> html(body)), "every changed child list is put back");
    assertEquals("Datum 12.01.2017", edits.readUnedited(() -> body.selectFirst("#side p").text()));
    assertEquals(edited, html(body), "the edits stand again after the reading");
    for (int i = 0; i < body.childNodeSize(); i++) assertEquals(i, body.childNode(i).siblingIndex());
  }

  @Test
  void editsThatKeepNothingCannotBeRead() {
    Document doc = Jsoup.parse(PAGE);
    Nodes.removeAll(List.of(doc.getElementById("side")), PageEdits.NONE);
    assertThrows(IllegalStateException.class, () -> PageEdits.NONE.readUnedited(() -> "x"));
  }
}
