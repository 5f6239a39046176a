package dev.newskit.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The scores {@link ContentFinder} gives candidate containers, kept by each element's place in the body's
 * {@link TextStats} in flat arrays rather than a map of boxed numbers: a page scores hundreds of boxes. The few
 * elements above the indexed body that a paragraph's score reaches (the {@code html} element, the document) are
 * kept aside.
 */
final class ContainerScores {
  private final TextStats stats;
  private final double[] byPlace;
  private final boolean[] scored;
  /** The scored elements outside the index, which has no place for them. */
  private final Map<Element, Double> outside = new IdentityHashMap<>(4);
  /** {@link #outside}'s elements in the order they were first scored, which the ranking keeps among equals. */
  private final List<Element> outsideOrder = new ArrayList<>(2);

  ContainerScores(TextStats stats) {
    this.stats = stats;
    int n = stats.elements().size();
    byPlace = new double[n];
    scored = new boolean[n];
  }

  /** Whether {@code e} has a score. */
  boolean has(Element e) {
    int i = stats.position(e);
    return i >= 0 ? scored[i] : outside.containsKey(e);
  }

  /** Adds {@code amount} to {@code e}'s score; the first amount is its score. */
  void add(Element e, double amount) {
    int i = stats.position(e);
    if (i < 0) {
      if (!outside.containsKey(e)) outsideOrder.add(e);
      outside.merge(e, amount, Double::sum);
    } else if (scored[i]) {
      byPlace[i] += amount;
    } else {
      byPlace[i] = amount;
      scored[i] = true;
    }
  }

  /** {@code e}'s score, or null when it has none. */
  @Nullable Double get(Element e) {
    int i = stats.position(e);
    if (i < 0) return outside.get(e);
    return scored[i] ? byPlace[i] : null;
  }

  /** {@code e}'s score, or 0 when it has none. */
  double getOrZero(Element e) {
    Double s = get(e);
    return s == null ? 0 : s;
  }

  /** Scales every score by how little of its element's text sits in links. */
  void scaleByLinkDensity() {
    for (Map.Entry<Element, Double> entry : outside.entrySet()) {
      entry.setValue(entry.getValue() * (1 - stats.linkDensity(entry.getKey())));
    }
    List<Element> elements = stats.elements();
    for (int i = 0; i < byPlace.length; i++) {
      if (scored[i]) byPlace[i] *= 1 - stats.linkDensity(elements.get(i));
    }
  }

  /** A scored element, with its score and its place in the index (-1 outside it). */
  record Candidate(Element element, double score, int place) {}

  /**
   * The scored elements, the best first; equal scores go to the element first in document order (those outside the
   * index before those in it, in the order they were scored), so that the order never depends on identity-hash
   * order, which changes from JVM to JVM.
   */
  List<Candidate> ranked() {
    List<Candidate> ranked = new ArrayList<>(outside.size() + 16);
    for (Element e : outsideOrder) ranked.add(new Candidate(e, outside.get(e), -1));
    List<Element> elements = stats.elements();
    for (int i = 0; i < byPlace.length; i++) if (scored[i]) ranked.add(new Candidate(elements.get(i), byPlace[i], i));
    ranked.sort((a, b) -> {
      int byScore = Double.compare(b.score, a.score);
      return byScore != 0 ? byScore : Integer.compare(a.place, b.place);
    });
    return ranked;
  }
}
