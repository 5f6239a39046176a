package dev.newskit.examples.inspect;

import dev.newskit.core.Article;
import dev.newskit.core.Block;
import dev.newskit.core.FieldSource;
import dev.newskit.core.TextDirection;
import dev.newskit.html.Explanation;
import dev.newskit.html.Explanation.BlockDecision;
import dev.newskit.html.Explanation.Candidate;
import dev.newskit.html.Explanation.FieldChoice;
import dev.newskit.html.Explanation.Verdict;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The inspection report of one extraction: a single self-contained HTML page that shows the page's text
 * blocks in order, each marked kept, dropped (with the reason) or lifted into a field, beside the
 * extracted article and each field's provenance and losing candidates.
 *
 * <p>Safe to open whatever the page held: the page's markup is never rendered, only its text, escaped;
 * the report has no script, and its Content-Security-Policy (in a {@code meta} element, and
 * {@link #CONTENT_SECURITY_POLICY} for servers to send as a header) allows nothing but its own inline
 * style, so it makes no request at all.
 */
public final class InspectReport {
  /** Text beyond this many characters of one block is cut, saying how much was left out. */
  static final int MAX_BLOCK_CHARS = 2_000;

  private static final String CSS = String.join("\n",
      "*{box-sizing:border-box}",
      "body{margin:0;font:14px/1.45 system-ui,-apple-system,'Segoe UI','Noto Sans','Noto Sans Hebrew','Noto Naskh Arabic',sans-serif;color:#1d2327;background:#f4f5f7}",
      "header{padding:12px 20px;background:#1d2327;color:#fff}",
      "header h1{margin:0 0 4px;font-size:18px}",
      "header p{margin:0;color:#c3c7cb;overflow-wrap:anywhere}",
      ".legend span{display:inline-block;margin-inline-end:12px}",
      "main{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:16px;padding:16px 20px}",
      "section>h2{margin:0 0 8px;font-size:15px;text-transform:uppercase;letter-spacing:.04em;color:#50575e}",
      ".block{background:#fff;border-inline-start:5px solid #8c8f94;border-radius:4px;padding:6px 10px;margin:0 0 6px}",
      ".block .meta{font:11px/1.3 ui-monospace,Menlo,Consolas,monospace;color:#646970;margin-bottom:3px;overflow-wrap:anywhere}",
      ".block .text{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}",
      ".badge{display:inline-block;font:bold 11px/1.6 system-ui,sans-serif;padding:0 6px;border-radius:3px;margin-inline-end:6px;color:#fff}",
      ".kept{border-color:#00a32a}.kept .badge,.k{background:#00a32a}",
      ".dropped{border-color:#a7aaad;background:#f6f7f7}.dropped .text{color:#787c82}.dropped .badge,.d{background:#787c82}",
      ".lifted{border-color:#2271b1;background:#f0f6fc}.lifted .badge,.l{background:#2271b1}",
      ".legend .badge{color:#fff}",
      "#article .card{background:#fff;border-radius:4px;padding:10px 14px;margin-bottom:12px}",
      "#article h3{margin:0 0 6px;font-size:20px}",
      "table{border-collapse:collapse;width:100%}",
      "td,th{text-align:start;vertical-align:top;padding:4px 6px;border-top:1px solid #e0e0e0;overflow-wrap:anywhere}",
      "th{width:10em;font-weight:600;white-space:nowrap}",
      ".source{font:11px ui-monospace,Menlo,Consolas,monospace;color:#2271b1}",
      "ul.candidates{margin:4px 0 0;padding-inline-start:18px;color:#50575e;font-size:12px}",
      "li.lost{color:#8a2424}",
      "ol#body{margin:0;padding-inline-start:28px}",
      "ol#body li{margin-bottom:8px;white-space:pre-wrap;overflow-wrap:anywhere}",
      ".type{font:11px ui-monospace,Menlo,Consolas,monospace;color:#646970}",
      "@media (max-width:900px){main{grid-template-columns:1fr}}");

  /**
   * The policy the report carries: nothing may load or run, except the report's own style (by its hash).
   * Servers should send it as the {@code Content-Security-Policy} header too.
   */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + hashSource(CSS)
      + "'; img-src 'none'; base-uri 'none'; form-action 'none'";

  private InspectReport() {}

  /**
   * The report of {@code explanation}; {@code source} names the page (a file, a URL) in the report's
   * heading.
   */
  public static String render(Explanation explanation, String source) {
    Article article = explanation.article();
    StringBuilder out = new StringBuilder(64 * 1024);
    long kept = count(explanation, Verdict.KEPT);
    long dropped = count(explanation, Verdict.DROPPED);
    long lifted = count(explanation, Verdict.LIFTED);
    out.append("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\">")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY).append("\">")
        .append("<meta name=\"referrer\" content=\"no-referrer\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>newskit inspect: ").append(escape(article.title().orElse(source))).append("</title>")
        .append("<style>").append(CSS).append("</style></head><body>");
    out.append("<header><h1>newskit inspect</h1><p id=\"source\">").append(escape(source)).append("</p>")
        .append("<p id=\"summary\">").append(explanation.blocks().size()).append(" text blocks: ")
        .append(kept).append(" kept, ").append(dropped).append(" dropped, ").append(lifted).append(" lifted into fields</p>")
        .append("<p class=\"legend\"><span><span class=\"badge k\">kept</span>in the article's body</span>")
        .append("<span><span class=\"badge d\">dropped</span>left out, with the reason</span>")
        .append("<span><span class=\"badge l\">lifted</span>read as a field</span></p></header><main>");

    out.append("<section id=\"page\"><h2>The page, block by block</h2>");
    for (BlockDecision b : explanation.blocks()) block(out, b);
    out.append("</section>");

    out.append("<section id=\"article\"><h2>The article</h2><div class=\"card\">");
    String articleDir = article.direction().map(InspectReport::dir).orElse("auto");
    out.append("<h3 id=\"title\" dir=\"").append(articleDir).append("\">").append(escape(article.title().orElse("(no title)")))
        .append("</h3><table id=\"fields\">");
    for (FieldChoice f : explanation.fields()) field(out, f);
    out.append("</table></div><div class=\"card\"><ol id=\"body\" start=\"0\">");
    List<Block> body = article.body();
    for (int i = 0; i < body.size(); i++) {
      Block b = body.get(i);
      String type = b.getClass().getSimpleName().toLowerCase(Locale.ROOT);
      out.append("<li data-index=\"").append(i).append("\" data-type=\"").append(type).append("\" dir=\"").append(articleDir)
          .append("\"><span class=\"type\">").append(type).append("</span> <span class=\"t\">").append(escape(cut(b.text())))
          .append("</span></li>");
    }
    if (body.isEmpty()) out.append("<li>(no body)</li>");
    out.append("</ol></div></section></main></body></html>\n");
    return out.toString();
  }

  private static void block(StringBuilder out, BlockDecision b) {
    String verdict = b.verdict().name().toLowerCase(Locale.ROOT);
    out.append("<div class=\"block ").append(verdict).append("\" data-verdict=\"").append(verdict)
        .append("\" data-tag=\"").append(escape(b.tag())).append('"');
    b.reason().ifPresent(r -> out.append(" data-reason=\"").append(token(r.name())).append('"'));
    if (!b.fields().isEmpty()) out.append(" data-fields=\"").append(escape(String.join(" ", b.fields()))).append('"');
    if (!b.bodyBlocks().isEmpty()) {
      out.append(" data-body=\"").append(String.join(" ", b.bodyBlocks().stream().map(String::valueOf).toList())).append('"');
    }
    out.append("><div class=\"meta\"><span class=\"badge\">");
    switch (b.verdict()) {
      case KEPT -> out.append("kept → body ").append(String.join(", ", b.bodyBlocks().stream().map(String::valueOf).toList()));
      case DROPPED -> out.append("dropped: ").append(escape(b.reason().map(Explanation.Reason::description).orElse("")));
      case LIFTED -> out.append("lifted → ").append(escape(String.join(", ", b.fields())));
    }
    out.append("</span>").append(escape(b.path())).append("</div><p class=\"text\" dir=\"")
        .append(b.direction().map(InspectReport::dir).orElse("auto")).append("\">")
        .append(escape(b.text().isEmpty() ? "(" + b.tag() + ")" : cut(b.text()))).append("</p></div>");
  }

  private static void field(StringBuilder out, FieldChoice f) {
    out.append("<tr data-field=\"").append(escape(f.name())).append("\"><th>").append(escape(f.name())).append("</th><td>");
    out.append("<div class=\"value\" dir=\"auto\">").append(escape(f.value().map(InspectReport::cut).orElse("(none)"))).append("</div>");
    f.source().ifPresent(s -> out.append("<div class=\"source\">from ").append(source(s)).append("</div>"));
    if (!f.candidates().isEmpty()) {
      out.append("<ul class=\"candidates\">");
      for (Candidate c : f.candidates()) {
        out.append("<li class=\"").append(c.chosen() ? "chosen" : "lost").append("\" data-source=\"").append(source(c.source()))
            .append("\">").append(c.chosen() ? "✓ " : "✗ ").append("<span dir=\"auto\">").append(escape(cut(c.value())))
            .append("</span> <span class=\"source\">").append(source(c.source())).append("</span> — ")
            .append(escape(c.note())).append("</li>");
      }
      out.append("</ul>");
    }
    out.append("</td></tr>");
  }

  private static long count(Explanation x, Verdict verdict) {
    return x.blocks().stream().filter(b -> b.verdict() == verdict).count();
  }

  private static String dir(TextDirection d) {
    return d == TextDirection.RTL ? "rtl" : "ltr";
  }

  /** A source as the article JSON names it ({@code json-ld}, {@code visible-text}). */
  private static String source(FieldSource s) {
    return switch (s) {
      case OPEN_GRAPH -> "opengraph";
      default -> token(s.name());
    };
  }

  private static String token(String enumName) {
    return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String cut(String text) {
    if (text.length() <= MAX_BLOCK_CHARS) return text;
    int end = Character.isHighSurrogate(text.charAt(MAX_BLOCK_CHARS - 1)) ? MAX_BLOCK_CHARS - 1 : MAX_BLOCK_CHARS;
    return text.substring(0, end) + " … (" + (text.length() - end) + " more characters)";
  }

  /** Text made safe in element content and in quoted attribute values; control characters are dropped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0))) out.append(c);
        }
      }
    }
    return out.toString();
  }

  /** The Content-Security-Policy source that allows exactly {@code inline}, an inline style or script: its SHA-256 hash. */
  public static String hashSource(String inline) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

}
