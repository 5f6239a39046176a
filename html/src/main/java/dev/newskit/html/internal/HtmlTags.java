package dev.newskit.html.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The block-level HTML tags, in one table, and the named sets the extractor and the cleaner use, each a
 * column of it: which tags break the flow of text for finding the body, which read as blocks of their own,
 * which hold lines in a page's header, which the cleaner trims at their edges, and which end a paragraph in
 * plain text. One table, so that a tag added to one use is weighed for the others.
 */
public final class HtmlTags {
  private static final int FLOW = 1;
  private static final int READING = 2;
  private static final int LINE_BREAKING = 4;
  private static final int TRIMMED = 8;
  private static final int PLAIN_TEXT = 16;

  private static final Map<String, Integer> ROLES = new HashMap<>();

  static {
    // tag, then its columns: FLOW READING LINE_BREAKING TRIMMED PLAIN_TEXT
    row("p", FLOW | READING | LINE_BREAKING | TRIMMED | PLAIN_TEXT);
    row("div", FLOW | READING | LINE_BREAKING | TRIMMED | PLAIN_TEXT);
    row("section", FLOW | READING | LINE_BREAKING | PLAIN_TEXT);
    row("article", FLOW | READING | PLAIN_TEXT);
    row("main", FLOW | READING | PLAIN_TEXT);
    row("header", FLOW | READING | LINE_BREAKING | PLAIN_TEXT);
    row("footer", FLOW | READING | PLAIN_TEXT);
    row("aside", FLOW | PLAIN_TEXT);
    row("nav", FLOW | PLAIN_TEXT);
    row("h1", FLOW | READING | TRIMMED | PLAIN_TEXT);
    row("h2", FLOW | READING | LINE_BREAKING | TRIMMED | PLAIN_TEXT);
    for (String h : new String[] {"h3", "h4", "h5", "h6"}) row(h, FLOW | READING | TRIMMED | PLAIN_TEXT);
    row("ul", FLOW | READING | LINE_BREAKING | TRIMMED | PLAIN_TEXT);
    row("ol", FLOW | READING | LINE_BREAKING | TRIMMED | PLAIN_TEXT);
    row("li", FLOW | READING | TRIMMED | PLAIN_TEXT);
    row("dl", FLOW | READING | TRIMMED | PLAIN_TEXT);
    row("dt", TRIMMED | PLAIN_TEXT);
    row("dd", TRIMMED | PLAIN_TEXT);
    row("table", FLOW | READING | LINE_BREAKING | TRIMMED | PLAIN_TEXT);
    row("caption", TRIMMED | PLAIN_TEXT);
    row("thead", TRIMMED);
    row("tbody", TRIMMED);
    row("tfoot", TRIMMED);
    row("tr", READING | TRIMMED | PLAIN_TEXT);
    row("td", READING | TRIMMED);
    row("th", TRIMMED);
    row("blockquote", FLOW | READING | TRIMMED | PLAIN_TEXT);
    row("figure", FLOW | READING | LINE_BREAKING | TRIMMED | PLAIN_TEXT);
    row("figcaption", READING | TRIMMED | PLAIN_TEXT);
    row("picture", READING | TRIMMED);
    row("pre", FLOW | READING | PLAIN_TEXT);
    row("form", FLOW);
    row("hr", FLOW | READING | PLAIN_TEXT);
    row("address", FLOW | READING | PLAIN_TEXT);
    row("center", FLOW | READING);
    row("details", FLOW | READING | PLAIN_TEXT);
    row("summary", PLAIN_TEXT);
    row("iframe", READING);
    row("video", READING);
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

  /** A block whose leading and trailing whitespace browsers do not render (the cleaner trims it). */
  public static boolean isTrimmedBlock(String normalName) {
    return has(normalName, TRIMMED);
  }

  /** A block that starts and ends a paragraph (or, for rows and list items, a line) in plain text. */
  public static boolean isPlainTextBlock(String normalName) {
    return has(normalName, PLAIN_TEXT);
  }
}
