package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Author;
import dev.newskit.core.DateTextParser;
import dev.newskit.core.FieldSource;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The article object of a page's JSON-LD: found in graphs and arrays, read leniently, its fields offered as JSON-LD. */
class JsonLdReaderTest {
  private static PageMetadata read(String title, String... scripts) {
    StringBuilder head = new StringBuilder("<title>" + title + "</title>");
    for (String s : scripts) head.append("<script type='application/ld+json'>").append(s).append("</script>");
    Document doc = Jsoup.parse("<html><head>" + head + "</head><body></body></html>", "https://news.example/a/1");
    PageMetadata meta = new PageMetadata();
    JsonLdReader.read(doc, new PageIndex(doc), meta, new PageDates(DateTextParser.iso(), Optional.empty(), 200), 10_000);
    return meta;
  }

  private static String text(PageMetadata m, PageMetadata.Field f) {
    return m.text(f).map(Sourced::value).orElse(null);
  }

  @Test
  void everyFieldOfANewsArticle() {
    PageMetadata m = read("Talks stall | News", "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        + "\"headline\":\"Talks stall\",\"description\":\"A summary\",\"datePublished\":\"2026-04-10T07:15:00+03:00\","
        + "\"dateModified\":\"2026-04-10T09:02:00+03:00\",\"articleSection\":[\"World\",\"Politics\"],\"inLanguage\":\"en\","
        + "\"mainEntityOfPage\":{\"@id\":\"https://news.example/a/1\"},\"image\":{\"url\":\"https://news.example/i.jpg\"},"
        + "\"publisher\":{\"name\":\"News\",\"logo\":{\"url\":\"https://news.example/logo.png\"}},"
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\",\"url\":\"https://news.example/jane\"},{\"name\":\"John Roe\"}],"
        + "\"keywords\":\"Gaza, Talks\"}");
    assertEquals("Talks stall", text(m, PageMetadata.Field.TITLE));
    assertEquals("A summary", text(m, PageMetadata.Field.DESCRIPTION));
    assertEquals("World", text(m, PageMetadata.Field.SECTION));
    assertEquals("en", text(m, PageMetadata.Field.LANGUAGE));
    assertEquals("https://news.example/a/1", text(m, PageMetadata.Field.URL));
    assertEquals("https://news.example/i.jpg", text(m, PageMetadata.Field.IMAGE));
    assertEquals("News", text(m, PageMetadata.Field.SITE_NAME));
    assertEquals("https://news.example/logo.png", text(m, PageMetadata.Field.PUBLISHER_LOGO));
    assertEquals("2026-04-10T07:15:00+03:00", m.date(PageMetadata.Field.PUBLISHED).orElseThrow().value().toIsoString());
    assertEquals("2026-04-10T09:02:00+03:00", m.date(PageMetadata.Field.MODIFIED).orElseThrow().value().toIsoString());
    List<Author> authors = m.authors().orElseThrow().value();
    assertEquals(List.of("Jane Doe", "John Roe"), authors.stream().map(Author::name).toList());
    assertEquals("https://news.example/jane", authors.get(0).url().orElseThrow().toString());
    assertEquals(List.of("Gaza", "Talks"), m.tags().orElseThrow().value());
  }

  @Test
  void theArticleInsideAGraphOrArrayAndTheWebsiteName() {
    PageMetadata m = read("x", "{\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Site\"},{\"@type\":[\"Thing\",\"ReportageNewsArticle\"],"
        + "\"headline\":\"In a graph\"}]}");
    assertEquals("In a graph", text(m, PageMetadata.Field.TITLE));
    assertEquals("Site", text(m, PageMetadata.Field.SITE_NAME));
    assertEquals("In an array", text(read("x", "[{\"@type\":\"BlogPosting\",\"headline\":\"In an array\"}]"), PageMetadata.Field.TITLE));
  }

  @Test
  void leniencyWithRealPagesJson() {
    PageMetadata m = read("x", "<!-- {'@type':'Article', /* a comment */ 'headline':'Single quotes',} -->");
    assertEquals("Single quotes", text(m, PageMetadata.Field.TITLE));
    PageMetadata broken = read("x", "{\"@type\":\"Article\",\"headline\":", "{\"@type\":\"Article\",\"headline\":\"Second script\"}");
    assertEquals("Second script", text(broken, PageMetadata.Field.TITLE), "a broken script does not hide the next");
  }

  @Test
  void theHeadlineThePageTitleHolds() {
    String ld = "{\"@type\":\"NewsArticle\",\"headline\":\"Opinion\",\"name\":\"The real headline\"}";
    assertEquals("The real headline", text(read("The real headline | Site", ld), PageMetadata.Field.TITLE));
    assertEquals("Opinion", text(read("Opinion: The real headline", ld), PageMetadata.Field.TITLE), "both in the title: the headline");
    assertEquals("Opinion", text(read("Something else", ld), PageMetadata.Field.TITLE), "neither: the headline");
  }

  @Test
  void noArticleNoFieldsAndAnOrganizationAfterAPersonIsNotAnAuthor() {
    PageMetadata none = read("x", "{\"@type\":\"Organization\",\"name\":\"Org\"}");
    assertTrue(none.text(PageMetadata.Field.TITLE).isEmpty());
    assertTrue(none.authors().isEmpty());
    PageMetadata m = read("x", "{\"@type\":\"Article\",\"headline\":\"h\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},"
        + "{\"@type\":\"NewsMediaOrganization\",\"name\":\"News Desk Inc\"}]}");
    assertEquals(List.of("Jane Doe"), m.authors().orElseThrow().value().stream().map(Author::name).toList());
  }

  @Test
  void anAuthorNamedOnceInTheGraphAndReferredToById() {
    PageMetadata m = read("x", "{\"@graph\":[{\"@type\":\"Article\",\"headline\":\"H\",\"author\":{\"@id\":\"https://news.example/#/person/1\"}},"
        + "{\"@type\":\"Person\",\"@id\":\"https://news.example/#/person/1\",\"name\":\"Tatum Reyes\"}]}");
    assertEquals(List.of("Tatum Reyes"), m.authors().orElseThrow().value().stream().map(Author::name).toList());
  }

  @Test
  void withoutAnArticleTheDatesOfTheWebPageAreThePages() {
    PageMetadata m = read("x", "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Site\"},"
        + "{\"@type\":\"ImageObject\",\"datePublished\":\"2011-01-01T00:00:00+00:00\"},{\"@type\":\"WebPage\","
        + "\"datePublished\":\"2020-08-18T19:35:33+00:00\",\"dateModified\":\"2020-08-18T19:35:37+00:00\"}]}");
    assertEquals("2020-08-18T19:35:33Z", m.date(PageMetadata.Field.PUBLISHED).orElseThrow().value().toIsoString());
    assertEquals("2020-08-18T19:35:37Z", m.date(PageMetadata.Field.MODIFIED).orElseThrow().value().toIsoString());
    // An article's own date wins over the web page's; a comment's date is never the page's.
    PageMetadata both = read("x", "[{\"@type\":\"WebPage\",\"datePublished\":\"2019-01-01\"},"
        + "{\"@type\":\"NewsArticle\",\"headline\":\"h\",\"datePublished\":\"2020-02-02\"}]");
    assertEquals(List.of("2020-02-02"), both.publishedCandidates().stream().map(d -> d.value().toIsoString()).toList());
    assertTrue(read("x", "{\"@type\":\"Comment\",\"datePublished\":\"2020-02-02\"}").publishedCandidates().isEmpty());
  }

  @Test
  void aBrokenBlockStillGivesItsKeyNamedDates() {
    // A raw line break inside a string is allowed; an unescaped quote inside one is not, and ends the parse.
    PageMetadata m = read("x", "{\"@type\":\"NewsArticle\",\"headline\":\"The \"best\" one\",\"datePublished\": "
        + "\"2020-10-26T18:10:00+01:00\",\"dateModified\":\"2020-10-26T18:13:30+01:00\"}");
    assertEquals("2020-10-26T18:10:00+01:00", m.date(PageMetadata.Field.PUBLISHED).orElseThrow().value().toIsoString());
    assertEquals(FieldSource.JSON_LD, m.date(PageMetadata.Field.PUBLISHED).orElseThrow().source());
    assertEquals("2020-10-26T18:13:30+01:00", m.date(PageMetadata.Field.MODIFIED).orElseThrow().value().toIsoString());
    assertTrue(read("x", "{\"@type\":\"NewsArticle\",\"headline\":\"no \"date\" here\"}").publishedCandidates().isEmpty());
  }

  @Test
  void aBlockInABareCdataSectionIsRead() {
    // <![CDATA[ … ]]> without the "//" that hides the marks from scripts: the JSON inside is still the page's.
    PageMetadata m = read("A teaser | News", "\n<![CDATA[\n[{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        + "\"headline\":\"The deck of cards that made tarot\"}]\n]]>\n");
    assertEquals("The deck of cards that made tarot", text(m, PageMetadata.Field.TITLE));
  }

  @Test
  void aBlockWrappedInCommentsAndCdataMarksIsRead() {
    // "//<![CDATA[ … //]]>" hides the marks from scripts; an HTML comment may wrap a bare CDATA section too.
    assertEquals("Commented-out marks", text(read("x", "\n//<![CDATA[\n{\"@type\":\"NewsArticle\","
        + "\"headline\":\"Commented-out marks\"}\n//]]>\n"), PageMetadata.Field.TITLE));
    assertEquals("A comment around CDATA", text(read("x", " <!--<![CDATA[ {\"@type\":\"NewsArticle\","
        + "\"headline\":\"A comment around CDATA\"}\n]]>-->\n"), PageMetadata.Field.TITLE));
  }

  @Test
  void theBreadcrumbsLastItemNamesThePage() {
    // The items come out of order; the highest position is the page itself, named in its item or on the entry.
    PageMetadata m = read("x", "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"BreadcrumbList\",\"itemListElement\":["
        + "{\"@type\":\"ListItem\",\"position\":3,\"item\":{\"@id\":\"https://news.example/a/1\",\"name\":\"Die Stadt plant neue Radwege\"}},"
        + "{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Startseite\",\"item\":\"https://news.example/\"},"
        + "{\"@type\":\"ListItem\",\"position\":2,\"name\":\"Verkehr\",\"item\":\"https://news.example/verkehr/\"}]}]}");
    assertEquals("Die Stadt plant neue Radwege", text(m, PageMetadata.Field.BREADCRUMB_NAME));
    assertEquals("Verkehr", text(read("x", "{\"@type\":\"BreadcrumbList\",\"itemListElement\":["
        + "{\"@type\":\"ListItem\",\"name\":\"Startseite\"},{\"@type\":\"ListItem\",\"name\":\"Verkehr\"}]}"),
        PageMetadata.Field.BREADCRUMB_NAME));
  }
}
