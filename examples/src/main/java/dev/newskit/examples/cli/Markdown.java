package dev.newskit.examples.cli;

import dev.newskit.core.Article;
import dev.newskit.core.Author;
import dev.newskit.core.Block;
import dev.newskit.core.Comment;
import dev.newskit.core.Embed;
import dev.newskit.core.Figure;
import dev.newskit.core.Heading;
import dev.newskit.core.Link;
import dev.newskit.core.ListBlock;
import dev.newskit.core.Paragraph;
import dev.newskit.core.Quote;
import dev.newskit.core.Table;
import dev.newskit.core.TextDirection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An article as readable Markdown: headings, paragraphs and list items with their links, quotes,
 * figures, tables and embeds, then the readers' comments. The article model holds links but no inline styling, so when the clean
 * body HTML is given, a paragraph or list item whose text matches an element of it is written from
 * that element, keeping emphasis, strong text and code too. Right-to-left articles are wrapped in
 * {@code <div dir="rtl">}, which
 * Markdown renderers pass through, so Hebrew and Arabic keep their direction.
 */
final class Markdown {
  private Markdown() {}

  static String of(Article a) {
    return of(a, Map.of());
  }

  /** The article, with inline styling from its clean body HTML ({@link dev.newskit.html.ExtractedPage#bodyHtml()}). */
  static String of(Article a, String bodyHtml) {
    Map<String, Element> inline = new HashMap<>();
    for (Element e : Jsoup.parseBodyFragment(bodyHtml).body().select("p, li")) inline.putIfAbsent(key(e.text()), e);
    return of(a, inline);
  }

  private static String of(Article a, Map<String, Element> inline) {
    StringBuilder md = new StringBuilder();
    boolean rtl = a.direction().orElse(TextDirection.LTR) == TextDirection.RTL;
    if (rtl) md.append("<div dir=\"rtl\">\n\n");
    a.section().ifPresent(s -> md.append("*").append(escape(s)).append("*\n\n"));
    a.title().ifPresent(t -> md.append("# ").append(escape(t)).append("\n\n"));
    StringBuilder meta = new StringBuilder();
    if (!a.authors().isEmpty()) meta.append(a.authors().stream().map(Author::name).collect(Collectors.joining(", ")));
    a.dateline().flatMap(d -> d.location()).ifPresent(l -> meta.append(meta.length() > 0 ? " · " : "").append(l));
    a.publishedTime().ifPresent(p -> meta.append(meta.length() > 0 ? " · " : "").append(p));
    if (meta.length() > 0) md.append("_").append(escape(meta.toString())).append("_\n\n");
    for (Block b : a.body()) {
      if (b instanceof Paragraph) {
        Element styled = inline.get(key(b.text()));
        md.append(styled != null ? inline(styled) : linked(b.text(), ((Paragraph) b).links(), new int[1])).append("\n\n");
      } else if (b instanceof Heading) {
        md.append("#".repeat(Math.min(6, ((Heading) b).level() + 1))).append(' ').append(escape(b.text())).append("\n\n");
      } else if (b instanceof Quote) {
        Quote q = (Quote) b;
        md.append("> ").append(escape(q.text()).replace("\n", "\n> ")).append("\n");
        q.attribution().ifPresent(at -> md.append(">\n> — ").append(escape(at)).append('\n'));
        md.append('\n');
      } else if (b instanceof ListBlock) {
        ListBlock l = (ListBlock) b;
        int n = 1;
        int[] link = new int[1];
        for (String item : l.items()) {
          Element styled = inline.get(key(item));
          String text = linked(item, l.links(), link); // also moves past this item's links
          md.append(l.ordered() ? (n++) + ". " : "- ").append(styled != null ? inline(styled) : text).append('\n');
        }
        md.append('\n');
      } else if (b instanceof Figure) {
        Figure f = (Figure) b;
        md.append("![").append(escape(f.image().alt().orElse(""))).append("](").append(destination(f.image().url().toString())).append(")\n");
        String caption = f.image().caption().orElse("") + f.image().credit().map(c -> " (" + c + ")").orElse("");
        if (!caption.isBlank()) md.append("*").append(escape(caption.strip())).append("*\n");
        md.append('\n');
      } else if (b instanceof Table) {
        table(md, (Table) b);
      } else if (b instanceof Embed) {
        Embed e = (Embed) b;
        md.append("[").append(escape(e.title().orElse(e.provider()))).append("](").append(destination(e.url().toString())).append(")\n\n");
      }
    }
    comments(md, a.comments());
    if (rtl) md.append("</div>\n");
    return md.toString();
  }

  /** The readers' comments after a rule, each under its author and date, a reply quoted once more per level. */
  private static void comments(StringBuilder md, List<Comment> comments) {
    if (comments.isEmpty()) return;
    md.append("---\n\n## Comments (").append(comments.size()).append(")\n\n");
    for (Comment c : comments) {
      String quote = "> ".repeat(c.depth());
      String by = c.author().map(Markdown::escape).map(n -> "**" + n + "**").orElse("");
      String when = c.published().map(p -> escape(p.toString())).orElse("");
      String head = by.isEmpty() || when.isEmpty() ? by + when : by + " · " + when;
      if (!head.isEmpty()) md.append(quote).append(head).append("\n").append(quote.strip()).append('\n');
      md.append(quote).append(escape(c.text()).replace("\n", "\n" + quote)).append("\n\n");
    }
  }

  private static void table(StringBuilder md, Table t) {
    t.caption().ifPresent(c -> md.append("**").append(escape(c)).append("**\n\n"));
    int cols = t.header().size();
    for (List<String> r : t.rows()) cols = Math.max(cols, r.size());
    List<String> header = t.header().isEmpty() ? java.util.Collections.nCopies(cols, "") : t.header();
    row(md, header, cols);
    md.append("|").append(" --- |".repeat(cols)).append('\n');
    for (List<String> r : t.rows()) row(md, r, cols);
    md.append('\n');
  }

  private static void row(StringBuilder md, List<String> cells, int cols) {
    md.append('|');
    for (int i = 0; i < cols; i++) md.append(' ').append(i < cells.size() ? escape(cells.get(i)).replace("|", "\\|") : "").append(" |");
    md.append('\n');
  }

  /**
   * The text, escaped, with its links as Markdown links. Links are in text order, so each is looked
   * for after the one before; {@code next} carries the next link's index across a list's items.
   */
  private static String linked(String text, List<Link> links, int[] next) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    while (next[0] < links.size()) {
      Link link = links.get(next[0]);
      int at = link.text().isEmpty() ? -1 : text.indexOf(link.text(), from);
      if (at < 0) break;
      out.append(escape(text.substring(from, at)))
          .append('[').append(escape(link.text())).append("](").append(destination(link.url().toString())).append(')');
      from = at + link.text().length();
      next[0]++;
    }
    return out.append(escape(text.substring(from))).toString();
  }

  private static String key(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** An element's inline content as Markdown: links, emphasis, strong text, code and line breaks. */
  private static String inline(Element element) {
    return key(content(element).replace("  \n", "\u0000")).replace("\u0000", "  \n");
  }

  private static String content(Element element) {
    StringBuilder out = new StringBuilder();
    for (Node node : element.childNodes()) {
      if (node instanceof TextNode) {
        out.append(escape(((TextNode) node).text()));
      } else if (node instanceof Element) {
        Element e = (Element) node;
        String inner = content(e);
        switch (e.normalName()) {
          case "a" -> out.append(e.hasAttr("href") ? wrap(inner, "[", "](" + destination(e.attr("href")) + ")") : inner);
          case "em", "i", "cite" -> out.append(wrap(inner, "*", "*"));
          case "strong", "b" -> out.append(wrap(inner, "**", "**"));
          case "code", "kbd", "samp" -> out.append(wrap(TerminalText.strip(e.wholeText()).replace("`", ""), "`", "`"));
          case "br" -> out.append("  \n");
          case "ul", "ol" -> { } // a nested list is not inline text; the model lists its items
          default -> out.append(inner);
        }
      }
    }
    return out.toString();
  }

  /** {@code text} between markers, with its edge whitespace outside them, where Markdown needs it. */
  private static String wrap(String text, String open, String close) {
    String core = text.strip();
    if (core.isEmpty()) return text;
    int start = text.indexOf(core);
    return text.substring(0, start) + open + core + close + text.substring(start + core.length());
  }

  /** A URL as a Markdown link destination: no spaces, parentheses or angle brackets to end it early. */
  private static String destination(String url) {
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E");
  }

  /** Markdown-escaped text; terminal controls go first, so that escaping cannot split a sequence apart. */
  private static String escape(String s) {
    return TerminalText.strip(s).replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
        .replace("[", "\\[").replace("]", "\\]").replace("<", "&lt;");
  }
}
