package dev.newskit.html.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PlainTextTest {
  private static String text(String html) {
    return PlainText.of(Jsoup.parseBodyFragment(html).body());
  }

  @Test
  void blocksAreParagraphsAndItemsAreLines() {
    assertEquals("Title\n\nOne two.\n\nThree", text("<h1>Title</h1><p>One   two.</p><div>Three</div>"));
    assertEquals("a\nb\n\nafter", text("<ul><li>a</li><li>b</li></ul><p>after</p>"));
    assertEquals("line one\nline two", text("<p>line one <br> line two</p>"));
  }

  @Test
  void tableCellsAreTabSeparatedAndRowsAreLines() {
    assertEquals("a\tb\nc\td", text("<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>"));
  }

  @Test
  void inlineTextRunsOnAndSpoofingCharactersGo() {
    assertEquals("bold and italic", text("<b>bold</b> and <i>italic</i>"));
    assertEquals("a b", text("<p>a&nbsp;b</p>"));
    assertEquals("invoice-exe.pdf", text("<p>invoice-\u202Eexe.pdf</p>"));
    assertEquals("", text("<p> </p><div></div>"));
  }
}
