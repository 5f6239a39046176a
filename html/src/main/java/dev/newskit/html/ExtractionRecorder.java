package dev.newskit.html;

import dev.newskit.core.Block;
import dev.newskit.core.Comment;
import dev.newskit.core.FieldSource;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Where the extractor reports its decisions as it makes them, for {@link ArticleExtractor#explain}. Every
 * method does nothing by default, and plain extraction uses {@link #NONE}, so recording costs nothing
 * there: callers pass values they already hold.
 */
interface ExtractionRecorder {
  /** The recorder of plain extraction: it keeps nothing. */
  ExtractionRecorder NONE = new ExtractionRecorder() {};

  /** The parsed page, before anything is pruned from it. */
  default void page(Document doc) {}

  /** {@code e} and everything in it were pruned before the body was looked for. */
  default void removed(Element e, Explanation.Reason reason) {}

  /** The elements chosen to hold the body. */
  default void container(List<Element> content) {}

  /** A sibling of the body's best container was not taken into the body. */
  default void rejected(Element sibling, Explanation.Reason reason) {}

  /** {@code block} was made from {@code source} (an element or a text node). */
  default void built(Node source, Block block) {}

  /** {@code source}, inside the body's elements, made no block. */
  default void skipped(Node source, Explanation.Reason reason) {}

  /**
   * {@code line}, text and inline elements that stand as a line of their own (a run between blocks, a line of
   * links), made no block: it was left out as a whole, not cut from a sentence.
   */
  default void skippedLine(List<Node> line, Explanation.Reason reason) {
    for (Node n : line) skipped(n, reason);
  }

  /** A block made from the body was left out of it. */
  default void dropped(Block block, Explanation.Reason reason) {}

  /** A block made from the body repeats a field read elsewhere (the title, a header line) and was left out. */
  default void repeatsField(Block block) {}

  /** A block made from the body was read as {@code field} and left out of the body. */
  default void lifted(Block block, String field) {}

  /** {@code line}, outside the body, was read as {@code field}. */
  default void liftedLine(Element line, String field) {}

  /**
   * A reader's comment was read from {@code readFrom} (its entry's box, or a {@code dt} with its {@code dd}s), before
   * pruning: what is in those elements is lifted into {@code comments} if the article keeps the comment.
   */
  default void comment(Comment comment, List<Element> readFrom) {}

  /** A value weighed for {@code field}; {@code note} says why it won or lost. */
  default void candidate(String field, String value, FieldSource source, boolean chosen, String note) {}
}
