package dev.newskit.html;

import dev.newskit.html.internal.Nodes;
import dev.newskit.html.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ObjIntConsumer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The elements the metadata readers look at, gathered in one walk over the parsed page instead of a
 * selector query each: {@code meta}, JSON-LD scripts, microdata, {@code rel} links and {@code time}
 * elements, in document order. Built once per extraction, before the page is pruned.
 */
final class PageIndex {
  final List<Element> metas = new ArrayList<>();
  final List<Element> jsonLd = new ArrayList<>();
  final List<Element> itemprops = new ArrayList<>();
  final List<Element> rels = new ArrayList<>();
  final List<Element> times = new ArrayList<>();
  final List<Element> noscripts = new ArrayList<>();
  final List<Element> images = new ArrayList<>();
  /**
   * The elements pruning removes whatever they hold ({@link PagePreparer#isNeverContent}), outermost only, in
   * document order; {@code noscript} elements are left to the lazy images' reading, which unwraps them.
   */
  final List<Element> neverContent = new ArrayList<>();
  /** Boxes whose class or id names a thread of readers' comments ({@link CommentSection#namesSection}), in page order. */
  final List<Element> commentSections = new ArrayList<>();
  /** Elements that are schema.org {@code Comment} microdata, in page order. */
  final List<Element> commentMicrodata = new ArrayList<>();
  /** The {@code h2} to {@code h4} headings, in page order: a comment section's heading is one. */
  final List<Element> headings = new ArrayList<>();
  /**
   * The elements that mark where an article stands, in page order: {@code h1} and {@code main} elements and those whose
   * {@code itemprop} says {@code articleBody} (as a selector's {@code [itemprop~=articleBody]} finds them).
   */
  final List<Element> articleMarks = new ArrayList<>();
  /** The first {@code html} element: the root whose {@code lang} survived when a page has several. */
  @Nullable Element htmlRoot;
  int elements;
  /** The elements inside {@link #neverContent} (themselves included): what pruning takes away before it counts. */
  int neverContentElements;
  private final Document doc;
  private @Nullable String title;

  PageIndex(Document doc) {
    this.doc = doc;
    Nodes.forEachElement(doc, new Walk());
  }

  /** The walk that fills the index, keeping where it is relative to the never-content elements. */
  private final class Walk implements ObjIntConsumer<Element> {
    /** While the walk is inside a never-content element, that element's depth; -1 outside one. */
    private int inNeverContent = -1;

    @Override
    public void accept(Element e, int depth) {
      elements++;
      String tag = e.normalName();
      if (depth <= inNeverContent) inNeverContent = -1;
      boolean attributes = e.attributesSize() > 0;
      if (inNeverContent < 0 && !tag.equals("noscript") && PagePreparer.isNeverContent(e, attributes)) {
        neverContent.add(e);
        inNeverContent = depth;
      }
      if (inNeverContent >= 0) neverContentElements++;
      if (tag.equals("img")) {
        images.add(e);
      } else if (tag.equals("noscript")) {
        noscripts.add(e);
      } else if (htmlRoot == null && tag.equals("html")) {
        htmlRoot = e;
      } else if (tag.equals("h2") || tag.equals("h3") || tag.equals("h4")) {
        headings.add(e);
      } else if (tag.equals("h1") || tag.equals("main")) {
        articleMarks.add(e);
      }
      if (!attributes) return;
      if (inNeverContent < 0 && CommentSection.namesSection(e)) commentSections.add(e);
      if (e.hasAttr("itemtype") && CommentSection.isCommentMicrodata(e)) commentMicrodata.add(e);
      switch (tag) {
        case "meta":
          metas.add(e);
          break;
        case "script":
          if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) jsonLd.add(e);
          break;
        case "a":
        case "link":
          if (e.hasAttr("rel")) rels.add(e);
          break;
        case "time":
          if (e.hasAttr("datetime")) times.add(e);
          break;
        default:
          break;
      }
      if (e.hasAttr("itemprop")) {
        itemprops.add(e);
        if (!tag.equals("h1") && !tag.equals("main") && e.attr("itemprop").contains("articleBody")) articleMarks.add(e);
      }
    }
  }

  /** The text of the page's {@code <title>}, whitespace normalised; read once, before the page is pruned. */
  String title() {
    if (title == null) {
      title = doc.title();
      // Text printed before <html> (a server's warning) moves the head's elements into the body.
      if (title.isEmpty()) {
        for (Element t : doc.getElementsByTag("title")) {
          if (t.closest("svg") == null) {
            title = t.text().strip();
            break;
          }
        }
      }
    }
    return title;
  }

  /** The first element whose {@code itemprop} list holds {@code prop}. */
  Element itemprop(String prop) {
    for (Element e : itemprops) {
      if (Texts.hasToken(e.attr("itemprop"), prop, false)) return e;
    }
    return null;
  }

  /** The {@code a} and {@code link} elements whose {@code rel} list holds {@code rel}, case-insensitive. */
  List<Element> withRel(String rel) {
    List<Element> out = new ArrayList<>();
    for (Element e : rels) {
      if (Texts.hasToken(e.attr("rel"), rel, true)) out.add(e);
    }
    return out;
  }
}
