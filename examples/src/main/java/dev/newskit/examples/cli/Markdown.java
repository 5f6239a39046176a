package dev.newskit.examples.cli;

import dev.newskit.core.Article;
import dev.newskit.core.Author;
import dev.newskit.core.Block;
import dev.newskit.core.Embed;
import dev.newskit.core.Figure;
import dev.newskit.core.Heading;
import dev.newskit.core.ListBlock;
import dev.newskit.core.Paragraph;
import dev.newskit.core.Quote;
import dev.newskit.core.Table;
import dev.newskit.core.TextDirection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An article as readable Markdown. Right-to-left articles are wrapped in {@code <div dir="rtl">}, which
 * Markdown renderers pass through, so Hebrew and Arabic keep their direction.
 */
final class Markdown {
  private Markdown() {}

  static String of(Article a) {
    StringBuilder md = new StringBuilder();
    boolean rtl = a.direction().orElse(TextDirection.LTR) == TextDirection.RTL;
    if (rtl) md.append("<div dir=\"rtl\">\n\n");
    a.section().ifPresent(s -> md.append("*").append(escape(s)).append("*\n\n"));
    a.title().ifPresent(t -> md.append("# ").append(escape(t)).append("\n\n"));
    StringBuilder meta = new StringBuilder();
    if (!a.authors().isEmpty()) meta.append(a.authors().stream().map(Author::name).collect(Collectors.joining(", ")));
    a.dateline().flatMap(d -> d.location()).ifPresent(l -> meta.append(meta.length() > 0 ? " · " : "").append(l));
    a.published().ifPresent(p -> meta.append(meta.length() > 0 ? " · " : "").append(p));
    if (meta.length() > 0) md.append("_").append(escape(meta.toString())).append("_\n\n");
    for (Block b : a.body()) {
      if (b instanceof Paragraph) {
        md.append(escape(b.text())).append("\n\n");
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
        for (String item : l.items()) md.append(l.ordered() ? (n++) + ". " : "- ").append(escape(item)).append('\n');
        md.append('\n');
      } else if (b instanceof Figure) {
        Figure f = (Figure) b;
        md.append("![").append(escape(f.image().alt().orElse(""))).append("](").append(f.image().url()).append(")\n");
        String caption = f.image().caption().orElse("") + f.image().credit().map(c -> " (" + c + ")").orElse("");
        if (!caption.isBlank()) md.append("*").append(escape(caption.strip())).append("*\n");
        md.append('\n');
      } else if (b instanceof Table) {
        table(md, (Table) b);
      } else if (b instanceof Embed) {
        Embed e = (Embed) b;
        md.append("[").append(escape(e.title().orElse(e.provider()))).append("](").append(e.url()).append(")\n\n");
      }
    }
    if (rtl) md.append("</div>\n");
    return md.toString();
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

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
        .replace("[", "\\[").replace("]", "\\]").replace("<", "&lt;");
  }
}
