package dev.newskit.html.safety;

import dev.newskit.html.HtmlLimitException;
import dev.newskit.html.HtmlLimits;
import dev.newskit.html.internal.HtmlTags;
import dev.newskit.html.internal.Images;
import dev.newskit.html.internal.InputLimits;
import dev.newskit.html.internal.Nodes;
import dev.newskit.html.internal.PageDecoder;
import dev.newskit.html.internal.TextSanitizer;
import dev.newskit.html.internal.Texts;
import dev.newskit.html.internal.Urls;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Cleans HTML from wires, CMS exports and scraped pages so it is safe to republish: no script can run,
 * and the article's formatting, meaning and text direction survive. What is kept is set by a
 * {@link CleaningPolicy}.
 *
 * <p>Beyond jsoup's {@link Cleaner}, it resolves URLs against a base and keeps only http(s) (and
 * mailto links) after undoing obfuscation, drops tracking parameters, gives links a {@code rel},
 * turns lazy images into real ones, unwraps layout-only {@code div}/{@code span}, removes empty
 * elements, comments and spoofing characters, normalises whitespace, and writes attributes in a
 * fixed order, so that cleaning its own output changes nothing.
 *
 * <p>Immutable and thread-safe: one instance per policy serves every thread.
 */
public final class HtmlCleaner {
  /** Elements whose whole content goes, not just the tag: their text is code, metadata or controls. */
  private static final Set<String> DROPPED_WITH_CONTENT = Set.of("script", "style", "template", "iframe", "frame",
      "frameset", "object", "embed", "applet", "svg", "math", "noembed", "noframes", "title", "head", "select",
      "textarea", "option", "button", "input", "audio", "video", "canvas", "map", "dialog");
  private static final Set<String> VOID_OR_STRUCTURAL = Set.of("br", "hr", "img", "wbr", "col", "colgroup", "source",
      "td", "th", "tr", "thead", "tbody", "tfoot", "table");

  private final CleaningPolicy policy;
  private final Cleaner cleaner;

  private HtmlCleaner(CleaningPolicy policy) {
    this.policy = policy;
    this.cleaner = new Cleaner(new PolicySafelist(policy));
  }

  /** A cleaner for {@code policy}. */
  public static HtmlCleaner of(CleaningPolicy policy) {
    return new HtmlCleaner(Objects.requireNonNull(policy, "policy"));
  }

  /** The policy this cleaner applies. */
  public CleaningPolicy policy() {
    return policy;
  }

  /**
   * Cleans an HTML fragment or page; relative URLs are dropped, having nothing to resolve against (but for
   * images' when the policy keeps {@linkplain CleaningPolicy#relativeImages() relative images}).
   */
  public String clean(String html) {
    return clean(html, null);
  }

  /**
   * Cleans an HTML fragment or page, resolving relative URLs against {@code baseUrl}. A {@code null} base
   * means none, as {@link #clean(String)} without one does: call that rather than pass {@code null}.
   *
   * @throws IllegalArgumentException if {@code baseUrl} is not an absolute http(s) URL (as {@code
   *     PageInput.withUrl} refuses it, a user name, password or port outside 0-65535 included): a base such as
   *     {@code javascript:} or {@code notaurl} would otherwise drop every relative link and image without a word
   * @throws HtmlLimitException if the input exceeds the policy's {@link HtmlLimits}
   */
  public String clean(String html, @Nullable String baseUrl) {
    Objects.requireNonNull(html, "html");
    String base = checkBase(baseUrl);
    HtmlLimits limits = policy.limits();
    InputLimits.check(limits, html);
    Document dirty = Jsoup.parse(html, base, Parser.htmlParser().setMaxDepth(limits.maxDepth()));
    dirty.setBaseUri(base); // jsoup takes an input <base href>: only the caller's counts
    int elements = dirty.getAllElements().size();
    if (elements > limits.maxElements()) throw new HtmlLimitException("maxElements", elements, limits.maxElements());
    prepare(dirty);
    if (policy.output() == CleaningPolicy.Output.TEXT) return PlainText.of(dirty.body());
    String out = cleanParsed(dirty);
    // Misnested markup (tables inside paragraphs, formatting across blocks) can serialise into HTML
    // that a parser nests differently. Cleaning the output again until it stops changing makes the
    // result a fixed point: what a browser or a second cleaning reads is what was written.
    for (int round = 0; round < 4; round++) {
      Document again = Jsoup.parse(out, base, Parser.htmlParser().setMaxDepth(limits.maxDepth()));
      again.setBaseUri(base);
      prepare(again);
      String next = cleanParsed(again);
      if (next.equals(out)) break;
      out = next;
    }
    return out;
  }

  private String cleanParsed(Document dirty) {
    Document clean = cleaner.clean(dirty);
    tidy(clean.body());
    clean.outputSettings()
        .prettyPrint(policy.output() == CleaningPolicy.Output.PRETTY)
        .indentAmount(2)
        .charset("UTF-8");
    return clean.body().html();
  }

  /**
   * Cleans page bytes, detecting the charset (BOM, {@code <meta charset>}, then UTF-8); relative URLs are
   * dropped, as by {@link #clean(String)}.
   *
   * @throws HtmlLimitException if the input exceeds the policy's {@link HtmlLimits}
   */
  public String clean(byte[] html) {
    return decodedAndCleaned(html, null, null);
  }

  /**
   * Cleans page bytes, detecting the charset (BOM, {@code <meta charset>}, then UTF-8) and resolving relative
   * URLs against {@code baseUrl}. A {@code null} base means none, as everywhere: call {@link #clean(byte[])} rather
   * than pass {@code null}.
   *
   * @throws IllegalArgumentException if {@code baseUrl} is not an absolute http(s) URL
   * @throws HtmlLimitException if the input exceeds the policy's {@link HtmlLimits}
   */
  public String clean(byte[] html, @Nullable String baseUrl) {
    return decodedAndCleaned(html, baseUrl, null);
  }

  /**
   * Cleans page bytes without a base URL, detecting the charset (BOM, {@code <meta charset>}, then
   * {@code charsetHint}, then UTF-8); relative URLs are dropped.
   *
   * @throws HtmlLimitException if the input exceeds the policy's {@link HtmlLimits}
   */
  public String clean(byte[] html, Charset charsetHint) {
    return decodedAndCleaned(html, null, Objects.requireNonNull(charsetHint, "charsetHint"));
  }

  /**
   * Cleans page bytes, detecting the charset (BOM, {@code <meta charset>}, then {@code charsetHint}, then
   * UTF-8) and resolving relative URLs against {@code baseUrl}; the parameters come in the order of
   * {@link dev.newskit.html.ArticleExtractor#extract(byte[], String, Charset)}.
   *
   * <p>Either may be {@code null} for none, but the forms without them say it without a {@code null}:
   * {@link #clean(byte[])}, {@link #clean(byte[], String)}, {@link #clean(byte[], Charset)}. Two {@code null}
   * literals ({@code clean(bytes, null, null)}) do not compile while the deprecated {@link #clean(byte[],
   * Charset, String)} exists, as they fit both; a {@code null} of a typed variable or a cast ({@code
   * clean(bytes, (String) null, null)}) calls this method.
   *
   * @throws IllegalArgumentException if {@code baseUrl} is not an absolute http(s) URL
   * @throws HtmlLimitException if the input exceeds the policy's {@link HtmlLimits}
   */
  public String clean(byte[] html, @Nullable String baseUrl, @Nullable Charset charsetHint) {
    return decodedAndCleaned(html, baseUrl, charsetHint);
  }

  /**
   * Cleans page bytes with a charset hint and a base URL, either of which may be {@code null}.
   *
   * @deprecated the parameters come in another order than {@code ArticleExtractor.extract}'s, and with two
   *     {@code null}s a call fits both this and {@link #clean(byte[], String, Charset)}, so it does not compile;
   *     use {@link #clean(byte[], String, Charset)} (to pass {@code null}s, give them as typed variables or
   *     cast one: {@code clean(bytes, (String) null, null)}), or the null-free {@link #clean(byte[])},
   *     {@link #clean(byte[], String)} and {@link #clean(byte[], Charset)}. To be removed in the next release
   *     that may break the API.
   */
  @Deprecated(forRemoval = true, since = "0.1.0")
  public String clean(byte[] html, @Nullable Charset charsetHint, @Nullable String baseUrl) {
    return decodedAndCleaned(html, baseUrl, charsetHint);
  }

  private String decodedAndCleaned(byte[] html, @Nullable String baseUrl, @Nullable Charset charsetHint) {
    Objects.requireNonNull(html, "html");
    InputLimits.checkSize(policy.limits(), html.length);
    return clean(PageDecoder.decode(html, Optional.ofNullable(charsetHint)), baseUrl);
  }

  /** The base stripped, or "" for none (jsoup's "no base"); refused unless it is an absolute http(s) URL. */
  private static String checkBase(@Nullable String baseUrl) {
    if (baseUrl == null) return "";
    return Urls.checkAbsoluteHttp(baseUrl, "baseUrl");
  }

  private static void prepare(Document dirty) {
    Images.resolveLazyImages(dirty);
    List<Element> dropped = new ArrayList<>();
    for (Element e : dirty.getAllElements()) {
      if (DROPPED_WITH_CONTENT.contains(e.normalName())
          || Nodes.hasHiddenAttribute(e)) {
        dropped.add(e);
      }
    }
    for (Element e : dropped) e.remove();
  }

  private void tidy(Element body) {
    Nodes.replaceChildren(body, unwrapped(body, false));
    normaliseText(body);
    // Removing elements can leave texts side by side and whitespace at a block's edge, and trimming
    // can leave elements empty: repeat until nothing changes (each round removes something, so it ends).
    boolean removed = removeEmpty(body);
    for (int round = 0; round < 64; round++) {
      mergeAdjacentText(body);
      trimBlockEdges(body);
      if (!removeEmpty(body) && !removed) break;
      removed = false;
    }
    for (Element a : body.getElementsByTag("a")) {
      if (!policy.linkRel().isEmpty()) a.attr("rel", policy.linkRel());
    }
    for (Element e : body.getAllElements()) sortAttributes(e);
  }

  /** Whitespace runs become one space outside {@code pre}, spoofing characters go, adjacent texts merge. */
  private static void normaliseText(Element body) {
    List<TextNode> texts = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode) texts.add((TextNode) node);
    }, body);
    for (TextNode t : texts) {
      String whole = t.getWholeText();
      String text = TextSanitizer.clean(whole);
      if (!insidePre(t)) text = Texts.collapseWhitespace(text);
      if (text.isEmpty()) {
        t.remove();
      } else if (!text.equals(whole)) {
        t.text(text);
      }
    }
    mergeAdjacentText(body);
  }

  /**
   * Whitespace at the start and end of blocks goes: browsers do not render it, and a parser drops it
   * at the start of a body, so keeping it would make cleaning its own output change it.
   */
  private static void trimBlockEdges(Element body) {
    for (Element e : body.getAllElements()) {
      if (e != body && !HtmlTags.isTrimmedBlock(e.normalName())) continue;
      Node first = e.firstChild();
      if (first instanceof TextNode) {
        String t = ((TextNode) first).getWholeText().stripLeading();
        if (t.isEmpty()) first.remove(); else ((TextNode) first).text(t);
      }
      Node last = e.lastChild();
      if (last instanceof TextNode) {
        String t = ((TextNode) last).getWholeText().stripTrailing();
        if (t.isEmpty()) last.remove(); else ((TextNode) last).text(t);
      }
    }
  }

  /**
   * The children {@code parent} keeps once bare {@code div}s and {@code span}s, anchors without {@code
   * href} and anchors inside anchors are replaced by their contents, and images without a source are
   * dropped, for the whole subtree in one pass (see {@link #replaceChildren} for why not node by node).
   */
  private static List<Node> unwrapped(Element parent, boolean insideAnchor) {
    List<Node> out = new ArrayList<>(parent.childNodeSize());
    for (Node child : parent.childNodes()) {
      if (!(child instanceof Element)) {
        out.add(child);
        continue;
      }
      Element e = (Element) child;
      String tag = e.normalName();
      if ((tag.equals("img") && !e.hasAttr("src")) || (tag.equals("source") && !e.hasAttr("srcset"))) continue;
      List<Node> kept = unwrapped(e, insideAnchor || tag.equals("a"));
      // An anchor inside an anchor is re-nested by every HTML parser: keep only the outer one.
      // bdo overrides the order of the characters ("exe.pdf" shows as "fdp.exe"), as U+202E does.
      boolean unwrap = ((tag.equals("div") || tag.equals("span")) && e.attributesSize() == 0) || tag.equals("bdo")
          || (tag.equals("a") && (!e.hasAttr("href") || insideAnchor));
      if (unwrap) {
        e.empty(); // detached children move to the new parent without being removed from this one
        out.addAll(kept);
      } else {
        Nodes.replaceChildren(e, kept);
        out.add(e);
      }
    }
    return out;
  }

  private static boolean insidePre(Node node) {
    for (Node p = node.parent(); p != null; p = p.parent()) {
      if (p instanceof Element && ((Element) p).normalName().equals("pre")) return true;
    }
    return false;
  }

  /** Runs of adjacent text nodes (left by unwrapping and removal) become one node, collapsed once outside {@code pre}. */
  private static void mergeAdjacentText(Element body) {
    for (Element e : body.getAllElements()) {
      int size = e.childNodeSize();
      if (size < 2) continue;
      TextNode runStart = null;
      StringBuilder run = null;
      List<Node> kept = new ArrayList<>(size);
      for (Node child : e.childNodes()) {
        if (child instanceof TextNode) {
          if (runStart == null) {
            runStart = (TextNode) child;
            kept.add(child);
          } else {
            if (run == null) run = new StringBuilder(runStart.getWholeText());
            run.append(((TextNode) child).getWholeText());
          }
        } else {
          if (run != null) runStart.text(merged(runStart, run));
          runStart = null;
          run = null;
          kept.add(child);
        }
      }
      if (run != null) runStart.text(merged(runStart, run));
      if (kept.size() < size) Nodes.replaceChildren(e, kept);
    }
  }

  /** The text of a run of adjacent texts starting at {@code first}: collapsed, except inside {@code pre}. */
  private static String merged(TextNode first, StringBuilder run) {
    return insidePre(first) ? run.toString() : Texts.collapseWhitespace(run.toString());
  }

  /**
   * Removes elements left with nothing to show, in one pass from the leaves up: an element whose
   * children (after its own empty children went) are neither text nor elements goes too.
   */
  private static boolean removeEmpty(Element body) {
    boolean[] removed = {false};
    prune(body, removed);
    return removed[0];
  }

  /**
   * Removes, bottom-up, the descendants of {@code e} left with neither elements nor text (void and
   * structural elements stay), and says whether {@code e} itself still has content.
   */
  private static boolean prune(Element e, boolean[] removed) {
    boolean content = false;
    int size = e.childNodeSize();
    List<Node> kept = new ArrayList<>(size);
    for (Node child : e.childNodes()) {
      if (child instanceof Element) {
        Element c = (Element) child;
        if (!prune(c, removed) && !VOID_OR_STRUCTURAL.contains(c.normalName())) continue;
        content = true;
      } else if (child instanceof TextNode && !((TextNode) child).isBlank()) {
        content = true;
      }
      kept.add(child);
    }
    if (kept.size() < size) {
      Nodes.replaceChildren(e, kept);
      removed[0] = true;
    }
    return content;
  }

  private static void sortAttributes(Element e) {
    if (e.attributesSize() < 2) return;
    List<Attribute> attrs = new ArrayList<>(e.attributes().asList());
    attrs.sort((a, b) -> a.getKey().compareTo(b.getKey()));
    for (Attribute a : attrs) e.removeAttr(a.getKey());
    for (Attribute a : attrs) e.attr(a.getKey(), a.getValue());
  }
}
