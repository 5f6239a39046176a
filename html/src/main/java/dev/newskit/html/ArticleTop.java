package dev.newskit.html;

import dev.newskit.html.internal.HtmlTags;
import dev.newskit.html.internal.Texts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jspecify.annotations.Nullable;

/**
 * The top of an article outside its body's container: the headline element, the header zone between the headline's
 * container and the body (where bylines, datelines and kickers stand), the standfirst printed there, and the lead
 * figure beside the body.
 */
final class ArticleTop {
  private ArticleTop() {}

  /** The article's headline element: the {@code h1} nearest before the body, or the only one. */
  static @Nullable Element headline(List<Element> h1s, List<Element> content, TextStats stats) {
    if (h1s.isEmpty()) return null;
    if (content.isEmpty() || h1s.size() == 1) return h1s.get(0);
    Element first = content.get(0);
    // The body's index gives every h1 and the body's first element their places in document order.
    int firstAt = stats.position(first);
    Element best = null;
    for (Element h1 : h1s) {
      if (firstAt >= 0 && stats.position(h1) < firstAt && !ContentFinder.isInside(first, h1)) best = h1;
    }
    return best != null ? best : h1s.get(0);
  }

  /**
   * The elements between the article's top and its body, in document order: from the container that
   * holds both the headline and the body (or the body's parent), up to the body's first element.
   */
  static List<Element> zone(Element body, Element first, @Nullable Element h1, TextStats stats) {
    Element container = first.parent();
    if (h1 != null) {
      for (Element p = first.parent(); p != null && p != body.parent(); p = p.parent()) {
        if (p == h1 || ContentFinder.isInside(h1, p)) {
          container = p;
          break;
        }
      }
    }
    if (container == null) return List.of();
    List<Element> zone = new ArrayList<>();
    Set<Element> firstAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
    firstAncestors.addAll(first.parents());
    // The container's subtree runs from its place in the body's document order to past the body's first
    // element; a container above the body (the html element) is walked afresh.
    int from = stats.position(container);
    int to = stats.position(first);
    List<Element> before = from >= 0 && to >= from ? stats.elements().subList(from, to) : container.getAllElements();
    for (Element e : before) {
      if (e == first) break;
      if (e == container || firstAncestors.contains(e)) continue;
      if (isLine(e, false)) zone.add(e);
    }
    return zone.size() > 60 ? zone.subList(zone.size() - 60, zone.size()) : zone;
  }

  /**
   * The standfirst between the headline and the body: lines of the header zone after the headline that a lead,
   * intro or summary class marks (on the line or on a box around it), or that stand straight under the headline, with a
   * sentence's worth of text (or a short deck's, {@link #isShortDeck}) that is not mostly links. Many pages print the article's first paragraph there, outside the body's container.
   */
  static List<Element> leadElements(List<Element> zone, @Nullable Element h1, TextStats stats) {
    List<Element> leads = new ArrayList<>();
    int after = h1 == null ? -1 : stats.position(h1);
    for (Element e : zone) {
      if (after >= 0 && stats.position(e) <= after) continue;
      if (!leads.isEmpty() && ContentFinder.isInside(e, leads.get(leads.size() - 1))) continue;
      boolean placed = isSubheadline(e, h1);
      if (!placed && !Vocabulary.isLead(e, h1)) continue;
      String text = Texts.normalise(e.text());
      if (text.length() < (isShortDeck(e, text, placed) ? SHORT_DECK : 50) || stats.linkDensity(e) >= 0.5
          || Vocabulary.isBoilerplateLine(text)) {
        continue;
      }
      leads.add(e);
    }
    return leads;
  }

  /**
   * Whether {@code e}, a line of the header zone with {@code text}, may be a deck shorter than a sentence: a heading
   * straight under the headline ({@code placed}) whose own class, or that of a box that only wraps it, names a lead
   * ("Diane Keaton Engaging In Lead Role"; {@code <div class="dek"><h2>…</h2></div>}), not a label that ends in a colon.
   */
  private static boolean isShortDeck(Element e, String text, boolean placed) {
    if (!placed || text.endsWith(":")) return false;
    for (Element a = e; a != null; a = a.parent()) {
      if (Vocabulary.namesLead(a)) return true;
      Element parent = a.parent();
      if (parent == null || parent.childrenSize() != 1) return false;
    }
    return false;
  }

  /** The fewest characters of a short deck ({@link #isShortDeck}): a headline's second line. */
  private static final int SHORT_DECK = 20;

  /**
   * A subheadline: an {@code h2}-{@code h4} that comes straight after the headline (its next element, or the
   * only content of the box that is), as pages print the summary sentence under a headline without naming it.
   */
  private static boolean isSubheadline(Element e, @Nullable Element h1) {
    String tag = e.normalName();
    if (h1 == null || !(tag.equals("h2") || tag.equals("h3") || tag.equals("h4"))) return false;
    Element at = e;
    while (at.previousElementSibling() == null && at.parent() != null && at.parent().childrenSize() == 1) at = at.parent();
    Element before = at.previousElementSibling();
    // The headline may close a box of its own (a title wrapper): then that box is what comes before.
    return before != null && (before == h1 || h1.parent() == before && h1.nextElementSibling() == null);
  }

  /**
   * An element whose text is one line: it is no headline, has text, and holds no block that breaks it. The header
   * zone ({@code deep} false) visits every element in turn, so a box is passed over when a child breaks it and its
   * lines are met on their own; the top of the body ({@code deep} true) takes a line whole without visiting what it
   * holds, so no block may be anywhere inside it ({@link HtmlTags#isBodyLineBreaking}, a wider column).
   */
  static boolean isLine(Element e, boolean deep) {
    if (e.normalName().equals("h1")) return false;
    if (!e.hasText()) return false;
    return deep ? !holdsBodyLineBreak(e) : !hasLineBreakingChild(e);
  }

  private static boolean hasLineBreakingChild(Element e) {
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      if (e.childNode(i) instanceof Element c && HtmlTags.isLineBreaking(c.normalName())) return true;
    }
    return false;
  }

  /** Whether a block of the body's top is anywhere below {@code e} (walked from node to node, no list copied). */
  private static boolean holdsBodyLineBreak(Element e) {
    Node n = e.childNodeSize() == 0 ? null : e.childNode(0);
    while (n != null) {
      if (n instanceof Element d && HtmlTags.isBodyLineBreaking(d.normalName())) return true;
      if (n.childNodeSize() > 0) {
        n = n.childNode(0);
        continue;
      }
      while (n != e && n.nextSibling() == null) n = n.parent();
      n = n == e ? null : n.nextSibling();
    }
    return false;
  }

  /** Figures between the headline and the body (the lead image), which the body's container does not hold. */
  static List<Element> leadFigureElements(List<Element> content, @Nullable Element h1) {
    if (content.isEmpty() || h1 == null) return List.of();
    Element first = content.get(0);
    Element parent = first.parent();
    if (parent == null) return List.of();
    List<Element> figures = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == first) break;
      if (content.contains(sibling)) continue;
      if (sibling.normalName().equals("figure") || (sibling.getElementsByTag("figure").size() == 1 && sibling.text().length() < 300)) {
        figures.add(sibling.normalName().equals("figure") ? sibling : sibling.getElementsByTag("figure").first());
      }
    }
    return figures;
  }
}
