package dev.newskit.html;

import dev.newskit.html.internal.HtmlTags;
import dev.newskit.html.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * A paragraph written without a {@code p}: a run of text and inline elements directly inside an element, ended by a
 * double {@code <br>} or a block child. Readability turns such runs into paragraphs; {@link ContentFinder} scores
 * them and {@link SignedPosts} looks for a name signing each.
 *
 * @param chars the run's shown characters
 * @param linked how many of them are inside links
 * @param commas its commas
 * @param last the inline element holding the run's last shown text, or null when that text is loose
 */
record LooseRun(int chars, int linked, int commas, @Nullable Element last) {

  /** The runs directly inside {@code e} that show any text, in document order. */
  static List<LooseRun> in(Element e, TextStats stats) {
    List<LooseRun> runs = new ArrayList<>();
    int chars = 0;
    int linked = 0;
    int commas = 0;
    Element last = null;
    boolean afterBr = false;
    for (int i = 0, n = e.childNodeSize(); i <= n; i++) {
      Node child = i < n ? e.childNode(i) : null;
      boolean ends = child == null;
      if (child instanceof TextNode t) {
        String text = t.getWholeText();
        int shown = Texts.visibleChars(text);
        if (shown == 0) continue;
        chars += shown;
        for (int k = 0; k < text.length(); k++) if (text.charAt(k) == ',') commas++;
        last = null;
        afterBr = false;
      } else if (child instanceof Element c) {
        String tag = c.normalName();
        if (tag.equals("br")) {
          ends = afterBr;
          afterBr = true;
        } else if (stats.holdsBlock(c) || HtmlTags.isFlowBlock(tag)) {
          ends = true;
        } else {
          int shown = stats.shownChars(c);
          if (shown > 0) {
            chars += shown;
            linked += tag.equals("a") ? shown : (int) Math.round(shown * stats.linkDensity(c));
            commas += stats.commas(c);
            last = c;
            afterBr = false;
          }
        }
      }
      if (ends) {
        if (chars > 0) runs.add(new LooseRun(chars, linked, commas, last));
        chars = 0;
        linked = 0;
        commas = 0;
        last = null;
      }
    }
    return runs;
  }
}
