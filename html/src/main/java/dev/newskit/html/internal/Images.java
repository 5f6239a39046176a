package dev.newskit.html.internal;

import dev.newskit.core.Image;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Image addresses as pages really give them: lazy-loading attributes, {@code srcset}, placeholders. */
public final class Images {
  private static final String[] LAZY_ATTRIBUTES = {"data-src", "data-lazy-src", "data-original", "data-lazy",
      "data-url", "data-hi-res-src", "data-full-src"};

  private static final Evaluator PICTURE = QueryParser.parse("picture");
  private Images() {}

  /**
   * Gives every {@code img} with a lazy-loading attribute or only a {@code srcset} its real {@code src},
   * and keeps the image of a {@code <noscript>} fallback in place of its placeholder (any other
   * fallback content goes).
   */
  public static void resolveLazyImages(Document doc) {
    resolveLazyImages(doc.getElementsByTag("noscript"), doc.getElementsByTag("img"));
  }

  /**
   * {@link #resolveLazyImages(Document)} for a page whose {@code noscript} and {@code img} elements were
   * already gathered, in document order, before anything was changed.
   */
  public static void resolveLazyImages(List<Element> noscripts, List<Element> images) {
    resolveLazyImages(noscripts, images, PageEdits.NONE);
  }

  /** Like {@link #resolveLazyImages(List, List)}, telling {@code edits} of each element before its children change. */
  public static void resolveLazyImages(List<Element> noscripts, List<Element> images, PageEdits edits) {
    for (Element noscript : noscripts) {
      Element parent = noscript.parent();
      if (parent != null) edits.changing(parent);
      if (noscript.getElementsByTag("img").isEmpty()) {
        noscript.remove();
      } else {
        Element previous = noscript.previousElementSibling();
        if (previous != null && previous.normalName().equals("img") && !hasRealSource(previous)) previous.remove();
        edits.changing(noscript);
        noscript.unwrap();
      }
    }
    for (Element img : images) {
      // A placeholder removed above is no longer on the page.
      if (img.parent() == null || hasRealSource(img)) continue;
      String real = null;
      for (String attr : LAZY_ATTRIBUTES) {
        if (img.hasAttr(attr) && !img.attr(attr).isBlank()) {
          real = img.attr(attr);
          break;
        }
      }
      if (real == null) real = largestFromSrcset(firstNonBlank(img.attr("srcset"), img.attr("data-srcset")));
      if (real == null) {
        Element picture = img.closest(PICTURE);
        if (picture != null) {
          for (Element source : picture.getElementsByTag("source")) {
            real = largestFromSrcset(firstNonBlank(source.attr("srcset"), source.attr("data-srcset")));
            if (real != null) break;
          }
        }
      }
      if (real != null) img.attr("src", real.strip());
    }
  }

  /**
   * Whether {@code src} is a real address, not empty, a fragment (which names the page itself), a data:
   * placeholder or a known spacer.
   */
  public static boolean hasRealSource(Element img) {
    String src = img.attr("src").strip();
    if (src.isEmpty() || src.startsWith("#") || src.startsWith("data:")) return false;
    String lower = src.toLowerCase(Locale.ROOT);
    return !(lower.contains("spacer.gif") || lower.contains("blank.gif") || lower.contains("pixel.gif")
        || lower.endsWith("/placeholder.png") || lower.contains("lazy-placeholder") || lower.contains("1x1"));
  }

  /**
   * The image an {@code img} element shows, with its alt text and size, if its address is a web address:
   * resolved against the page's address, or, on a page parsed without one, the relative reference the
   * page gave.
   */
  public static Optional<Image> of(Element img) {
    if (!hasRealSource(img)) return Optional.empty();
    String url = Urls.absUrl(img, "src");
    if (!Urls.isAbsoluteHttp(url)) {
      if (!img.baseUri().isEmpty()) return Optional.empty();
      Optional<String> relative = Urls.relativeAsGiven(img.attr("src"));
      if (relative.isEmpty()) return Optional.empty();
      url = relative.get();
    }
    try {
      Image.Builder b = Image.builder(url);
      String alt = Texts.normalise(img.attr("alt"));
      if (!alt.isEmpty()) b.alt(alt);
      OptionalInt w = size(img.attr("width"));
      OptionalInt h = size(img.attr("height"));
      if (w.isPresent() && h.isPresent()) b.size(w.getAsInt(), h.getAsInt());
      return Optional.of(b.build());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Whether an image is too small to be content (icons, tracking pixels), by its declared size. */
  public static boolean isTiny(Element img) {
    OptionalInt w = size(img.attr("width"));
    OptionalInt h = size(img.attr("height"));
    return (w.isPresent() && w.getAsInt() < 60) || (h.isPresent() && h.getAsInt() < 60);
  }

  private static OptionalInt size(String value) {
    String v = value.strip();
    if (v.endsWith("px")) v = v.substring(0, v.length() - 2);
    // Most images have no width or height, or give "100%" or "auto": refused here, exactly where parseInt
    // would throw, without the cost of an exception per attribute.
    if (!isInteger(v)) return OptionalInt.empty();
    try {
      int n = Integer.parseInt(v);
      return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  /** Whether {@link Integer#parseInt} reads {@code v} but for overflow: an optional sign, then one or more digits. */
  private static boolean isInteger(String v) {
    int start = !v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-') ? 1 : 0;
    if (start == v.length()) return false;
    for (int i = start; i < v.length(); i++) if (Character.digit(v.charAt(i), 10) < 0) return false;
    return true;
  }

  private static String largestFromSrcset(String srcset) {
    String best = null;
    double bestSize = -1;
    for (Srcset.Candidate c : Srcset.parse(srcset)) {
      double size = Srcset.size(c.descriptor());
      if (size > bestSize) {
        bestSize = size;
        best = c.url();
      }
    }
    return best;
  }

  private static String firstNonBlank(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }
}
