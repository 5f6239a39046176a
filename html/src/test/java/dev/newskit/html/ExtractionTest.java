package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Article;
import dev.newskit.core.Author;
import dev.newskit.core.Block;
import dev.newskit.core.DateTextParser;
import dev.newskit.core.FieldSource;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * {@link Extraction}: one page through every step, and what the steps hand each other: the lines lifted
 * into fields leave the body, a trailing reporter's name becomes the byline, the page's language and
 * visible tags, the raw body HTML, and the element limit checked on the parsed page.
 */
class ExtractionTest {
  private static final String URL = "https://news.example/storm";
  private static final String LONG = "The port of Haifa closed on Friday morning after the storm broke two cranes, "
      + "the port authority said, and ships waiting outside were told to anchor further out until Sunday.";
  private static final String PAGE = """
      <html><head><title>Storm closes the port - Harbour News</title>
      <meta http-equiv="Content-Language" content="en_GB"></head><body>
      <nav><a rel="tag" href="/menu">Menu tag</a></nav>
      <article>
        <h1>Storm closes the port</h1>
        <p>By Dana Levi</p>
        <div class="story-body">
          <p>%s</p>
          <p>Engineers expect to repair the cranes by Sunday, although the forecast, issued overnight, warns of more wind.</p>
          <p>Read more</p>
          <p>(Omar Haddad)</p>
        </div>
        <a rel="tag" href="/t/weather">Weather</a> <a rel="tag" href="/t/ports">Ports</a>
      </article></body></html>""".formatted(LONG);

  private static Extraction extraction(String html) {
    Document doc = Extraction.parse(html, Optional.of(URL), HtmlLimits.defaults());
    return new Extraction(doc, Optional.of(URL), HtmlLimits.defaults(),
        new PageDates(DateTextParser.installed(), Optional.empty(), 200));
  }

  private static List<String> body(Article a) {
    return a.body().stream().map(Block::text).toList();
  }

  @Test
  void onePageThroughEveryStep() {
    Article a = extraction(PAGE).run();
    assertEquals(Optional.of("Storm closes the port"), a.title());
    assertEquals(List.of("Dana Levi"), a.authors().stream().map(Author::name).toList(),
        "the header's byline; the trailing name does not add a second author");
    assertEquals(List.of(LONG, "Engineers expect to repair the cranes by Sunday, although the forecast, issued overnight, "
        + "warns of more wind."), body(a), "the byline, the boilerplate line and the trailing name leave the body");
    assertEquals(Optional.of(Locale.forLanguageTag("en-GB")), a.pageLanguage(), "from the Content-Language meta");
    assertEquals(List.of("Weather", "Ports"), a.tags(), "visible tags, not those in the navigation");
    assertEquals(FieldSource.VISIBLE_TEXT, a.provenance().get("tags"));
    assertEquals(FieldSource.CALLER, a.provenance().get("url"));
    assertEquals("https://news.example/storm", a.url().orElseThrow().toString());
  }

  @Test
  void aLabelledCreditAmongTheLastParagraphsIsTheBylineWhenThereIsNoOther() {
    String page = PAGE.replace("<p>By Dana Levi</p>", "").replace("<p>(Omar Haddad)</p>",
        "<p>Auteur : Kossivi Tiassou</p><p>Edition : M-A. Pioerron</p>");
    Article a = extraction(page).run();
    assertEquals(List.of("Kossivi Tiassou"), a.authors().stream().map(Author::name).toList());
    assertTrue(body(a).contains("Auteur : Kossivi Tiassou"), "the credit stays in the body");
    assertEquals(List.of("Dana Levi"), extraction(PAGE.replace("<p>(Omar Haddad)</p>", "<p>Auteur : Kossivi Tiassou</p>"))
        .run().authors().stream().map(Author::name).toList(), "a byline printed above wins");
  }

  @Test
  void aTrailingNameInParenthesesIsTheBylineWhenThereIsNoOther() {
    Article a = extraction(PAGE.replace("<p>By Dana Levi</p>", "")).run();
    assertEquals(List.of("Omar Haddad"), a.authors().stream().map(Author::name).toList());
    assertFalse(body(a).contains("(Omar Haddad)"));
  }

  @Test
  void theRawBodyHtmlOnlyWhenAsked() {
    Extraction plain = extraction(PAGE);
    plain.run();
    assertEquals("", plain.rawBodyHtml());
    Extraction withHtml = extraction(PAGE).withBodyHtml();
    withHtml.run();
    assertTrue(withHtml.rawBodyHtml().contains("repair the cranes"), withHtml.rawBodyHtml());
    assertFalse(withHtml.rawBodyHtml().contains("<nav"), "the navigation was pruned before the body was found");
  }

  @Test
  void theParsedPagesElementsAreCountedAgainstTheLimit() {
    // The text's start tags are under the limit; the parser adds html, head and body.
    String html = "<p>" + LONG + "</p>";
    HtmlLimits limits = HtmlLimits.builder().maxElements(3).build();
    Document doc = Extraction.parse(html, Optional.empty(), limits);
    Extraction e = new Extraction(doc, Optional.empty(), limits, new PageDates(DateTextParser.iso(), Optional.empty(), 200));
    HtmlLimitException thrown = assertThrows(HtmlLimitException.class, e::run);
    assertEquals("maxElements", thrown.limit());
    assertEquals(5, thrown.actual(), "the document, html, head, body and p");
  }

  @Test
  void aPagesOwnBaseDoesNotMoveItsLinks() {
    Document doc = Extraction.parse("<html><head><base href=\"https://evil.example/\"></head><body><a href=\"/x\">x</a>"
        + "</body></html>", Optional.of(URL), HtmlLimits.defaults());
    assertEquals("https://news.example/x", doc.selectFirst("a").absUrl("href"));
  }

  @Test
  void anEmptyPageGivesAnEmptyArticle() {
    Article a = extraction("<html><body></body></html>").run();
    assertEquals(List.of(), a.body());
    assertEquals(Optional.empty(), a.title());
    assertEquals(List.of(), a.authors());
  }
}
