package dev.newskit.html.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The HTML tags the extractor and the cleaner tell apart, in one table, and the named sets they use, each a
 * column of it: which tags break the flow of text for finding the body, which read as blocks of their own,
 * which break a line of a page's header or of the top of its body, which the cleaner trims at their edges,
 * which end a paragraph in plain text, which end a line of a reader's comment, and which run inside a
 * sentence. One table, so that a tag added to one use is weighed for the others.
 */
public final class HtmlTags {
  private static final int FLOW = 1;
  private static final int READING = 2;
  private static final int LINE_BREAKING = 4;
  private static final int TRIMMED = 8;
  private static final int PLAIN_TEXT = 16;
  private static final int BODY_LINE_BREAKING = 32;
  private static final int COMMENT_LINE = 64;
  private static final int INLINE = 128;

  private static final Map<String, Integer> ROLES = new HashMap<>();

  static {
    // tag, then its columns: FLOW READING LINE_BREAKING TRIMMED PLAIN_TEXT BODY_LINE_BREAKING COMMENT_LINE (INLINE below)
    row("p", FLOW | READING | LINE_BREAKING | TRIMMED | PLAIN_TEXT | BODY_LINE_BREAKING | COMMENT_LINE);
    row("div", FLOW | READING | LINE_BREAKING | TRIMMED | PLAIN_TEXT | BODY_LINE_BREAKING | COMMENT_LINE);
    row("section", FLOW | READING | LINE_BREAKING | PLAIN_TEXT | BODY_LINE_BREAKING | COMMENT_LINE);
    row("article", FLOW | READING | PLAIN_TEXT | BODY_LINE_BREAKING | COMMENT_LINE);
    row("main", FLOW | READING | PLAIN_TEXT);
    row("header", FLOW | READING | LINE_BREAKING | PLAIN_TEXT | BODY_LINE_BREAKING | COMMENT_LINE);
    row("footer", FLOW | READING | PLAIN_TEXT | BODY_LINE_BREAKING | COMMENT_LINE);
    row("aside", FLOW | PLAIN_TEXT);
    row("nav", FLOW | PLAIN_TEXT);
    row("h1", FLOW | READING | TRIMMED | PLAIN_TEXT | BODY_LINE_BREAKING | COMMENT_LINE);
    row("h2", FLOW | READING | LINE_BREAKING | TRIMMED | PLAIN_TEXT | BODY_LINE_BREAKING | COMMENT_LINE);
    for (String h : new String[] {"h3", "h4", "h5", "h6"}) {
      row(h, FLOW | READING | TRIMMED | PLAIN_TEXT | BODY_LINE_BREAKING | COMMENT_LINE);
    }
    row("ul", FLOW | READING | LINE_BREAKING | TRIMMED | PLAIN_TEXT | BODY_LINE_BREAKING | COMMENT_LINE);
    row("ol", FLOW | READING | LINE_BREAKING | TRIMMED | PLAIN_TEXT | BODY_LINE_BREAKING | COMMENT_LINE);
    row("li", FLOW | READING | TRIMMED | PLAIN_TEXT | BODY_LINE_BREAKING | COMMENT_LINE);
    row("dl", FLOW | READING | TRIMMED | PLAIN_TEXT);
    row("dt", TRIMMED | PLAIN_TEXT | COMMENT_LINE);
    row("dd", TRIMMED | PLAIN_TEXT | COMMENT_LINE);
    row("table", FLOW | READING | LINE_BREAKING | TRIMMED | PLAIN_TEXT | BODY_LINE_BREAKING | COMMENT_LINE);
    row("caption", TRIMMED | PLAIN_TEXT);
    row("thead", TRIMMED);
    row("tbody", TRIMMED);
    row("tfoot", TRIMMED);
    row("tr", READING | TRIMMED | PLAIN_TEXT | COMMENT_LINE);
    row("td", READING | TRIMMED);
    row("th", TRIMMED);
    row("blockquote", FLOW | READING | TRIMMED | PLAIN_TEXT | BODY_LINE_BREAKING | COMMENT_LINE);
    row("figure", FLOW | READING | LINE_BREAKING | TRIMMED | PLAIN_TEXT | BODY_LINE_BREAKING);
    row("figcaption", READING | TRIMMED | PLAIN_TEXT);
    row("picture", READING | TRIMMED);
    row("pre", FLOW | READING | PLAIN_TEXT | BODY_LINE_BREAKING | COMMENT_LINE);
    row("form", FLOW);
    row("hr", FLOW | READING | PLAIN_TEXT);
    row("address", FLOW | READING | PLAIN_TEXT);
    row("center", FLOW | READING);
    row("details", FLOW | READING | PLAIN_TEXT);
    row("summary", PLAIN_TEXT);
    row("iframe", READING);
    row("video", READING);
    row("br", COMMENT_LINE);
    // the inline tags: words of a sentence, whatever their class says
    for (String tag : new String[] {"span", "a", "b", "strong", "em", "i", "u", "abbr", "cite", "code", "mark", "small",
        "sub", "sup", "time", "q", "font", "dfn", "var", "kbd", "s"}) {
      row(tag, INLINE);
    }
  }

  private HtmlTags() {}

  private static void row(String tag, int roles) {
    ROLES.put(tag, roles);
  }

  private static boolean has(String tag, int role) {
    Integer roles = ROLES.get(tag);
    return roles != null && (roles & role) != 0;
  }

  /** A block that breaks the flow of text: an element holding one is a container, not a paragraph. */
  public static boolean isFlowBlock(String normalName) {
    return has(normalName, FLOW);
  }

  /** A block the article body is read as on its own (paragraph, heading, list, figure, table, embed). */
  public static boolean isReadingBlock(String normalName) {
    return has(normalName, READING);
  }

  /** A child that makes its parent more than one line of a page's header zone. */
  public static boolean isLineBreaking(String normalName) {
    return has(normalName, LINE_BREAKING);
  }

  /**
   * A block anywhere inside an element that makes it more than one line at the top of an article's body: wider
   * than {@link #isLineBreaking}, since a line there is taken whole and every block inside it would be lost with it.
   */
  public static boolean isBodyLineBreaking(String normalName) {
    return has(normalName, BODY_LINE_BREAKING);
  }

  /** A block whose leading and trailing whitespace browsers do not render (the cleaner trims it). */
  public static boolean isTrimmedBlock(String normalName) {
    return has(normalName, TRIMMED);
  }

  /** A block that starts and ends a paragraph (or, for rows and list items, a line) in plain text. */
  public static boolean isPlainTextBlock(String normalName) {
    return has(normalName, PLAIN_TEXT);
  }

  /** A tag that starts and ends a line of a reader's comment as its text is read (a {@code <br>} among them). */
  public static boolean isCommentLineBreak(String normalName) {
    return has(normalName, COMMENT_LINE);
  }

  /** An inline element: it runs inside a sentence's text ({@code span}, {@code a}, {@code strong}, {@code time}). */
  public static boolean isInline(String normalName) {
    return has(normalName, INLINE);
  }
}
