package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@link PageIndex}: which elements one walk gathers for the metadata readers, and which it passes over. */
class PageIndexTest {
  private static final String PAGE = """
      <html lang="en"><head>
        <title>  Storm   closes the port </title>
        <meta charset="utf-8">
        <meta property="og:title" content="Storm closes the port">
        <meta>
        <script type="application/LD+JSON">{"@type":"NewsArticle"}</script>
        <script>var notJsonLd = 1;</script>
        <script type="text/javascript">var alsoNot = 2;</script>
        <link rel="Canonical" href="https://news.example/storm">
        <link href="/style.css">
      </head><body>
        <article itemscope itemtype="https://schema.org/NewsArticle">
          <h1 itemprop="headline name">Storm closes the port</h1>
          <a rel="author tag" href="/staff/dana">Dana Levi</a>
          <a href="/elsewhere">elsewhere</a>
          <time datetime="2026-04-10T07:15:00+03:00">10 April</time>
          <time>yesterday</time>
          <img src="/a.jpg"><img>
          <noscript><img src="/b.jpg"></noscript>
          <p itemprop="articleBody">The port closed at dawn.</p>
        </article>
      </body></html>""";

  @Test
  void gathersEachKindInDocumentOrder() {
    Document doc = Jsoup.parse(PAGE, "https://news.example/storm");
    PageIndex index = new PageIndex(doc);
    assertEquals(List.of("utf-8", "og:title"),
        index.metas.stream().map(m -> m.hasAttr("charset") ? m.attr("charset") : m.attr("property")).toList(),
        "a meta without attributes says nothing and is left out");
    assertEquals(1, index.jsonLd.size(), "only the ld+json script, whatever the case of its type");
    assertEquals(List.of("link", "a"), index.rels.stream().map(Element::normalName).toList(),
        "links and anchors with rel, not those without");
    assertEquals(1, index.times.size(), "a time without datetime is left to the visible-text readers");
    assertEquals(List.of("h1", "p"), index.itemprops.stream().map(Element::normalName).toList(),
        "elements with itemprop; itemscope alone is not one");
    assertEquals(3, index.images.size(), "every img, the one inside noscript and the one without src too");
    assertEquals(1, index.noscripts.size());
    assertSame(doc.selectFirst("html"), index.htmlRoot);
    assertEquals(doc.getAllElements().size(), index.elements, "every element is counted, the document too");
  }

  @Test
  void itempropAndRelMatchWholeTokens() {
    PageIndex index = new PageIndex(Jsoup.parse(PAGE));
    assertEquals("h1", index.itemprop("name").normalName(), "one of several itemprop tokens");
    assertEquals("h1", index.itemprop("headline").normalName());
    assertEquals("p", index.itemprop("articleBody").normalName());
    assertNull(index.itemprop("head"), "a prefix of a token is not the token");
    assertEquals(1, index.withRel("canonical").size(), "rel matches case-insensitively");
    assertEquals("Dana Levi", index.withRel("TAG").get(0).text());
    assertTrue(index.withRel("auth").isEmpty());
  }

  @Test
  void theTitleIsReadOnceBeforeThePageIsPruned() {
    Document doc = Jsoup.parse(PAGE);
    PageIndex index = new PageIndex(doc);
    assertEquals("Storm closes the port", index.title(), "whitespace normalised");
    doc.select("title").remove();
    assertEquals("Storm closes the port", index.title(), "the first reading is kept");
  }

  @Test
  void anEmptyPageHasOnlyTheSkeleton() {
    Document doc = Jsoup.parse("");
    PageIndex index = new PageIndex(doc);
    assertEquals(4, index.elements, "#root, html, head, body");
    assertTrue(index.metas.isEmpty() && index.jsonLd.isEmpty() && index.rels.isEmpty() && index.times.isEmpty()
        && index.itemprops.isEmpty() && index.images.isEmpty() && index.noscripts.isEmpty());
    assertEquals("", index.title());
  }

  @Test
  void ofSeveralHtmlRootsTheFirstIsKept() {
    // jsoup merges a second <html> into the first: its lang is the one that survived.
    Document doc = Jsoup.parse("<html lang=he><body><p>א</p><html lang=en><p>b</p></html></body></html>");
    PageIndex index = new PageIndex(doc);
    assertEquals("he", index.htmlRoot.attr("lang"));
  }
}
