package dev.newskit.html;

import dev.newskit.html.internal.Images;
import dev.newskit.html.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes from a parsed page what is never article content: scripts and styles, forms, hidden
 * elements, site navigation, sidebars and footers, and boxes whose class or id names boilerplate
 * (share bars, tag boxes, newsletters, comments, related and most-read lists, tickers, cookie notices).
 * Lazy images are given their real {@code src} first, and {@code <noscript>} image fallbacks kept.
 */
final class PagePreparer {
  private static final java.util.Set<String> ALWAYS_REMOVED_TAGS = java.util.Set.of("script", "style", "template",
      "svg", "canvas", "button", "input", "select", "textarea", "object", "link", "meta", "dialog", "nav", "aside");
  private static final java.util.Set<String> CHROME_ROLES = java.util.Set.of("navigation", "banner", "contentinfo",
      "complementary", "search", "dialog", "alertdialog", "menu", "menubar");

  private PagePreparer() {}

  static void prepare(Document doc) {
    Images.resolveLazyImages(doc);
    List<Element> removed = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      if (isNeverContent(e)) removed.add(e);
    }
    for (Element e : removed) e.remove();
    if (doc.body() == null) return;
    int pageText = Texts.visibleLength(doc.body());
    List<Element> doomed = new ArrayList<>();
    for (Element e : doc.body().getAllElements()) {
      boolean form = e.normalName().equals("form") && !holdsArticle(e, pageText);
      boolean boilerplate = Vocabulary.hasNegativeClass(e) && !Vocabulary.hasPositiveClass(e) && !isInlineInText(e)
          && !holdsArticle(e, pageText);
      if (form || boilerplate || isHiddenByStyle(e) || isSiteChrome(e, pageText)) doomed.add(e);
    }
    for (Element e : doomed) e.remove();
  }

  private static final java.util.Set<String> INLINE_TAGS = java.util.Set.of("span", "a", "b", "strong", "em", "i", "u",
      "abbr", "cite", "code", "mark", "small", "sub", "sup", "time", "q", "font", "dfn", "var", "kbd", "s");

  /**
   * An inline element inside running text ({@code At <span class="ticker">Home Depot</span>, we}): part of
   * the sentence whatever its class says, so removing it would cut the sentence.
   */
  private static boolean isInlineInText(Element e) {
    if (!INLINE_TAGS.contains(e.normalName())) return false;
    Element parent = e.parent();
    if (parent == null) return false;
    for (org.jsoup.nodes.Node sibling : parent.childNodes()) {
      if (sibling instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) return true;
    }
    return false;
  }

  /** Scripts, styles, controls, navigation, hidden elements: never part of an article, whatever they hold. */
  private static boolean isNeverContent(Element e) {
    if (ALWAYS_REMOVED_TAGS.contains(e.normalName())) return true;
    if (e.attributesSize() == 0) return false;
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) return true;
    String role = e.attr("role");
    return !role.isEmpty() && CHROME_ROLES.contains(role.strip().toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean isHiddenByStyle(Element e) {
    String style = e.attr("style");
    if (style.isEmpty()) return false;
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  /** A page-level header or footer, outside any article. */
  private static boolean isSiteChrome(Element e, int pageText) {
    String tag = e.normalName();
    return (tag.equals("header") || tag.equals("footer")) && e.closest("article, main, [itemprop~=articleBody]") == null
        && !holdsArticle(e, pageText);
  }

  /**
   * Whether an element with a boilerplate-sounding class still holds the article: its headline, long
   * paragraphs, or a large share of the page's text.
   */
  private static boolean holdsArticle(Element e, int pageText) {
    if (!e.getElementsByTag("h1").isEmpty()) return true;
    if (pageText > 0 && Texts.visibleLength(e) * 10 >= pageText * 3) return true;
    int longParagraphs = 0;
    for (Element p : e.getElementsByTag("p")) {
      if (p.text().length() > 150 && ++longParagraphs >= 3) return true;
    }
    return false;
  }
}
