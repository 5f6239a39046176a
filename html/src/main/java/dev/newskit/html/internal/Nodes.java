package dev.newskit.html.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjIntConsumer;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeVisitor;

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
    // Sized for every node having its own parent, so that the table is never rebuilt as it fills.
    Map<Element, Object> byParent = new IdentityHashMap<>(doomed.size());
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
      for (int i = 0, n = parent.childNodeSize(); i < n; i++) {
        Node child = parent.childNode(i);
        if (!gone.contains(child)) kept.add(child);
      }
      replaceChildren(parent, kept);
    }
  }

  /** Whether {@code e} is hidden by an attribute: {@code hidden}, or {@code aria-hidden="true"}. */
  public static boolean hasHiddenAttribute(Element e) {
    return e.attributesSize() > 0 && (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true"));
  }

  /**
   * Every element of {@code root}'s subtree, {@code root} first, in document order: what jsoup's
   * {@code getAllElements()} returns, gathered by child index, without a node iterator and a stream.
   */
  public static List<Element> elementsOf(Element root) {
    List<Element> out = new ArrayList<>();
    forEachElement(root, (e, depth) -> out.add(e));
    return out;
  }

  /**
   * Calls {@code visit} on {@code root} (at depth 0) and every element under it with its depth below {@code root}, in
   * document order, by child index: the text nodes, half of a page's nodes, are not visited.
   */
  public static void forEachElement(Element root, ObjIntConsumer<Element> visit) {
    Element[] open = new Element[32];
    int[] next = new int[32];
    int depth = 0;
    open[0] = root;
    visit.accept(root, 0);
    while (depth >= 0) {
      Element e = open[depth];
      int i = next[depth];
      if (i >= e.childNodeSize()) {
        depth--;
        continue;
      }
      next[depth] = i + 1;
      if (e.childNode(i) instanceof Element child) {
        visit.accept(child, ++depth);
        if (depth == open.length) {
          open = Arrays.copyOf(open, depth * 2);
          next = Arrays.copyOf(next, depth * 2);
        }
        open[depth] = child;
        next[depth] = 0;
      }
    }
  }

  /**
   * Calls {@code visitor} on {@code root} and every node under it, head before and tail after each node's
   * children, as jsoup's {@code NodeTraversor.traverse} does for a visitor that changes nothing: by child
   * index, without asking each node for its sibling index.
   */
  public static void traverse(NodeVisitor visitor, Node root) {
    Node[] open = new Node[32];
    int[] next = new int[32];
    int depth = 0;
    open[0] = root;
    visitor.head(root, 0);
    while (depth >= 0) {
      Node n = open[depth];
      int i = next[depth];
      if (i >= n.childNodeSize()) {
        visitor.tail(n, depth);
        depth--;
        continue;
      }
      next[depth] = i + 1;
      Node child = n.childNode(i);
      visitor.head(child, depth + 1);
      if (child.childNodeSize() == 0) {
        visitor.tail(child, depth + 1);
        continue;
      }
      if (++depth == open.length) {
        open = Arrays.copyOf(open, depth * 2);
        next = Arrays.copyOf(next, depth * 2);
      }
      open[depth] = child;
      next[depth] = 0;
    }
  }

  /**
   * {@code parent}'s child nodes in an array of their own, read by index: jsoup's {@code childNodes()} copies its list
   * into a new one and wraps that, so reading children through it costs two copies and a wrapper.
   */
  public static Node[] childNodeArray(Node parent) {
    Node[] out = new Node[parent.childNodeSize()];
    for (int i = 0; i < out.length; i++) out[i] = parent.childNode(i);
    return out;
  }

  /** Gives {@code parent} exactly {@code children}, in one pass; the children it had and loses are detached. */
  public static void replaceChildren(Element parent, List<Node> children) {
    parent.empty();
    for (Node child : children) parent.appendChild(child);
  }
}
