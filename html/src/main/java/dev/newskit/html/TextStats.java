package dev.newskit.html;

import dev.newskit.html.internal.HtmlTags;
import dev.newskit.html.internal.Texts;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The index of a prepared page's body, built in one pass from the leaves up: each element's place in
 * document order, how much visible text it holds (letters and other non-space characters), how much
 * of it sits inside links and how many commas it has, and whether a block-level element (or, for reading, an image) sits somewhere
 * inside it. {@link ContentFinder}, {@link BlockBuilder} and {@link Extraction} read it instead of walking
 * the body again; it is valid as long as the body is not changed.
 */
final class TextStats {
  private static final int TEXT = 0;
  private static final int LINKS = 1;
  private static final int POSITION = 2;
  private static final int FLAGS = 3;
  private static final int COMMAS = 4;
  private static final int SHOWN = 5;
  private static final int HOLDS_BLOCK = 1;
  private static final int HOLDS_READING_BLOCK = 2;

  private final Map<Element, int[]> counts;
  private final List<Element> elements;

  TextStats(Element root) {
    elements = root.getAllElements();
    counts = new IdentityHashMap<>(elements.size() * 2);
    for (int i = elements.size() - 1; i >= 0; i--) {
      Element e = elements.get(i);
      int text = 0;
      int links = 0;
      int flags = 0;
      int commas = 0;
      int shown = 0;
      // By index: childNodes() would wrap the list, and this runs for every element of the body.
      for (int ci = 0, cn = e.childNodeSize(); ci < cn; ci++) {
        Node child = e.childNode(ci);
        if (child instanceof TextNode) {
          String t = ((TextNode) child).getWholeText();
          for (int k = 0; k < t.length(); k++) {
            char ch = t.charAt(k);
            if (!Texts.isSpace(ch)) {
              text++;
              if (!Texts.isInvisible(ch)) shown++;
            }
            if (ch == ',' || ch == '،') commas++;
          }
        } else if (child instanceof Element) {
          int[] c = counts.get(child);
          if (c == null) continue;
          Element ce = (Element) child;
          text += c[TEXT];
          commas += c[COMMAS];
          shown += c[SHOWN];
          links += ce.normalName().equals("a") ? c[TEXT] : c[LINKS];
          String tag = ce.normalName();
          if ((c[FLAGS] & HOLDS_BLOCK) != 0 || HtmlTags.isFlowBlock(tag)) flags |= HOLDS_BLOCK;
          if ((c[FLAGS] & HOLDS_READING_BLOCK) != 0 || HtmlTags.isReadingBlock(tag) || tag.equals("img")) {
            flags |= HOLDS_READING_BLOCK;
          }
        }
      }
      counts.put(e, new int[] {text, links, i, flags, commas, shown});
    }
  }

  /** Every element of the root's subtree, the root first, in document order. */
  List<Element> elements() {
    return elements;
  }

  /** Non-space characters of visible text inside {@code e}. */
  int text(Element e) {
    int[] c = counts.get(e);
    return c == null ? 0 : c[TEXT];
  }

  /**
   * Characters inside {@code e} that are neither whitespace nor {@linkplain Texts#isInvisible invisible}: a
   * lower bound of the length of its text, in jsoup's {@code text()} and in {@link Texts#normalise} alike.
   */
  int shownChars(Element e) {
    int[] c = counts.get(e);
    return c == null ? 0 : c[SHOWN];
  }

  /** Commas (Latin {@code ,} and Arabic {@code ،}) in the text inside {@code e}. */
  int commas(Element e) {
    int[] c = counts.get(e);
    return c == null ? 0 : c[COMMAS];
  }

  /** The share of {@code e}'s text inside links, 0 to 1. */
  double linkDensity(Element e) {
    int[] c = counts.get(e);
    if (c == null || c[TEXT] == 0) return 0;
    int links = e.normalName().equals("a") ? c[TEXT] : c[LINKS];
    return Math.min(1, links / (double) c[TEXT]);
  }

  /** The element's place in document order, or -1 when it is outside the indexed subtree. */
  int position(Element e) {
    int[] c = counts.get(e);
    return c == null ? -1 : c[POSITION];
  }

  /** Whether a block-level element (a paragraph, a list, a section, ...) sits somewhere inside {@code e}. */
  boolean holdsBlock(Element e) {
    int[] c = counts.get(e);
    return c != null && (c[FLAGS] & HOLDS_BLOCK) != 0;
  }

  /**
   * Whether something that reads as its own block (a paragraph, a list, a figure, an embed, an image) sits
   * somewhere inside {@code e}, so that {@code e} is not one run of inline text.
   */
  boolean holdsReadingBlock(Element e) {
    int[] c = counts.get(e);
    return c != null && (c[FLAGS] & HOLDS_READING_BLOCK) != 0;
  }
}
