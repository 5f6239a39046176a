package dev.newskit.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * How much visible text each element holds and how much of it sits inside links, for a whole subtree
 * in one pass from the leaves up (counting letters and other non-space characters), so that link
 * density costs nothing per element.
 */
final class TextStats {
  private final Map<Element, int[]> counts = new IdentityHashMap<>();

  TextStats(Element root) {
    List<Element> all = root.getAllElements();
    for (int i = all.size() - 1; i >= 0; i--) {
      Element e = all.get(i);
      int text = 0;
      int links = 0;
      for (Node child : e.childNodes()) {
        if (child instanceof TextNode) {
          text += visibleChars(((TextNode) child).getWholeText());
        } else if (child instanceof Element) {
          int[] c = counts.get(child);
          if (c == null) continue;
          text += c[0];
          links += ((Element) child).normalName().equals("a") ? c[0] : c[1];
        }
      }
      counts.put(e, new int[] {text, links});
    }
  }

  /** Non-space characters of visible text inside {@code e}. */
  int text(Element e) {
    int[] c = counts.get(e);
    return c == null ? 0 : c[0];
  }

  /** The share of {@code e}'s text inside links, 0 to 1. */
  double linkDensity(Element e) {
    int[] c = counts.get(e);
    if (c == null || c[0] == 0) return 0;
    int links = e.normalName().equals("a") ? c[0] : c[1];
    return Math.min(1, links / (double) c[0]);
  }

  private static int visibleChars(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00A0') n++;
    }
    return n;
  }
}
