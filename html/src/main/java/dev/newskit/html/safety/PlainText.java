package dev.newskit.html.safety;

import dev.newskit.html.internal.HtmlTags;
import dev.newskit.html.internal.TextSanitizer;
import dev.newskit.html.internal.Texts;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** HTML as plain text: block elements separated by a blank line, line breaks kept, whitespace collapsed. */
final class PlainText {
  private PlainText() {}

  static String of(Element root) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode) {
          String t = TextSanitizer.clean(Texts.collapseWhitespace(((TextNode) node).getWholeText())).replace('\u00A0', ' ');
          if (out.length() == 0 || out.charAt(out.length() - 1) == '\n') t = t.stripLeading();
          out.append(t);
        } else if (node instanceof Element) {
          String tag = ((Element) node).normalName();
          if (tag.equals("br")) {
            trimEnd(out);
            out.append('\n');
          } else if (HtmlTags.isPlainTextBlock(tag)) {
            breakParagraph(out, tag.equals("li") || tag.equals("tr") || tag.equals("dt") || tag.equals("dd"));
          } else if (tag.equals("td") || tag.equals("th")) {
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\t');
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element && HtmlTags.isPlainTextBlock(((Element) node).normalName())) {
          String tag = ((Element) node).normalName();
          breakParagraph(out, tag.equals("li") || tag.equals("tr") || tag.equals("dt") || tag.equals("dd"));
        }
      }
    }, root);
    return out.toString().strip();
  }

  private static void breakParagraph(StringBuilder out, boolean lineOnly) {
    trimEnd(out);
    if (out.length() == 0) return;
    if (lineOnly) {
      if (out.charAt(out.length() - 1) != '\n') out.append('\n');
      return;
    }
    int newlines = 0;
    for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) newlines++;
    while (newlines++ < 2) out.append('\n');
  }

  private static void trimEnd(StringBuilder out) {
    while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
  }
}
