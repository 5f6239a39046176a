package dev.newskit.html;

import dev.newskit.html.internal.HtmlTags;
import dev.newskit.html.internal.Nodes;
import dev.newskit.html.internal.Texts;
import java.util.List;
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
  private static final int HOLDS_BLOCK = 1;
  private static final int HOLDS_READING_BLOCK = 2;

  private final List<Element> elements;
  /** Each element's place in document order, found by identity; the counts below are kept by that place. */
  private final Positions positions;
  private final int[] text;
  private final int[] links;
  private final int[] commas;
  private final int[] shown;
  private final byte[] flags;

  TextStats(Element root) {
    elements = Nodes.elementsOf(root);
    int n = elements.size();
    positions = new Positions(elements);
    text = new int[n];
    links = new int[n];
    commas = new int[n];
    shown = new int[n];
    flags = new byte[n];
    countFromLeaves(n);
  }

  /**
   * The index of a subtree whose elements, in document order, and the counts of each element's own text nodes
   * (non-space, shown characters and commas) a walk already gathered, so that no text is read again: {@code
   * parent} gives each element's parent's place, -1 for the root. The arrays become the index's own.
   */
  TextStats(List<Element> elements, int[] parent, int[] ownText, int[] ownShown, int[] ownCommas) {
    this.elements = elements;
    int n = elements.size();
    positions = new Positions(elements);
    text = ownText;
    shown = ownShown;
    commas = ownCommas;
    links = new int[n];
    flags = new byte[n];
    // From the last element back, each is complete (its descendants come after it) when it is added to its parent.
    for (int i = n - 1; i > 0; i--) {
      int p = parent[i];
      String tag = elements.get(i).normalName();
      text[p] += text[i];
      commas[p] += commas[i];
      shown[p] += shown[i];
      links[p] += tag.equals("a") ? text[i] : links[i];
      flags[p] = (byte) (flags[p] | flagsFor(flags[p], flags[i], tag));
    }
  }

  private void countFromLeaves(int n) {
    // Subtree sizes give each child element its place without a lookup: an element's first child comes
    // right after it in document order, and each next child after the previous child's subtree.
    int[] size = new int[n];
    int[] own = new int[3];
    for (int i = n - 1; i >= 0; i--) {
      Element e = elements.get(i);
      int t = 0;
      int l = 0;
      int f = 0;
      int c = 0;
      int s = 0;
      int next = i + 1;
      // By index: childNodes() would wrap the list, and this runs for every element of the body.
      for (int ci = 0, cn = e.childNodeSize(); ci < cn; ci++) {
        Node child = e.childNode(ci);
        if (child instanceof TextNode) {
          own[0] = 0;
          own[1] = 0;
          own[2] = 0;
          countChars(((TextNode) child).getWholeText(), own);
          t += own[0];
          s += own[1];
          c += own[2];
        } else if (child instanceof Element) {
          int j = next;
          next += size[j];
          Element ce = (Element) child;
          t += text[j];
          c += commas[j];
          s += shown[j];
          String tag = ce.normalName();
          l += tag.equals("a") ? text[j] : links[j];
          f |= flagsFor(f, flags[j], tag);
        }
      }
      size[i] = next - i;
      text[i] = t;
      links[i] = l;
      flags[i] = (byte) f;
      commas[i] = c;
      shown[i] = s;
    }
  }

  /**
   * The flags a child with the flags {@code child} and the tag {@code tag} gives its parent, whose flags are {@code
   * parent} so far: the tag is looked up only for a flag the parent does not have yet (most parents have both after
   * their first block child).
   */
  private static int flagsFor(int parent, int child, String tag) {
    int f = 0;
    if ((parent & HOLDS_BLOCK) == 0 && ((child & HOLDS_BLOCK) != 0 || HtmlTags.isFlowBlock(tag))) f |= HOLDS_BLOCK;
    if ((parent & HOLDS_READING_BLOCK) == 0
        && ((child & HOLDS_READING_BLOCK) != 0 || HtmlTags.isReadingBlock(tag) || tag.equals("img"))) {
      f |= HOLDS_READING_BLOCK;
    }
    return f;
  }

  /**
   * Adds a text's counts as this index keeps them: its non-space characters to {@code counts[0]}, those of them
   * that are not invisible to {@code counts[1]}, and its commas (Latin and Arabic) to {@code counts[2]}.
   */
  static void countChars(String text, int[] counts) {
    int t = 0;
    int s = 0;
    int c = 0;
    for (int k = 0, n = text.length(); k < n; k++) {
      char ch = text.charAt(k);
      // Printable ASCII, most of every page's text, is neither space nor invisible.
      if (ch > ' ' && ch < 0x80) {
        t++;
        s++;
        if (ch == ',') c++;
      } else if (!Texts.isSpace(ch)) {
        t++;
        if (!Texts.isInvisible(ch)) s++;
        if (ch == '،') c++;
      }
    }
    counts[0] += t;
    counts[1] += s;
    counts[2] += c;
  }

  /** Every element of the root's subtree, the root first, in document order. */
  List<Element> elements() {
    return elements;
  }

  /** Non-space characters of visible text inside {@code e}. */
  int text(Element e) {
    int i = positions.of(e);
    return i < 0 ? 0 : text[i];
  }

  /**
   * Characters inside {@code e} that are neither whitespace nor {@linkplain Texts#isInvisible invisible}: a
   * lower bound of the length of its text, in jsoup's {@code text()} and in {@link Texts#normalise} alike.
   */
  int shownChars(Element e) {
    int i = positions.of(e);
    return i < 0 ? 0 : shown[i];
  }

  /** Commas (Latin {@code ,} and Arabic {@code ،}) in the text inside {@code e}. */
  int commas(Element e) {
    int i = positions.of(e);
    return i < 0 ? 0 : commas[i];
  }

  /** The share of {@code e}'s text inside links, 0 to 1. */
  double linkDensity(Element e) {
    int i = positions.of(e);
    if (i < 0 || text[i] == 0) return 0;
    return Math.min(1, linkText(e, i) / (double) text[i]);
  }

  /**
   * Whether some link inside {@code e} (or {@code e} itself) has text other than whitespace; true when
   * {@code e} is outside the indexed subtree, where nothing is known.
   */
  boolean mayHoldLinkText(Element e) {
    int i = positions.of(e);
    return i < 0 || linkText(e, i) > 0;
  }

  private int linkText(Element e, int i) {
    return e.normalName().equals("a") ? text[i] : links[i];
  }

  /** The element's place in document order, or -1 when it is outside the indexed subtree. */
  int position(Element e) {
    return positions.of(e);
  }

  /** Whether a block-level element (a paragraph, a list, a section, ...) sits somewhere inside {@code e}. */
  boolean holdsBlock(Element e) {
    int i = positions.of(e);
    return i >= 0 && (flags[i] & HOLDS_BLOCK) != 0;
  }

  /**
   * Whether something that reads as its own block (a paragraph, a list, a figure, an embed, an image) sits
   * somewhere inside {@code e}, so that {@code e} is not one run of inline text.
   */
  boolean holdsReadingBlock(Element e) {
    int i = positions.of(e);
    return i >= 0 && (flags[i] & HOLDS_READING_BLOCK) != 0;
  }

  /**
   * Whether an image can sit somewhere inside {@code e}: something that reads as its own block or an image
   * does, or {@code e} is outside the indexed subtree, where nothing is known.
   */
  boolean mayHoldImage(Element e) {
    int i = positions.of(e);
    return i < 0 || (flags[i] & HOLDS_READING_BLOCK) != 0;
  }

  /**
   * Elements to their places in a list, by identity: open addressing over two flat arrays, which costs
   * a third of an {@code IdentityHashMap} with a boxed value per element.
   */
  private static final class Positions {
    private final Element[] keys;
    private final int[] values;
    private final int mask;

    Positions(List<Element> elements) {
      int capacity = Integer.highestOneBit(Math.max(4, elements.size() * 2 - 1)) << 1;
      keys = new Element[capacity];
      values = new int[capacity];
      mask = capacity - 1;
      for (int i = 0; i < elements.size(); i++) {
        Element e = elements.get(i);
        int slot = slot(e);
        while (keys[slot] != null && keys[slot] != e) slot = (slot + 1) & mask;
        if (keys[slot] == null) {
          keys[slot] = e;
          values[slot] = i;
        }
      }
    }

    /** The place of {@code e}, or -1 when it is not in the list. */
    int of(Element e) {
      for (int slot = slot(e); ; slot = (slot + 1) & mask) {
        Element k = keys[slot];
        if (k == e) return values[slot];
        if (k == null) return -1;
      }
    }

    private int slot(Element e) {
      int h = System.identityHashCode(e);
      // Spread the high bits down, as HashMap does, since the table's index takes only the low ones.
      return (h ^ (h >>> 16)) & mask;
    }
  }
}
