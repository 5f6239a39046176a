package dev.newskit.html;

import dev.newskit.core.Author;
import dev.newskit.core.FieldSource;
import dev.newskit.html.internal.Texts;
import dev.newskit.html.internal.Urls;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads every metadata layer of a page into {@link PageMetadata}, in this precedence: JSON-LD,
 * OpenGraph and {@code article:*}, Twitter cards, other {@code <meta>} names (author, date, Dublin
 * Core, Parse.ly and the like), microdata {@code itemprop}, {@code <time datetime>}, and
 * {@code <link rel>}. Scripts other than JSON-LD are never read for dates or authors.
 */
final class MetadataReader {
  // Selectors parsed once, not on every call.
  private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");
  private static final Evaluator ARTICLE_OR_HEADER = QueryParser.parse("article, header");
  private static final Evaluator QUOTATION = QueryParser.parse("blockquote, q");
  private static final Evaluator ARTICLE = QueryParser.parse("article");

  private MetadataReader() {}

  static PageMetadata read(Document doc, PageIndex index, PageDates dates, HtmlLimits limits) {
    PageMetadata meta = new PageMetadata();
    MetaTags tags = new MetaTags(index);
    JsonLdReader.read(doc, index, meta, dates, limits.maxJsonLdNodes());
    readDublinCore(tags, index, meta);
    readOpenGraph(index, tags, meta, dates);
    readTwitter(tags, meta);
    readMetaNames(index, tags, meta, dates);
    readMicrodata(index, meta, dates);
    readTimeElements(index, meta, dates);
    readLinks(index, meta);
    return meta;
  }

  private static void readOpenGraph(PageIndex index, MetaTags metaTags, PageMetadata meta, PageDates dates) {
    FieldSource og = FieldSource.OPEN_GRAPH;
    meta.offer(PageMetadata.Field.TITLE, metaTags.get("og:title"), og);
    meta.offer(PageMetadata.Field.DESCRIPTION, metaTags.get("og:description"), og);
    meta.offer(PageMetadata.Field.SITE_NAME, metaTags.get("og:site_name"), og);
    meta.offer(PageMetadata.Field.URL, metaTags.get("og:url"), og);
    meta.offer(PageMetadata.Field.IMAGE, first(metaTags.get("og:image:secure_url"), metaTags.get("og:image")), og);
    meta.offer(PageMetadata.Field.SECTION, metaTags.get("article:section"), og);
    meta.offer(PageMetadata.Field.ACCESSIBLE_FOR_FREE, contentTier(metaTags.get("article:content_tier")), og);
    dates.readDeclared(first(metaTags.get("article:published_time"), metaTags.get("og:published_time")))
        .ifPresent(d -> meta.offerDate(PageMetadata.Field.PUBLISHED, d, og));
    dates.readDeclared(first(metaTags.get("article:modified_time"), metaTags.get("og:updated_time")))
        .ifPresent(d -> meta.offerDate(PageMetadata.Field.MODIFIED, d, og));
    List<String> tags = new ArrayList<>();
    for (Element e : index.metas) if (e.attr("property").equalsIgnoreCase("article:tag")) tags.add(e.attr("content"));
    meta.offerTags(tags, og);
    List<Author> authors = new ArrayList<>();
    for (Element e : index.metas) {
      String property = e.attr("property");
      if (!property.equalsIgnoreCase("article:author") && !property.equalsIgnoreCase("og:article:author")) continue;
      String v = e.attr("content");
      // Facebook's form of the tag holds a profile's address; a credit with a slash ("AFP/The Local") is a name.
      if (!isAddress(v)) authors.addAll(Authors.fromByline(v));
    }
    meta.offerAuthors(authors, og);
  }

  /** A web address, with or without its scheme ("https://www.facebook.com/jane", "facebook.com/jane"). */
  private static final Pattern ADDRESS = Pattern.compile("(?i)^(?:https?:|//|www\\.|[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}/).*");

  /** Whether a declared author value is a web address rather than a name. */
  static boolean isAddress(String value) {
    return ADDRESS.matcher(value.strip()).matches();
  }

  /**
   * Dublin Core: explicit bibliographic metadata, trusted right after JSON-LD. A work with several creators repeats the
   * creator element, one person each ({@code DC.Creator} "Kooman, F.", then "Jong, Michiel de"): all of them are read.
   */
  private static void readDublinCore(MetaTags metaTags, PageIndex index, PageMetadata meta) {
    FieldSource m = FieldSource.META;
    meta.offer(PageMetadata.Field.TITLE, first(metaTags.get("dc:title"), metaTags.get("dcterm:title")), m);
    meta.offer(PageMetadata.Field.DESCRIPTION, first(metaTags.get("dc:description"), metaTags.get("dcterm:description")), m);
    String key = metaTags.get("dc:creator") != null ? "dc:creator" : "dcterm:creator";
    List<Author> creators = new ArrayList<>();
    // property= first, as MetaTags reads it: the RDFa form.
    for (String attr : new String[] {"property", "name"}) {
      for (Element e : index.metas) {
        if (!MetaTags.holdsKey(e.attr(attr), key)) continue;
        for (Author a : Authors.fromByline(e.attr("content"))) {
          if (creators.stream().noneMatch(c -> c.name().equals(a.name()))) creators.add(a);
        }
      }
      if (!creators.isEmpty()) break;
    }
    if (!creators.isEmpty()) meta.offerAuthors(creators, m);
  }

  private static void readTwitter(MetaTags metaTags, PageMetadata meta) {
    FieldSource tw = FieldSource.TWITTER;
    meta.offer(PageMetadata.Field.TITLE, metaTags.get("twitter:title"), tw);
    meta.offer(PageMetadata.Field.DESCRIPTION, metaTags.get("twitter:description"), tw);
    meta.offer(PageMetadata.Field.IMAGE, first(metaTags.get("twitter:image"), metaTags.get("twitter:image:src")), tw);
  }

  private static final String[] PUBLISHED_NAMES = {"article:published_time", "article.published", "pubdate",
      "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dc.date.created",
      "dcterms.created", "dcterms.issued", "dcterms.date", "sailthru.date", "parsely-pub-date", "citation_date",
      "citation_publication_date", "originalpublicationdate", "datepublished", "article_date_original", "cxenseparse:recs:publishtime",
      "rnews:datepublished", "article:published", "article.created", "date_published", "published-date", "published_time",
      "publication_date", "dc.date.publication", "dcsext.articlefirstpublished", "cxenseparse:publishtime", "bt:pubdate",
      "shareaholic:article_published_time", "vr:published_time", "fecha-publicacion", "release_date", "publish_time"};
  private static final String[] MODIFIED_NAMES = {"article:modified_time", "lastmod", "last-modified",
      "dcterms.modified", "dc.date.modified", "datemodified", "og:updated_time", "article:modified", "rnews:datemodified",
      "dc.date.updated"};

  /** The publication date inside Parse.ly's {@code parsely-page} JSON. */
  private static final Pattern PARSELY_PUB_DATE = Pattern.compile("\"pub_date\"\\s*:\\s*\"([^\"]+)\"");

  private static void readMetaNames(PageIndex index, MetaTags metaTags, PageMetadata meta, PageDates dates) {
    FieldSource m = FieldSource.META;
    meta.offer(PageMetadata.Field.TITLE, first(metaTags.get("parsely-title"), metaTags.get("title")), m);
    meta.offer(PageMetadata.Field.DESCRIPTION, first(metaTags.get("description"), metaTags.get("dc.description")), m);
    meta.offer(PageMetadata.Field.SITE_NAME, metaTags.get("application-name"), m);
    meta.offer(PageMetadata.Field.SECTION, first(metaTags.get("parsely-section"), metaTags.get("section")), m);
    for (String n : PUBLISHED_NAMES) {
      String v = metaTags.get(n);
      if (v != null) {
        dates.readDeclared(v).ifPresent(d -> meta.offerDate(PageMetadata.Field.PUBLISHED, d, m));
      }
    }
    String parselyPage = metaTags.get("parsely-page");
    if (parselyPage != null) {
      Matcher pub = PARSELY_PUB_DATE.matcher(parselyPage);
      if (pub.find()) dates.readDeclared(pub.group(1)).ifPresent(d -> meta.offerDate(PageMetadata.Field.PUBLISHED, d, m));
    }
    for (String n : MODIFIED_NAMES) dates.readDeclared(metaTags.get(n)).ifPresent(d -> meta.offerDate(PageMetadata.Field.MODIFIED, d, m));
    List<Author> authors = new ArrayList<>();
    for (String n : new String[] {"author", "parsely-author", "citation_author", "byl", "sailthru.author"}) {
      for (Element e : index.metas) {
        if (!e.attr("name").equalsIgnoreCase(n)) continue;
        for (Author a : Authors.fromByline(e.attr("content"))) {
          if (authors.stream().noneMatch(x -> x.name().equals(a.name()))) authors.add(a);
        }
      }
      if (!authors.isEmpty()) break;
    }
    meta.offerAuthors(authors, m);
    String keywords = first(metaTags.get("news_keywords"), metaTags.get("keywords"));
    if (keywords != null) meta.offerTags(List.of(KEYWORD_SEPARATOR.split(keywords)), m);
  }

  private static final Pattern KEYWORD_SEPARATOR = Pattern.compile("[,،]");

  private static void readMicrodata(PageIndex index, PageMetadata meta, PageDates dates) {
    FieldSource md = FieldSource.MICRODATA;
    meta.offer(PageMetadata.Field.TITLE, itemprop(index, "headline"), md);
    dates.readDeclared(itemprop(index, "datePublished")).ifPresent(d -> meta.offerDate(PageMetadata.Field.PUBLISHED, d, md));
    dates.readDeclared(itemprop(index, "dateModified")).ifPresent(d -> meta.offerDate(PageMetadata.Field.MODIFIED, d, md));
    meta.offer(PageMetadata.Field.SECTION, itemprop(index, "articleSection"), md);
    List<Author> authors = new ArrayList<>();
    for (Element e : index.itemprops) {
      String prop = e.attr("itemprop").strip();
      if (!prop.equalsIgnoreCase("author") && !prop.equalsIgnoreCase("creator") || ofMedia(e)) continue;
      Element name = e.selectFirst(ITEMPROP_NAME);
      String text = name != null ? valueOf(name) : valueOf(e);
      for (Author a : Authors.fromByline(text)) {
        if (authors.stream().noneMatch(x -> x.name().equals(a.name()))) authors.add(a);
      }
    }
    meta.offerAuthors(authors, md);
  }

  /** The item types whose creator is a photograph's, a video's or a recording's, not the article's. */
  private static final Pattern MEDIA_TYPE = Pattern.compile("(?i).*(ImageObject|VideoObject|AudioObject|MediaObject|Photograph)\\s*$");

  /**
   * Whether a microdata property belongs to a media item ({@code <figure itemprop=image itemscope
   * itemtype=…/ImageObject>}) or sits in a figure or its caption: the credit of a picture ("Benoit Tessier/Reuters")
   * inside the article's own item.
   */
  private static boolean ofMedia(Element property) {
    for (Element a = property.parent(); a != null; a = a.parent()) {
      if (a.normalName().equals("figure") || a.normalName().equals("figcaption")) return true;
      if (a.hasAttr("itemscope")) return MEDIA_TYPE.matcher(a.attr("itemtype")).matches();
    }
    return false;
  }

  private static void readTimeElements(PageIndex index, PageMetadata meta, PageDates dates) {
    Element time = null;
    for (Element t : index.times) {
      // A time marked as the modification ("Last updated …") is not the publication.
      if (t.attr("itemprop").toLowerCase(Locale.ROOT).contains("modified") || quoted(t)) continue;
      if (t.hasAttr("pubdate") || t.closest(ARTICLE_OR_HEADER) != null) {
        time = t;
        break;
      }
    }
    if (time == null) {
      for (Element t : index.times) {
        if (!t.attr("itemprop").toLowerCase(Locale.ROOT).contains("modified") && !quoted(t)) {
          time = t;
          break;
        }
      }
    }
    if (time != null && !inChrome(time)) {
      dates.readDeclared(time.attr("datetime")).ifPresent(d -> meta.offerDate(PageMetadata.Field.PUBLISHED, d, FieldSource.TIME_ELEMENT));
    }
  }

  /** Whether a time is in a quotation: an embedded post (Instagram's, a tweet) dates that post, not the page. */
  private static boolean quoted(Element time) {
    return time.closest(QUOTATION) != null;
  }

  private static void readLinks(PageIndex index, PageMetadata meta) {
    for (Element link : index.withRel("canonical")) {
      if (link.normalName().equals("link") && link.hasAttr("href")) {
        meta.offer(PageMetadata.Field.URL, Urls.absUrl(link, "href"), FieldSource.LINK_REL);
        break;
      }
    }
    List<Author> authors = new ArrayList<>();
    for (Element a : index.withRel("author")) {
      if (a.normalName().equals("link") && !a.hasAttr("title")) continue;
      if (inChrome(a)) continue;
      String text = a.normalName().equals("link") ? a.attr("title") : a.text();
      Authors.name(text).ifPresent(n -> {
        if (authors.stream().noneMatch(x -> x.name().equals(n))) {
          String href = Urls.absUrl(a, "href");
          authors.add(Urls.isAbsoluteHttp(href)
              ? new Author(n, Optional.of(URI.create(href)), Optional.empty())
              : Author.of(n));
        }
      });
    }
    meta.offerAuthors(authors, FieldSource.LINK_REL);
  }

  /** Whether an element sits in site chrome (navigation, sidebars, footers), whose bylines are other stories'. */
  static boolean inChrome(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      String tag = p.normalName();
      if (tag.equals("aside") || tag.equals("nav") || tag.equals("footer") && p.closest(ARTICLE) == null) return true;
      String role = p.attr("role").toLowerCase(Locale.ROOT);
      if (role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")) return true;
      if (Vocabulary.hasNegativeClass(p)) return true;
    }
    return false;
  }

  private static String itemprop(PageIndex index, String prop) {
    Element e = index.itemprop(prop);
    return e == null ? null : blankToNull(valueOf(e));
  }

  private static String valueOf(Element e) {
    if (e.hasAttr("content")) return e.attr("content");
    if (e.hasAttr("datetime")) return e.attr("datetime");
    return e.text();
  }

  /** The content of every {@code <meta>} by lower-cased name, property or itemprop; the first one wins. */
  private static final class MetaTags {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private final Map<String, String> byKey = new HashMap<>();

    MetaTags(PageIndex index) {
      // property= first: it is the RDFa form, which pages fill with more care than name=.
      for (String attr : new String[] {"property", "name", "itemprop"}) {
        for (Element e : index.metas) {
          String content = blankToNull(e.attr("content"));
          if (content == null) continue;
          String keys = e.attr(attr).strip();
          if (keys.isEmpty()) continue;
          if (!hasWhitespace(keys)) {
            byKey.putIfAbsent(normaliseKey(keys), content);
            continue;
          }
          for (String key : WHITESPACE.split(keys)) {
            if (!key.isEmpty()) byKey.putIfAbsent(normaliseKey(key), content);
          }
        }
      }
    }

    /**
     * Whether one of the whitespace-separated keys of an attribute's value is {@code key}, normalised; a value
     * without whitespace, nearly every one, is one key and is not split.
     */
    static boolean holdsKey(String value, String key) {
      String keys = value.strip();
      if (!hasWhitespace(keys)) return normaliseKey(keys).equals(key);
      for (String k : WHITESPACE.split(keys)) if (normaliseKey(k).equals(key)) return true;
      return false;
    }

    /** Whether {@code s} has whitespace, so that it splits into several keys. */
    private static boolean hasWhitespace(String s) {
      for (int i = 0; i < s.length(); i++) if (Texts.isRegexSpace(s.charAt(i))) return true;
      return false;
    }

    /** {@code DC.Title} and {@code dc:title} are the same key. */
    private static String normaliseKey(String key) {
      return key.toLowerCase(Locale.ROOT).replace('.', ':');
    }

    String get(String key) {
      return byKey.get(normaliseKey(key));
    }
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** {@code article:content_tier}: {@code free} is free and {@code locked} is not; {@code metered} says neither. */
  private static String contentTier(String tier) {
    if (tier == null) return null;
    return switch (tier.strip().toLowerCase(Locale.ROOT)) {
      case "free" -> "true";
      case "locked" -> "false";
      default -> null;
    };
  }
}
