package dev.newskit.html.internal;

import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * An element's text as jsoup's {@link Element#text()} gives it, read by the same rules (those of jsoup 1.24's text
 * accumulator: whitespace collapsed outside preformatted elements, a space at block, line-break and text-boundary
 * edges, the ends trimmed as {@link String#trim} does) without building all of it: its first characters only, or its
 * length only. {@code ElementTextTest} holds these to {@code text()} itself, so a jsoup upgrade that changes the rules
 * shows there.
 */
public final class ElementText {
  private ElementText() {}

  /** The first {@code max} characters of {@code e.text()} (all of it when it is shorter). */
  public static String prefix(Element e, int max) {
    Accumulator a = new Accumulator(new StringBuilder(Math.min(max, 1024) + 16), max);
    NodeTraversor.filter(a, e);
    if (a.firstKept < 0) return "";
    int end = Math.min(a.lastKept + 1, a.firstKept + max);
    return a.out.substring(a.firstKept, end);
  }

  /** The length of {@code e.text()}, counted without building the text. */
  public static int length(Element e) {
    Accumulator a = new Accumulator(null, Integer.MAX_VALUE);
    NodeTraversor.filter(a, e);
    return a.firstKept < 0 ? 0 : a.lastKept - a.firstKept + 1;
  }

  /**
   * The text accumulator: what it would append is counted (and, with a builder, appended), with the places of the
   * first and last characters that {@link String#trim} keeps (those above U+0020). It stops once the trimmed text
   * holds {@code max} characters: what follows cannot change them.
   */
  private static final class Accumulator implements NodeFilter {
    final @Nullable StringBuilder out;
    private final int max;
    private int length;
    private boolean endsWithSpace;
    int firstKept = -1;
    int lastKept = -1;

    Accumulator(@Nullable StringBuilder out, int max) {
      this.out = out;
      this.max = max;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        String text = t.getWholeText();
        if (t instanceof CDataNode || preservesWhitespace(t.parent())) {
          for (int i = 0; i < text.length(); i++) append(text.charAt(i));
        } else {
          appendNormalisedWhitespace(text, endsWithSpace);
        }
      } else if (node instanceof Element e && length > 0 && needsLeadingSeparator(e) && !endsWithSpace) {
        append(' ');
      }
      return full() ? FilterResult.STOP : FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        Node next = node.nextSibling();
        if (needsTrailingSeparator(e) && (next instanceof TextNode || next instanceof Element n && n.tag().isInline())
            && !endsWithSpace) {
          append(' ');
        }
      }
      return full() ? FilterResult.STOP : FilterResult.CONTINUE;
    }

    private boolean full() {
      return firstKept >= 0 && lastKept - firstKept + 1 >= max;
    }

    /**
     * jsoup's {@code StringUtil.appendNormalisedWhitespace} (in a package its module does not export), counted. jsoup
     * reads code points, but neither its whitespace nor its invisible characters lie outside the BMP: a surrogate
     * pair, and a lone surrogate, is appended as it stands, so the text is read char by char.
     */
    private void appendNormalisedWhitespace(String s, boolean stripLeading) {
      boolean lastWasWhite = false;
      boolean reachedNonWhite = false;
      for (int i = 0, n = s.length(); i < n; i++) {
        char c = s.charAt(i);
        if (isActuallyWhitespace(c)) {
          if (stripLeading && !reachedNonWhite || lastWasWhite) continue;
          append(' ');
          lastWasWhite = true;
        } else if (!isInvisibleChar(c)) {
          append(c);
          lastWasWhite = false;
          reachedNonWhite = true;
        }
      }
    }

    /** jsoup's whitespace: space, tab, line feed, form feed, carriage return and the no-break space. */
    private static boolean isActuallyWhitespace(int c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0';
    }

    /** What jsoup drops from normalised text: the zero-width space and the soft hyphen. */
    private static boolean isInvisibleChar(int c) {
      return c == '\u200B' || c == '\u00AD';
    }

    private void append(char c) {
      if (out != null) out.append(c);
      if (c > ' ') {
        if (firstKept < 0) firstKept = length;
        lastKept = length;
      }
      length++;
      endsWithSpace = c == ' ';
    }

    private static boolean needsLeadingSeparator(Element e) {
      return e.isBlock() || e.normalName().equals("br")
          || e.tag().is(Tag.TextBoundary) && e.childNodeSize() > 0 && e.hasText();
    }

    private static boolean needsTrailingSeparator(Element e) {
      return e.tag().is(Tag.TextBoundary) || !e.tag().isInline() || hasBlockChild(e);
    }

    private static boolean hasBlockChild(Element e) {
      for (int i = 0; i < e.childNodeSize(); i++) {
        if (e.childNode(i) instanceof Element c && c.isBlock()) return true;
      }
      return false;
    }

    /** Whether the element or one of its five nearest ancestors keeps whitespace as it is ({@code pre}, {@code textarea}). */
    private static boolean preservesWhitespace(@Nullable Element e) {
      for (int i = 0; e != null && i < 6; i++, e = e.parent()) {
        if (e.tag().preserveWhitespace()) return true;
      }
      return false;
    }
  }
}
