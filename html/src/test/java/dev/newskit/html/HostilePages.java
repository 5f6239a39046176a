package dev.newskit.html;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Pages built to hurt, shared by {@link HostilePagesTest} (results and typed errors under {@code
 * -Xmx256m}) and newskit-bench's {@code HostileBenchmark} (how long each takes).
 */
public final class HostilePages {
  private HostilePages() {}

  /** The names {@link #bytes(String)} accepts. */
  public static final List<String> NAMES = List.of(
      "nested-100k", "nested-tables-20k", "siblings-150k", "page-50mb", "elements-1m", "text-node-10mb", "invalid-utf8-nul",
      "wrong-charset", "json-ld-cycles-3mb", "empty");

  /** A named hostile page as bytes, as it would arrive from the network. */
  public static byte[] bytes(String name) {
    return switch (name) {
      case "nested-100k" -> utf8(nestedElements());
      case "nested-tables-20k" -> utf8(nestedTables());
      case "siblings-150k" -> utf8(wideSiblings());
      case "page-50mb" -> utf8(fiftyMegabytes());
      case "elements-1m" -> utf8(millionElements());
      case "text-node-10mb" -> utf8(tenMegabyteTextNode());
      case "invalid-utf8-nul" -> invalidUtf8WithNul();
      case "wrong-charset" -> wrongDeclaredCharset();
      case "json-ld-cycles-3mb" -> utf8(selfReferencingJsonLd());
      case "empty" -> new byte[0];
      default -> throw new IllegalArgumentException("no hostile page named " + name + "; names: " + NAMES);
    };
  }

  static String article(String inner) {
    return "<html><head><title>T</title></head><body><article><h1>Headline here</h1>" + inner + "</article></body></html>";
  }

  /** 100,000 nested divs around a paragraph. */
  public static String nestedElements() {
    return article("<div>".repeat(100_000) + "<p>" + "Deep text, still a paragraph. ".repeat(5) + "</p>" + "</div>".repeat(100_000));
  }

  /** 20,000 tables, each in the cell of the one around it. */
  public static String nestedTables() {
    return article("<table><tr><td>".repeat(20_000) + "cell text" + "</td></tr></table>".repeat(20_000));
  }

  /**
   * 150,000 siblings in one parent, each an element the cleaner removes (blank bold) beside text: a
   * shape that costs quadratic time wherever siblings are edited one by one.
   */
  public static String wideSiblings() {
    return article("<div>" + "<b> </b>x<span></span>".repeat(75_000) + "</div>");
  }

  /** A paragraph of 50 MiB. */
  public static String fiftyMegabytes() {
    return article("<p>" + "x".repeat(50 * 1024 * 1024) + "</p>");
  }

  /** A million small elements. */
  public static String millionElements() {
    StringBuilder sb = new StringBuilder(9_000_000);
    for (int i = 0; i < 1_000_000; i++) sb.append("<b>x</b>");
    return article(sb.toString());
  }

  /** One text node of 10 MiB (two million words). */
  public static String tenMegabyteTextNode() {
    return article("<p>" + "word ".repeat(2 * 1024 * 1024) + "</p>");
  }

  /** Good UTF-8, then an invalid sequence, a NUL and a stray byte-order mark. */
  public static byte[] invalidUtf8WithNul() {
    byte[] good = ("<html><body><article><h1>Title</h1><p>" + "Good text, then bad bytes. ".repeat(4)).getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[] {(byte) 0xC3, (byte) 0x28, 0, (byte) 0xFF, (byte) 0xFE, '<', '/', 'p', '>'};
    byte[] page = new byte[good.length + bad.length];
    System.arraycopy(good, 0, page, 0, good.length);
    System.arraycopy(bad, 0, page, good.length, bad.length);
    return page;
  }

  /** Hebrew in UTF-8 under a {@code windows-1252} declaration. */
  public static byte[] wrongDeclaredCharset() {
    return "<meta charset=windows-1252><h1>שלום</h1><p>טקסט בעברית שנשמר כ-UTF-8 למרות ההצהרה.</p>".getBytes(StandardCharsets.UTF_8);
  }

  /** Over 3 MB of JSON-LD: 40,000 nodes in an {@code @id} cycle, and an article that is its own author. */
  public static String selfReferencingJsonLd() {
    StringBuilder ld = new StringBuilder("{\"@context\":\"https://schema.org\",\"@graph\":[");
    for (int i = 0; i < 40_000; i++) {
      ld.append("{\"@id\":\"#n").append(i).append("\",\"@type\":\"Thing\",\"name\":\"node ").append(i)
          .append("\",\"isPartOf\":{\"@id\":\"#n").append((i + 1) % 40_000).append("\"}},");
    }
    ld.append("{\"@type\":\"NewsArticle\",\"@id\":\"#article\",\"headline\":\"The real headline\",\"author\":{\"@id\":\"#article\"}}]}");
    return "<html><head><script type=\"application/ld+json\">" + ld + "</script></head><body><p>"
        + "Body text long enough to be a paragraph of the article. ".repeat(3) + "</p></body></html>";
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
