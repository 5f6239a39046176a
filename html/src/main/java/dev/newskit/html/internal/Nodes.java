package dev.newskit.html.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/** Changes to a parsed page made in bulk, because jsoup's one-node-at-a-time edits are quadratic on wide pages. */
public final class Nodes {
  private Nodes() {}

  /**
   * Removes every node of {@code doomed} from its parent, each parent's child list rebuilt once. Removing
   * one child costs a scan and a re-index of every later sibling in jsoup, so removing many children of one
   * parent node by node is quadratic (50,000 of 100,000 siblings took seconds). Nodes already detached,
   * and nodes inside another doomed node, are fine: they go with it.
   */
  public static void removeAll(List<? extends Node> doomed) {
    removeAll(doomed, PageEdits.NONE);
  }

  /** Like {@link #removeAll(List)}, telling {@code edits} of each parent before it changes. */
  public static void removeAll(List<? extends Node> doomed, PageEdits edits) {
    if (doomed.isEmpty()) return;
    // Per parent, its one doomed child, or a set of them when it has several (most parents lose one).
    Map<Element, Object> byParent = new IdentityHashMap<>();
    for (Node n : doomed) {
      Node parent = n.parent();
      if (!(parent instanceof Element)) continue;
      Object had = byParent.putIfAbsent((Element) parent, n);
      if (had == null || had == n) continue;
      if (had instanceof Node) {
        Set<Node> several = Collections.newSetFromMap(new IdentityHashMap<>());
        several.add((Node) had);
        byParent.put((Element) parent, several);
        had = several;
      }
      @SuppressWarnings("unchecked")
      Set<Node> several = (Set<Node>) had;
      several.add(n);
    }
    for (Map.Entry<Element, Object> entry : byParent.entrySet()) {
      Element parent = entry.getKey();
      edits.changing(parent);
      if (entry.getValue() instanceof Node one) {
        one.remove();
        continue;
      }
      @SuppressWarnings("unchecked")
      Set<Node> gone = (Set<Node>) entry.getValue();
      List<Node> kept = new ArrayList<>(parent.childNodeSize());
      for (Node child : parent.childNodes()) if (!gone.contains(child)) kept.add(child);
      replaceChildren(parent, kept);
    }
  }

  /** Gives {@code parent} exactly {@code children}, in one pass; the children it had and loses are detached. */
  public static void replaceChildren(Element parent, List<Node> children) {
    parent.empty();
    for (Node child : children) parent.appendChild(child);
  }
}
