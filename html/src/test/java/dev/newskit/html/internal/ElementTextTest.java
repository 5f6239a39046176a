package dev.newskit.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ElementTextTest {
  /** A page with every kind of edge jsoup's text rules treat apart. */
  private static final String PAGE = """
      <html><head><title> A  title </title></head><body>
        <div class="story">
          <h1>  Rain   returns<br>to the <em>valley</em></h1>
          <p>First\u00a0paragraph, with   spaces,\ttabs and a zero\u200bwidth space and a soft\u00adhyphen.</p>
          <p><span>inline</span><span>joined</span> <b>bold</b><i><p>a block inside an inline</p></i>after</p>
          <pre>  kept
          as   written  </pre>
          <textarea>  also   kept </textarea>
          <p>Press<button>Share</button>now<select><option>One</option><option>Two</option></select>end<img src="b.png">x</p>
          <ul><li>one</li><li>two <a href="/x">link</a></li></ul>
          <table><tr><td>cell</td><td>next cell</td></tr></table>
          <p>Emoji \uD83C\uDF27\uFE0F and Hebrew \u05D2\u05E9\u05DD   here</p>
          <svg><text><![CDATA[  raw   cdata  ]]></text></svg>
          <p>   </p><div><img src="a.png"><span> after an image </span></div>
          text between <br><br> blocks <section>section text</section> tail
        </div>
        <footer>   Footer\u00a0\u00a0line   </footer>
      </body></html>
      """;

  @Test
  void lengthIsTheLengthOfJsoupsText() {
    Document doc = Jsoup.parse(PAGE);
    int checked = 0;
    for (Element e : doc.getAllElements()) {
      assertEquals(e.text().length(), ElementText.length(e), e.cssSelector());
      checked++;
    }
    assertTrue(checked > 30);
  }

  @Test
  void prefixIsTheStartOfJsoupsText() {
    Document doc = Jsoup.parse(PAGE);
    for (Element e : doc.getAllElements()) {
      String text = e.text();
      for (int max : new int[] {1, 2, 7, 25, 60, 100, 10_000}) {
        String want = text.length() > max ? text.substring(0, max) : text;
        assertEquals(want, ElementText.prefix(e, max), e.cssSelector() + " " + max);
      }
    }
  }
}
