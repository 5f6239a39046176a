package dev.newskit.html.internal;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The child lists of a page's elements as they were before the page was edited, so that a rarely needed
 * reading of the page as parsed can wait until it is needed instead of running on every page before the
 * edits. Each element's list is kept once, before its first change; attributes are not kept.
 */
public final class PageEdits {
  /** Edits that keep nothing, for callers that never read the page as it was. */
  public static final PageEdits NONE = new PageEdits(false);

  private final boolean keeping;
  private final Map<Element, Node[]> before = new IdentityHashMap<>();

  private PageEdits(boolean keeping) {
    this.keeping = keeping;
  }

  /** Edits that keep each changed element's children as they were, for {@link #readUnedited}. */
  public static PageEdits keeping() {
    return new PageEdits(true);
  }

  /** Notes that {@code parent}'s children are about to change: the first time, they are kept as they are. */
  public void changing(Element parent) {
    if (keeping && !before.containsKey(parent)) before.put(parent, Nodes.childNodeArray(parent));
  }

  /**
   * What {@code read} returns on the page with its kept child lists put back, every element's children as
   * before the edits; the edited lists are put back afterwards, so the page is left as it was found.
   */
  public <T> T readUnedited(Supplier<T> read) {
    if (!keeping) throw new IllegalStateException("these edits keep nothing to read");
    Map<Element, Node[]> edited = new IdentityHashMap<>();
    for (Element e : before.keySet()) edited.put(e, Nodes.childNodeArray(e));
    // Every kept list was taken before its element's first change, so the lists agree on each node's parent
    // and putting them back in any order gives the page as it was.
    set(before);
    try {
      return read.get();
    } finally {
      set(edited);
    }
  }

  private static void set(Map<Element, Node[]> lists) {
    for (Map.Entry<Element, Node[]> entry : lists.entrySet()) Nodes.replaceChildren(entry.getKey(), Arrays.asList(entry.getValue()));
  }
}
