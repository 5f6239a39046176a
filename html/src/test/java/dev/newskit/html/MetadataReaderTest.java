package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Author;
import dev.newskit.core.DateTextParser;
import dev.newskit.core.FieldSource;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Page metadata from meta tags, microdata, time elements and links, each with its source, the most trusted first. */
class MetadataReaderTest {
  private static PageMetadata read(String head, String body) {
    Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", "https://news.example/a/1");
    return MetadataReader.read(doc, new PageIndex(doc), new PageDates(DateTextParser.iso(), Optional.empty(), 200),
        HtmlLimits.defaults());
  }

  private static Optional<Sourced<String>> text(PageMetadata m, PageMetadata.Field f) {
    return m.text(f);
  }

  @Test
  void openGraphAndArticleProperties() {
    PageMetadata m = read("<meta property='og:title' content=' The  headline '><meta property='og:site_name' content='News'>"
        + "<meta property='article:section' content='World'><meta property='article:published_time' content='2026-04-10T07:15:00+03:00'>"
        + "<meta property='article:tag' content='Gaza'><meta property='article:tag' content='gaza '><meta property='article:tag' content='Talks'>"
        + "<meta property='article:author' content='Jane Doe'><meta property='og:image' content='https://news.example/i.jpg'>", "");
    assertEquals(Optional.of(new Sourced<>("The headline", FieldSource.OPEN_GRAPH)), text(m, PageMetadata.Field.TITLE));
    assertEquals("News", text(m, PageMetadata.Field.SITE_NAME).orElseThrow().value());
    assertEquals("World", text(m, PageMetadata.Field.SECTION).orElseThrow().value());
    assertEquals("https://news.example/i.jpg", text(m, PageMetadata.Field.IMAGE).orElseThrow().value());
    assertEquals("2026-04-10T07:15:00+03:00", m.date(PageMetadata.Field.PUBLISHED).orElseThrow().value().toIsoString());
    assertEquals(FieldSource.OPEN_GRAPH, m.date(PageMetadata.Field.PUBLISHED).orElseThrow().source());
    assertEquals(List.of("Gaza", "gaza", "Talks"), m.tags().orElseThrow().value());
    assertEquals(List.of("Jane Doe"), m.authors().orElseThrow().value().stream().map(Author::name).toList());
  }

  @Test
  void anArticleAuthorThatIsAnAddressIsSkippedButACreditWithASlashIsRead() {
    PageMetadata m = read("<meta property='article:author' content='https://www.facebook.com/janedoe'>"
        + "<meta property='article:author' content='facebook.com/janedoe'>"
        + "<meta property='og:article:author' content='AFP/The Local'>", "");
    assertEquals(List.of("AFP", "The Local"), m.authors().orElseThrow().value().stream().map(Author::name).toList());
    assertTrue(MetadataReader.isAddress("//www.example.com/jane"));
    assertFalse(MetadataReader.isAddress("Autor: Jane Doe"));
  }

  @Test
  void jsonLdComesBeforeOpenGraph() {
    PageMetadata m = read("<meta property='og:title' content='OG title'>"
        + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"LD title\"}</script>", "");
    assertEquals(Optional.of(new Sourced<>("LD title", FieldSource.JSON_LD)), text(m, PageMetadata.Field.TITLE));
  }

  @Test
  void aContentTierOfFreeOrLocked() {
    assertEquals("true", text(read("<meta property='article:content_tier' content='free'>", ""),
        PageMetadata.Field.ACCESSIBLE_FOR_FREE).orElseThrow().value());
    assertEquals("false", text(read("<meta property='article:content_tier' content='locked'>", ""),
        PageMetadata.Field.ACCESSIBLE_FOR_FREE).orElseThrow().value());
    assertTrue(text(read("<meta property='article:content_tier' content='metered'>", ""),
        PageMetadata.Field.ACCESSIBLE_FOR_FREE).isEmpty());
  }

  @Test
  void unreadableOrRelativeDatesAreLeftOut() {
    PageMetadata m = read("<meta property='article:published_time' content='last Tuesday'>", "");
    assertTrue(m.date(PageMetadata.Field.PUBLISHED).isEmpty());
    assertTrue(m.publishedCandidates().isEmpty());
  }

  @Test
  void nothingGivesNothing() {
    PageMetadata m = read("<title>Only a title</title>", "<p>text</p>");
    for (PageMetadata.Field f : PageMetadata.Field.values()) {
      if (f != PageMetadata.Field.TITLE) assertFalse(text(m, f).isPresent(), f.toString());
    }
    assertTrue(m.authors().isEmpty());
    assertTrue(m.tags().isEmpty());
  }

  @Test
  void machineDatesInUnixTimeBasicIsoAndBrokenIso() {
    assertEquals("2018-06-19T05:50:00Z", read("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
        + "\"datePublished\":1529387400}</script>", "").date(PageMetadata.Field.PUBLISHED).orElseThrow().value().toIsoString());
    assertEquals("2018-06-19T05:50:00Z", read("<meta name='pubdate' content='1529387400000'>", "")
        .date(PageMetadata.Field.PUBLISHED).orElseThrow().value().toIsoString());
    assertEquals("2018-06-19T05:50:00+09:00", read("<meta name='rnews:datePublished' content='20180619T055000+0900'>", "")
        .date(PageMetadata.Field.PUBLISHED).orElseThrow().value().toIsoString());
    // A time broken after the day keeps the day alone: the time is not trusted.
    var broken = read("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
        + "\"datePublished\":\"2022-01-10T22:06:08:684Z\"}</script>", "").date(PageMetadata.Field.PUBLISHED).orElseThrow();
    assertEquals("2022-01-10", broken.value().date().toString());
    assertEquals(dev.newskit.core.ParsedDate.Precision.DAY, broken.value().precision());
    // Not a time: too early for a page, or a count.
    assertTrue(read("<meta name='pubdate' content='0000000042'>", "").date(PageMetadata.Field.PUBLISHED).isEmpty());
  }

  @Test
  void metaVariantsOfThePublicationDate() {
    assertEquals("2019-10-16", read("<meta name='parsely-page' content='{\"title\": \"A\", \"pub_date\": \"2019-10-16T08:30:00Z\"}'>", "")
        .date(PageMetadata.Field.PUBLISHED).orElseThrow().value().date().toString());
    assertEquals("2019-10-16", read("<meta name='DC.date.issued' content='2019-10-16'>", "")
        .date(PageMetadata.Field.PUBLISHED).orElseThrow().value().date().toString());
    PageMetadata updated = read("<meta property='og:updated_time' content='2019-10-17T10:00:00+02:00'>", "");
    assertTrue(updated.date(PageMetadata.Field.PUBLISHED).isEmpty());
    assertEquals("2019-10-17T10:00:00+02:00", updated.date(PageMetadata.Field.MODIFIED).orElseThrow().value().toIsoString());
  }

  @Test
  void twoPrintedDatesRunTogetherGiveNoYear20223() {
    PageDates reader = new PageDates(DateTextParser.installed(), Optional.empty(), 200);
    assertTrue(reader.find("3. April 20223. April 2022").stream().allMatch(f -> f.date().date().getYear() <= 2100));
  }

  @Test
  void aTimeMarkedAsTheModificationIsNotThePublication() {
    PageMetadata m = read("", "<article><time datetime='2016-09-14T07:07:00-04:00' itemprop='dateModified'>Last updated</time>"
        + "<time datetime='2014-05-08T07:01:00-04:00'>May 8, 2014</time></article>");
    assertEquals("2014-05-08T07:01:00-04:00", m.date(PageMetadata.Field.PUBLISHED).orElseThrow().value().toIsoString());
  }

  @Test
  void aTimeInAQuotationDatesThePostQuotedNotThePage() {
    PageMetadata m = read("", "<article><h1>Urteil</h1><blockquote class='embed'><p>Ein Beitrag am "
        + "<time datetime='2018-03-12T19:30:12+00:00'>Mär 12, 2018</time></p></blockquote><p>Text.</p></article>");
    assertTrue(m.publishedCandidates().isEmpty());
  }

  private static Sourced<String> sourced(String value, FieldSource source) {
    return new Sourced<>(value, source);
  }

  private static List<String> names(PageMetadata m) {
    return m.authors().orElseThrow().value().stream().map(Author::name).toList();
  }

  @Test
  void openGraphDescriptionAddressAndModification() {
    PageMetadata m = read("<meta property='og:description' content='What happened'><meta property='og:url' "
        + "content='https://news.example/a/1'><meta property='og:updated_time' content='2026-04-11T08:00:00+03:00'>"
        + "<meta name='lastmod' content='2026-04-12'>", "");
    assertEquals(Optional.of(sourced("What happened", FieldSource.OPEN_GRAPH)), text(m, PageMetadata.Field.DESCRIPTION));
    assertEquals(Optional.of(sourced("https://news.example/a/1", FieldSource.OPEN_GRAPH)), text(m, PageMetadata.Field.URL));
    assertEquals(FieldSource.OPEN_GRAPH, m.date(PageMetadata.Field.MODIFIED).orElseThrow().source());
    assertEquals("2026-04-11T08:00:00+03:00", m.date(PageMetadata.Field.MODIFIED).orElseThrow().value().toIsoString());
  }

  @Test
  void twitterCardsComeAfterOpenGraph() {
    PageMetadata m = read("<meta property='og:title' content='OG title'><meta name='twitter:title' content='TW title'>"
        + "<meta name='twitter:description' content='TW description'>"
        + "<meta name='twitter:image:src' content='https://news.example/t.jpg'>", "");
    assertEquals(Optional.of(sourced("OG title", FieldSource.OPEN_GRAPH)), text(m, PageMetadata.Field.TITLE));
    assertEquals(List.of(sourced("OG title", FieldSource.OPEN_GRAPH), sourced("TW title", FieldSource.TWITTER)), m.titleOffers());
    assertEquals(Optional.of(sourced("TW description", FieldSource.TWITTER)), text(m, PageMetadata.Field.DESCRIPTION));
    assertEquals(Optional.of(sourced("https://news.example/t.jpg", FieldSource.TWITTER)), text(m, PageMetadata.Field.IMAGE));
  }

  @Test
  void oneMetaMayNameSeveralKeys() {
    PageMetadata m = read("<meta property='og:description  twitter:description' content='Shared'>"
        + "<meta name='x twitter:title' content='Card title'>", "");
    assertEquals(Optional.of(sourced("Shared", FieldSource.OPEN_GRAPH)), text(m, PageMetadata.Field.DESCRIPTION));
    assertEquals(Optional.of(sourced("Card title", FieldSource.TWITTER)), text(m, PageMetadata.Field.TITLE));
  }

  @Test
  void dublinCoreComesRightAfterJsonLd() {
    PageMetadata m = read("<meta property='og:title' content='OG title'><meta property='og:description' content='OG text'>"
        + "<meta name='DC.Title' content='DC title'><meta name='dc.description' content='DC text'>"
        + "<meta name='DC.creator' content='Jane Doe'>", "");
    assertEquals(Optional.of(sourced("DC title", FieldSource.META)), text(m, PageMetadata.Field.TITLE));
    assertEquals(Optional.of(sourced("DC text", FieldSource.META)), text(m, PageMetadata.Field.DESCRIPTION));
    assertEquals(List.of("Jane Doe"), names(m));
    assertEquals(FieldSource.META, m.authors().orElseThrow().source());
  }

  @Test
  void otherMetaNames() {
    PageMetadata m = read("<meta name='parsely-title' content='Parsely title'><meta name='description' content='Summary'>"
        + "<meta name='application-name' content='The Site'><meta name='parsely-section' content='Politics'>"
        + "<meta name='author' content='Jane Doe'><meta name='author' content='Jane Doe'><meta name='parsely-author' content='John Roe'>"
        + "<meta name='news_keywords' content='Gaza, talks،ceasefire'><meta name='dcterms.modified' content='2026-04-12'>", "");
    assertEquals(Optional.of(sourced("Parsely title", FieldSource.META)), text(m, PageMetadata.Field.TITLE));
    assertEquals(Optional.of(sourced("Summary", FieldSource.META)), text(m, PageMetadata.Field.DESCRIPTION));
    assertEquals(Optional.of(sourced("The Site", FieldSource.META)), text(m, PageMetadata.Field.SITE_NAME));
    assertEquals(Optional.of(sourced("Politics", FieldSource.META)), text(m, PageMetadata.Field.SECTION));
    // The first name that gives authors is the one read, each author once.
    assertEquals(List.of("Jane Doe"), names(m));
    assertEquals(List.of("Gaza", "talks", "ceasefire"), m.tags().orElseThrow().value());
    assertEquals("2026-04-12", m.date(PageMetadata.Field.MODIFIED).orElseThrow().value().toIsoString());
    assertEquals(FieldSource.META, m.date(PageMetadata.Field.MODIFIED).orElseThrow().source());
  }

  @Test
  void microdata() {
    PageMetadata m = read("", "<article itemscope itemtype='https://schema.org/NewsArticle'>"
        + "<meta itemprop='headline' content='Microdata headline'><h1>Shown headline</h1>"
        + "<time itemprop='datePublished' datetime='2026-04-10T07:15:00+03:00'>10 April</time>"
        + "<time itemprop='dateModified' datetime='2026-04-11T08:00:00+03:00'>11 April</time>"
        + "<span itemprop='articleSection'>World</span>"
        + "<span itemprop='author' itemscope><a href='/jane'><span itemprop='name'>Jane Doe</span></a>, correspondent</span>"
        + "<span itemprop='creator'>John Roe</span><span itemprop='author'>Jane Doe</span><span itemprop='editor'>Ed Itor</span>"
        + "</article>");
    assertEquals(Optional.of(sourced("Microdata headline", FieldSource.MICRODATA)), text(m, PageMetadata.Field.TITLE));
    assertEquals(Optional.of(sourced("World", FieldSource.MICRODATA)), text(m, PageMetadata.Field.SECTION));
    assertEquals(FieldSource.MICRODATA, m.date(PageMetadata.Field.PUBLISHED).orElseThrow().source());
    assertEquals("2026-04-10T07:15:00+03:00", m.date(PageMetadata.Field.PUBLISHED).orElseThrow().value().toIsoString());
    assertEquals(FieldSource.MICRODATA, m.date(PageMetadata.Field.MODIFIED).orElseThrow().source());
    assertEquals("2026-04-11T08:00:00+03:00", m.date(PageMetadata.Field.MODIFIED).orElseThrow().value().toIsoString());
    assertEquals(List.of("Jane Doe", "John Roe"), names(m));
    assertEquals(FieldSource.MICRODATA, m.authors().orElseThrow().source());
  }

  @Test
  void whichTimeElementDatesThePage() {
    // One marked pubdate, or inside the article or its header, before the first of the page.
    assertEquals("2026-04-10", timeElementDate("<div><time datetime='2026-01-01'>1 Jan</time></div>"
        + "<div><time pubdate datetime='2026-04-10'>10 Apr</time></div>"));
    assertEquals("2026-04-10", timeElementDate("<div><time datetime='2026-01-01'>1 Jan</time></div>"
        + "<header><time datetime='2026-04-10'>10 Apr</time></header>"));
    assertEquals("2026-04-10", timeElementDate("<div><time datetime='2026-04-10'>10 Apr</time></div>"
        + "<div><time datetime='2026-01-01'>1 Jan</time></div>"));
    // Without such a one, the first that is not a modification.
    assertEquals("2026-04-10", timeElementDate("<div><time itemprop='dateModified' datetime='2026-05-01'>1 May</time></div>"
        + "<div><time datetime='2026-04-10'>10 Apr</time></div>"));
    // A time in the site's navigation dates another story.
    assertEquals("none", timeElementDate("<nav><time datetime='2026-04-10'>10 Apr</time></nav><p>Text.</p>"));
    assertEquals("none", timeElementDate("<div role='navigation'><time datetime='2026-04-10'>10 Apr</time></div>"));
  }

  private static String timeElementDate(String body) {
    PageMetadata m = read("", body);
    return m.date(PageMetadata.Field.PUBLISHED).map(d -> {
      assertEquals(FieldSource.TIME_ELEMENT, d.source());
      return d.value().toIsoString();
    }).orElse("none");
  }

  @Test
  void canonicalLinkAndAuthorLinks() {
    PageMetadata m = read("<link rel='canonical' href='/a/1?page=2'><link rel='author' href='/about'>"
        + "<link rel='author' title='Jane Doe' href='/authors/jane'>",
        "<nav><a rel='author' href='/authors/other'>Other Person</a></nav><p>By <a rel='author' href='https://news.example/authors/john'>"
        + "John Roe</a> and <a rel='author' href='/authors/jane'>Jane Doe</a></p>");
    assertEquals(Optional.of(sourced("https://news.example/a/1?page=2", FieldSource.LINK_REL)), text(m, PageMetadata.Field.URL));
    assertEquals(FieldSource.LINK_REL, m.authors().orElseThrow().source());
    assertEquals(List.of(Author.of("Jane Doe", "https://news.example/authors/jane"),
        Author.of("John Roe", "https://news.example/authors/john")), m.authors().orElseThrow().value());
  }
}
