package dev.newskit.html;

import dev.newskit.core.Block;
import dev.newskit.core.Embed;
import dev.newskit.core.Figure;
import dev.newskit.core.Heading;
import dev.newskit.core.Image;
import dev.newskit.core.ListBlock;
import dev.newskit.core.Paragraph;
import dev.newskit.core.Quote;
import dev.newskit.core.Table;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;

/**
 * The body's HTML as the page wrote it, holding exactly the article's blocks: the markup of each node a kept block was
 * read from, in the body's order (still to be cleaned), so that lines lifted into fields (the headline, the byline, the
 * date) and lines the body leaves out are not in it either.
 *
 * <p>A node whose blocks were not all kept (a box of loose lines of which some are boilerplate) gives its kept blocks'
 * text (a figure its image and caption; a table or an embed still its markup) instead of its markup, so that nothing
 * the body dropped comes back; so does a node whose markup would repeat a node already written.
 */
final class BodyHtml {
  /** The nodes each block came from; blocks read from the same nodes share one list. */
  private final Map<Block, List<Node>> nodesOf = new IdentityHashMap<>();
  /** How many blocks each list of nodes gave. */
  private final Map<List<Node>, Integer> built = new IdentityHashMap<>();

  /** Records the blocks of a built body with the nodes they were read from. */
  void add(BlockBuilder.Body body) {
    for (Block b : body.blocks()) {
      List<Node> nodes = body.nodesOf().get(b);
      if (nodes != null) add(b, nodes);
    }
  }

  /** Records that {@code block} was read from {@code nodes}. */
  void add(Block block, List<Node> nodes) {
    nodesOf.put(block, nodes);
    built.merge(nodes, 1, Integer::sum);
  }

  /** The HTML of the body made of {@code kept}, in order. */
  String html(List<Block> kept) {
    Map<List<Node>, Integer> keptCounts = new IdentityHashMap<>();
    for (Block b : kept) {
      List<Node> nodes = nodesOf.get(b);
      if (nodes != null) keptCounts.merge(nodes, 1, Integer::sum);
    }
    StringBuilder html = new StringBuilder();
    Set<Node> written = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Block b : kept) {
      List<Node> nodes = nodesOf.get(b);
      // A table or an embed has no plain form here: its markup is written even when its node gave more.
      boolean plain = !(b instanceof Table || b instanceof Embed);
      if (nodes == null || plain && !keptCounts.get(nodes).equals(built.get(nodes)) || holdsWritten(nodes.get(0), written)) {
        text(b, html);
      } else if (!written.contains(nodes.get(0)) && !insideWritten(nodes.get(0), written)) {
        written.add(nodes.get(0));
        boolean loose = nodes.size() > 1 || !(nodes.get(0) instanceof Element);
        if (loose) html.append("<p>");
        for (Node n : nodes) html.append(n.outerHtml());
        if (loose) html.append("</p>");
      }
    }
    return html.toString();
  }

  /** Whether a node already written lies inside {@code node}, whose markup would then repeat it. */
  private static boolean holdsWritten(Node node, Set<Node> written) {
    for (Node w : written) {
      for (Node n = w.parent(); n != null; n = n.parent()) if (n == node) return true;
    }
    return false;
  }

  private static boolean insideWritten(Node node, Set<Node> written) {
    for (Node n = node.parent(); n != null; n = n.parent()) if (written.contains(n)) return true;
    return false;
  }

  /**
   * A block as plain markup of what it holds, for a block whose node's markup holds more than the body kept.
   */
  private static void text(Block b, StringBuilder html) {
    if (b instanceof Heading h) {
      int level = h.level();
      html.append("<h").append(level).append('>').append(Entities.escape(h.text())).append("</h").append(level).append('>');
    } else if (b instanceof ListBlock l) {
      html.append(l.ordered() ? "<ol>" : "<ul>");
      for (String item : l.items()) html.append("<li>").append(Entities.escape(item)).append("</li>");
      html.append(l.ordered() ? "</ol>" : "</ul>");
    } else if (b instanceof Quote q) {
      html.append("<blockquote>").append(Entities.escape(q.text())).append("</blockquote>");
    } else if (b instanceof Paragraph && !b.text().isEmpty()) {
      html.append("<p>").append(Entities.escape(b.text())).append("</p>");
    } else if (b instanceof Figure f) {
      Image image = f.image();
      html.append("<figure><img src=\"").append(Entities.escape(image.url().toString())).append('"');
      image.alt().ifPresent(alt -> html.append(" alt=\"").append(Entities.escape(alt)).append('"'));
      html.append('>');
      image.caption().ifPresent(c -> html.append("<figcaption>").append(Entities.escape(c)).append("</figcaption>"));
      html.append("</figure>");
    }
  }
}
