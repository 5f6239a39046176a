package dev.newskit.html;

import dev.newskit.html.internal.ElementText;
import dev.newskit.html.internal.HtmlTags;
import dev.newskit.html.internal.Images;
import dev.newskit.html.internal.Nodes;
import dev.newskit.html.internal.PageEdits;
import dev.newskit.html.internal.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Removes from a parsed page what is never article content: scripts and styles, forms, hidden
 * elements, site navigation, sidebars and footers, and boxes whose class or id names boilerplate
 * (share bars, tag boxes, newsletters, comments, related and most-read lists, tickers, cookie notices).
 * Lazy images are given their real {@code src} first, and {@code <noscript>} image fallbacks kept.
 *
 * <p>One walk of its own and removal in bulk: what is never content was found by the {@link PageIndex}'s walk,
 * and the one walk over the body reads each element's text length, headline and long paragraphs from counts
 * gathered from the leaves up, so that asking whether a box holds the article costs nothing however deeply
 * boxes nest. The same counts make the pruned body's {@link TextStats}.
 */
final class PagePreparer {
  private static final Set<String> ALWAYS_REMOVED_TAGS = Set.of("script", "style", "template",
      "svg", "canvas", "button", "input", "select", "textarea", "object", "link", "meta", "dialog", "nav", "aside");
  private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo",
      "complementary", "search", "dialog", "alertdialog", "menu", "menubar");
  private static final Evaluator ARTICLE_LEVEL = QueryParser.parse("article, main, [itemprop~=articleBody]");

  private PagePreparer() {}

  /**
   * Prepares {@code doc} for finding its body, telling {@code recorder} what was removed and why, and
   * {@code edits} of every element before its children change; returns the index of the pruned body, built
   * from the counts the second walk gathered (null when the page has no body).
   */
  static @Nullable TextStats prepare(Document doc, PageIndex index, ExtractionRecorder recorder, PageEdits edits) {
    Images.resolveLazyImages(index.noscripts, index.images, edits);
    // The index found them in its walk; the lazy images' reading may have dropped some (a placeholder image, a
    // noscript's content) since, and unwrapping a noscript nests nothing new in anything.
    List<Element> removed = new ArrayList<>(index.neverContent.size());
    for (Element e : index.neverContent) {
      if (!inPage(e, doc)) continue;
      removed.add(e);
      recorder.removed(e, neverContentReason(e));
    }
    Nodes.removeAll(removed, edits);
    Element body = doc.body();
    if (body == null) return null;
    Subtrees subtrees = new Subtrees(body, index.elements - index.neverContentElements);
    int pageText = subtrees.visible[0];
    List<Element> doomed = new ArrayList<>();
    List<Element> all = subtrees.elements;
    boolean[] gone = null;
    for (int i = 0; i < all.size(); ) {
      Element e = all.get(i);
      boolean form = e.normalName().equals("form") && !subtrees.holdsArticle(i, pageText);
      boolean boilerplate = !form && Vocabulary.hasNegativeClass(e) && !Vocabulary.hasPositiveClass(e) && !isInlineInText(e)
          && !subtrees.holdsArticle(i, pageText);
      if (form || boilerplate || isHiddenByStyle(e) || isSiteChrome(e, i, subtrees, pageText)) {
        doomed.add(e);
        if (gone == null) gone = new boolean[all.size()];
        gone[i] = true;
        recorder.removed(e, form ? Explanation.Reason.FORM : boilerplate ? Explanation.Reason.BOILERPLATE_CLASS
            : isHiddenByStyle(e) ? Explanation.Reason.HIDDEN : Explanation.Reason.SITE_CHROME);
        i += subtrees.size[i];
      } else {
        i++;
      }
    }
    Nodes.removeAll(doomed, edits);
    return subtrees.statsWithout(gone);
  }

  /**
   * An inline element inside running text ({@code At <span class="ticker">Home Depot</span>, we}): part of
   * the sentence whatever its class says, so removing it would cut the sentence.
   */
  static boolean isInlineInText(Element e) {
    if (!HtmlTags.isInline(e.normalName())) return false;
    Element parent = e.parent();
    if (parent == null) return false;
    // By index: childNodes() copies the list, and this runs for every box whose class sounds like boilerplate.
    for (int i = 0, n = parent.childNodeSize(); i < n; i++) {
      Node sibling = parent.childNode(i);
      if (sibling instanceof TextNode t && !t.isBlank()) return true;
      // A line made only of inline elements ("<span>Feb</span> <span class=tag>18</span><span>2009</span>")
      // is running text too.
      if (sibling != e && sibling instanceof Element s && HtmlTags.isInline(s.normalName()) && s.hasText()) return true;
    }
    return false;
  }

  /** Whether {@code e} is still on the page {@code doc}. */
  private static boolean inPage(Element e, Document doc) {
    Node n = e;
    while (n.parentNode() != null) n = n.parentNode();
    return n == doc;
  }

  /**
   * Scripts, styles, controls, navigation, hidden elements: never part of an article, whatever they hold.
   * {@code attributes} tells whether {@code e} has any, which the caller has asked already.
   */
  static boolean isNeverContent(Element e, boolean attributes) {
    if (ALWAYS_REMOVED_TAGS.contains(e.normalName())) return true;
    if (!attributes) return false;
    if (Nodes.hasHiddenAttribute(e)) return true;
    String role = e.attr("role");
    return !role.isEmpty() && CHROME_ROLES.contains(role.strip().toLowerCase(Locale.ROOT));
  }

  /** Which kind of never-content {@code e} is, for {@link ArticleExtractor#explain}. */
  private static Explanation.Reason neverContentReason(Element e) {
    String tag = e.normalName();
    if (tag.equals("nav") || tag.equals("aside")) return Explanation.Reason.NAVIGATION;
    if (ALWAYS_REMOVED_TAGS.contains(tag)) return Explanation.Reason.NOT_CONTENT;
    if (Nodes.hasHiddenAttribute(e)) return Explanation.Reason.HIDDEN;
    String role = e.attr("role").strip().toLowerCase(Locale.ROOT);
    if (role.equals("banner") || role.equals("contentinfo")) return Explanation.Reason.SITE_CHROME;
    return role.contains("dialog") ? Explanation.Reason.NOT_CONTENT : Explanation.Reason.NAVIGATION;
  }

  /** Whether a reader never sees {@code e}: hidden by an attribute or by its style. */
  static boolean isHidden(Element e) {
    return e.attributesSize() != 0 && (Nodes.hasHiddenAttribute(e) || isHiddenByStyle(e));
  }

  private static boolean isHiddenByStyle(Element e) {
    if (e.attributesSize() == 0) return false;
    String style = e.attr("style");
    if (style.isEmpty()) return false;
    // The one letter whose lower case is two characters (İ → i̇) is lower-cased with the whole string.
    if (style.indexOf('\u0130') >= 0) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      return s.contains("display:none") || s.contains("visibility:hidden");
    }
    return containsSpaced(style, "display:none", "visibility:hidden");
  }

  /**
   * Whether {@code s}, lower-cased and without its spaces, contains {@code word} or {@code other} (each lower case,
   * no spaces), compared in place and in one pass, since nearly every style attribute says neither: only the places
   * where a word's first letter stands are compared further.
   */
  static boolean containsSpaced(String s, String word, String other) {
    char first = word.charAt(0);
    char otherFirst = other.charAt(0);
    for (int start = 0, n = s.length(); start < n; start++) {
      char c = Texts.lower(s.charAt(start));
      if (c == first && matchesSpaced(s, start, word) || c == otherFirst && matchesSpaced(s, start, other)) return true;
    }
    return false;
  }

  /** Whether {@code s} from {@code start}, lower-cased and without its spaces, begins with {@code word}. */
  private static boolean matchesSpaced(String s, int start, String word) {
    int i = start;
    int k = 0;
    while (k < word.length() && i < s.length()) {
      char c = s.charAt(i++);
      if (c == ' ') continue;
      if (Texts.lower(c) != word.charAt(k)) break;
      k++;
    }
    return k == word.length();
  }

  /** A page-level header or footer, outside any article. */
  private static boolean isSiteChrome(Element e, int i, Subtrees subtrees, int pageText) {
    String tag = e.normalName();
    return (tag.equals("header") || tag.equals("footer")) && e.closest(ARTICLE_LEVEL) == null
        && !subtrees.holdsArticle(i, pageText);
  }

  /**
   * The body's elements in document order, each with the size of its subtree (so that a walk can skip
   * it) and, for the subtree, its visible characters and whether it holds an {@code h1}, counted in one
   * walk; which of its paragraphs are long is found when asked.
   */
  private static final class Subtrees implements NodeVisitor {
    final List<Element> elements;
    int[] size;
    int[] visible;
    /** Per element: its parent's place (-1 for the root), and its own text nodes' counts, for {@link TextStats}. */
    int[] parent;
    int[] ownText;
    int[] ownShown;
    int[] ownCommas;
    boolean[] headline;
    /** Per element: 0 not yet known, 1 a long paragraph, -1 anything else; filled only for the boxes asked about. */
    byte[] longParagraph;
    /** The elements open at this point of the walk, innermost last. */
    private int[] open = new int[16];
    /** One text node's counts, as {@link TextStats#countChars} gives them. */
    private final int[] counts = new int[3];
    private int depth;

    /** The subtrees of {@code root}, which has about {@code expected} elements (the arrays grow past it). */
    Subtrees(Element root, int expected) {
      int capacity = Math.max(16, expected);
      elements = new ArrayList<>(capacity);
      size = new int[capacity];
      visible = new int[capacity];
      parent = new int[capacity];
      ownText = new int[capacity];
      ownShown = new int[capacity];
      ownCommas = new int[capacity];
      headline = new boolean[capacity];
      longParagraph = new byte[capacity];
      Nodes.traverse(this, root);
    }

    @Override
    public void head(Node node, int ignored) {
      if (node instanceof TextNode) {
        if (depth == 0) return;
        counts[0] = 0;
        counts[1] = 0;
        counts[2] = 0;
        TextStats.countChars(((TextNode) node).getWholeText(), counts);
        int owner = open[depth - 1];
        visible[owner] += counts[0];
        ownText[owner] += counts[0];
        ownShown[owner] += counts[1];
        ownCommas[owner] += counts[2];
        return;
      }
      if (!(node instanceof Element)) return;
      int i = elements.size();
      elements.add((Element) node);
      grow(i + 1);
      parent[i] = depth > 0 ? open[depth - 1] : -1;
      if (depth == open.length) open = Arrays.copyOf(open, open.length * 2);
      open[depth++] = i;
    }

    @Override
    public void tail(Node node, int ignored) {
      if (!(node instanceof Element)) return;
      int i = open[--depth];
      Element e = (Element) node;
      String tag = e.normalName();
      size[i] = elements.size() - i;
      if (tag.equals("h1")) headline[i] = true;
      if (depth > 0) {
        int parent = open[depth - 1];
        visible[parent] += visible[i];
        headline[parent] |= headline[i];
      }
    }

    private void grow(int n) {
      if (n <= size.length) return;
      int capacity = Math.max(n, size.length * 2);
      size = Arrays.copyOf(size, capacity);
      visible = Arrays.copyOf(visible, capacity);
      parent = Arrays.copyOf(parent, capacity);
      ownText = Arrays.copyOf(ownText, capacity);
      ownShown = Arrays.copyOf(ownShown, capacity);
      ownCommas = Arrays.copyOf(ownCommas, capacity);
      longParagraph = Arrays.copyOf(longParagraph, capacity);
      headline = Arrays.copyOf(headline, capacity);
    }

    /**
     * The index of the subtree once the elements marked in {@code gone} (null: none), each with its subtree, are
     * removed (null when the root is): the text nodes stay where they were, so each remaining element's own counts
     * stand.
     */
    @Nullable TextStats statsWithout(boolean @Nullable [] gone) {
      int n = elements.size();
      if (gone != null && gone[0]) return null;
      if (gone == null) return new TextStats(elements, parent, ownText, ownShown, ownCommas);
      // Compacted in place, each element moving to its place among those kept (never later than its own), which
      // visible[] holds from here on: the decisions that read it are made.
      int k = 0;
      for (int i = 0; i < n; ) {
        if (gone[i]) {
          i += size[i];
          continue;
        }
        visible[i] = k;
        elements.set(k, elements.get(i));
        parent[k] = parent[i] < 0 ? -1 : visible[parent[i]];
        ownText[k] = ownText[i];
        ownShown[k] = ownShown[i];
        ownCommas[k] = ownCommas[i];
        k++;
        i++;
      }
      elements.subList(k, n).clear();
      return new TextStats(elements, parent, ownText, ownShown, ownCommas);
    }

    /**
     * Whether the element at {@code i}, though its class sounds like boilerplate, still holds the article:
     * its headline, a large share of the page's text, or long paragraphs.
     */
    boolean holdsArticle(int i, int pageText) {
      if (headline[i]) return true;
      if (pageText > 0 && visible[i] * 10 >= pageText * 3) return true;
      // Long paragraphs are counted only for the boxes asked about, each paragraph's text measured once.
      int longParagraphs = 0;
      for (int j = i, end = i + size[i]; j < end; j++) {
        if (longParagraph[j] == 0) {
          Element e = elements.get(j);
          longParagraph[j] = (byte) (e.normalName().equals("p") && ElementText.length(e) > 150 ? 1 : -1);
        }
        if (longParagraph[j] == 1 && ++longParagraphs >= 3) return true;
      }
      return false;
    }
  }
}
