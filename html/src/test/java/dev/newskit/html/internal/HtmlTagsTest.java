package dev.newskit.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link HtmlTags}: the one table of block tags, read column by column. */
class HtmlTagsTest {
  /** A tag's columns as a string: F(low) R(eading) L(ine-breaking) T(rimmed) P(lain text), '-' where it has not. */
  private static String roles(String tag) {
    return (HtmlTags.isFlowBlock(tag) ? "F" : "-") + (HtmlTags.isReadingBlock(tag) ? "R" : "-")
        + (HtmlTags.isLineBreaking(tag) ? "L" : "-") + (HtmlTags.isTrimmedBlock(tag) ? "T" : "-")
        + (HtmlTags.isPlainTextBlock(tag) ? "P" : "-");
  }

  /** Every tag the table names, and some it does not. */
  private static final List<String> ALL = List.of("p", "div", "section", "article", "main", "header", "footer", "aside",
      "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "thead", "tbody",
      "tfoot", "tr", "td", "th", "blockquote", "figure", "figcaption", "picture", "pre", "form", "hr", "address", "center",
      "details", "summary", "iframe", "video", "br", "span", "a", "b", "strong", "em", "i", "u", "abbr", "cite", "code",
      "mark", "small", "sub", "sup", "time", "q", "font", "dfn", "var", "kbd", "s", "img", "label", "custom-element", "",
      "P", "DIV", "BR");

  @Test
  void paragraphsAndContainersHaveEveryRoleTheirUseNeeds() {
    assertEquals("FRLTP", roles("p"));
    assertEquals("FRLTP", roles("div"));
    assertEquals("FRL-P", roles("section"));
    assertEquals("FR--P", roles("article"));
    assertEquals("FRL-P", roles("header"), "a header's sections are lines of the header zone");
    assertEquals("FR--P", roles("main"));
    assertEquals("F---P", roles("nav"), "a menu breaks the flow but is never read as a block of the body");
    assertEquals("F---P", roles("aside"));
    assertEquals("F----", roles("form"));
  }

  @Test
  void headingsOnlyTheSecondLevelBreaksAHeaderIntoLines() {
    assertEquals("FR-TP", roles("h1"));
    assertEquals("FRLTP", roles("h2"));
    for (String h : List.of("h3", "h4", "h5", "h6")) assertEquals("FR-TP", roles(h), h);
  }

  @Test
  void tablePartsAreTrimmedButOnlyRowsAndCellsAreRead() {
    assertEquals("FRLTP", roles("table"));
    assertEquals("-R-TP", roles("tr"));
    assertEquals("-R-T-", roles("td"));
    assertEquals("---T-", roles("th"));
    for (String part : List.of("thead", "tbody", "tfoot")) assertEquals("---T-", roles(part), part);
    assertEquals("---TP", roles("caption"));
  }

  @Test
  void mediaAndEmbedsAreReadAsBlocksOfTheirOwn() {
    assertEquals("-R---", roles("iframe"));
    assertEquals("-R---", roles("video"));
    assertEquals("-R-T-", roles("picture"));
    assertEquals("FRLTP", roles("figure"));
    assertEquals("-R-TP", roles("figcaption"));
  }

  @Test
  void aLineAtTheBodysTopBreaksAtEveryBlockAHeaderLineBreaksAtAndMore() {
    Set<String> body = Set.of("div", "p", "ul", "ol", "section", "header", "footer", "article", "h1", "h2", "h3", "h4",
        "h5", "h6", "figure", "table", "blockquote", "li", "pre");
    for (String tag : ALL) {
      assertEquals(body.contains(tag), HtmlTags.isBodyLineBreaking(tag), tag);
      if (HtmlTags.isLineBreaking(tag)) assertTrue(HtmlTags.isBodyLineBreaking(tag), tag);
    }
  }

  @Test
  void aCommentsTextBreaksIntoLinesAtBlocksAndBreaks() {
    Set<String> lines = Set.of("p", "div", "br", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "ul",
        "ol", "pre", "section", "article", "header", "footer", "table", "tr");
    for (String tag : ALL) assertEquals(lines.contains(tag), HtmlTags.isCommentLineBreak(tag), tag);
  }

  @Test
  void inlineTagsAreNoBlockOfAnyKind() {
    Set<String> inline = Set.of("span", "a", "b", "strong", "em", "i", "u", "abbr", "cite", "code", "mark", "small", "sub",
        "sup", "time", "q", "font", "dfn", "var", "kbd", "s");
    for (String tag : ALL) {
      assertEquals(inline.contains(tag), HtmlTags.isInline(tag), tag);
      if (inline.contains(tag)) assertEquals("-----", roles(tag), tag);
    }
    assertFalse(HtmlTags.isInline("br"));
    assertFalse(HtmlTags.isInline("SPAN"));
  }

  @Test
  void inlineUnknownAndUpperCaseNamesAreNoBlocks() {
    for (String tag : List.of("span", "a", "b", "em", "img", "br", "custom-element", "", "P", "DIV")) {
      assertEquals("-----", roles(tag), tag);
    }
    assertFalse(HtmlTags.isFlowBlock("summary"));
    assertEquals("----P", roles("summary"));
  }
}
