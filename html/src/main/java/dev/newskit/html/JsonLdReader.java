package dev.newskit.html;

import dev.newskit.core.Author;
import dev.newskit.core.FieldSource;
import dev.newskit.core.ParsedDate;
import dev.newskit.core.internal.JsonTreeReader;
import dev.newskit.html.internal.Texts;
import dev.newskit.html.internal.Urls;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;

/**
 * Reads schema.org JSON-LD blocks: {@code @graph}s, arrays and nested objects, choosing the first
 * object typed as an article ({@code NewsArticle} and its subtypes, {@code Article},
 * {@code BlogPosting} …) and the site's {@code WebSite} or publisher name. Broken JSON is skipped;
 * walking is iterative and bounded, so cyclic or huge documents cannot exhaust the stack.
 *
 * <p>Parses with Jackson's streaming API into tree nodes, never through a databind mapper: Jackson 3's
 * mapper needs {@code jackson-annotations} 2.20+, and an application on an older Jackson 2 resolves an older
 * one (see {@code ArticleJson}).
 */
final class JsonLdReader {
  private static final JsonFactory LENIENT = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
          JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .build();

  private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
      "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
      "asknewsarticle", "askpublicnewsarticle", "satiricalarticle", "techarticle", "scholarlyarticle", "report",
      "blogposting", "liveblogposting", "socialmediaposting", "posting", "liveblog");

  private static final Set<String> RECIPE = Set.of("recipe");

  private JsonLdReader() {}

  static void read(Document doc, PageIndex index, PageMetadata meta, PageDates dates, int maxNodes) {
    List<JsonNode> objects = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    for (Element script : index.jsonLd) {
      // A script's one data node is read as it is: data() would copy it.
      String json = unwrapped(script.childNodeSize() == 1 && script.childNode(0) instanceof DataNode data
          ? data.getWholeData() : script.data());
      if (json.isEmpty()) continue;
      try {
        collect(readTree(json), objects, maxNodes);
      } catch (JacksonException e) {
        // A broken block is one bad source among several: its structure is lost, but its key-named dates are read below.
        broken.add(json);
      }
    }
    JsonNode article = null;
    for (JsonNode o : objects) {
      if (hasType(o, ARTICLE_TYPES)) {
        article = o;
        break;
      }
    }
    if (article != null) readArticle(article, meta, dates, Texts.key(index.title()), byId(objects));
    else authorsOfOtherWork(objects, meta);
    for (JsonNode o : objects) {
      if (hasType(o, RECIPE)) {
        meta.declareRecipe();
        break;
      }
    }
    if (!declaresPublished(meta)) datesOfOtherWork(objects, meta, dates);
    if (!declaresPublished(meta)) for (String json : broken) datesOfBrokenBlock(json, meta, dates);
    for (JsonNode o : objects) {
      if (hasType(o, Set.of("website"))) meta.offer(PageMetadata.Field.SITE_NAME, string(o.path("name")), FieldSource.JSON_LD);
    }
    for (JsonNode o : objects) {
      if (hasType(o, Set.of("breadcrumblist"))) meta.offer(PageMetadata.Field.BREADCRUMB_NAME, lastCrumb(o), FieldSource.JSON_LD);
    }
  }

  /** The name of a {@code BreadcrumbList}'s last item (its own {@code name}, or its {@code item}'s), or null. */
  private static String lastCrumb(JsonNode list) {
    JsonNode items = list.path("itemListElement");
    if (!items.isArray() || items.isEmpty()) return null;
    JsonNode last = items.get(0);
    for (JsonNode i : items) {
      if (i.path("position").asInt(0) >= last.path("position").asInt(0)) last = i;
    }
    JsonNode item = last.path("item");
    return first(string(last.path("name")), item.isObject() ? string(item.path("name")) : null);
  }

  /**
   * The authors of the first other work that credits any, when no article object does: Yoast's {@code WebPage}
   * on a site that turned its article type off still names the post's author, by {@code @id}.
   */
  private static void authorsOfOtherWork(List<JsonNode> objects, PageMetadata meta) {
    Map<String, JsonNode> byId = byId(objects);
    for (JsonNode o : objects) {
      if (hasType(o, NOT_THE_PAGE) || o.path("@type").isMissingNode()) continue;
      if (o.path("author").isMissingNode() && o.path("creator").isMissingNode()) continue;
      List<Author> authors = authors(o, byId);
      if (authors.isEmpty()) continue;
      meta.offerAuthors(authors, FieldSource.JSON_LD);
      return;
    }
  }

  /** A script's JSON without the whitespace, the HTML comment markers and the CDATA markers around it. */
  private static String unwrapped(String script) {
    if (script.contains("//<![CDATA[") || script.contains("//]]>")) {
      String json = script.strip();
      if (json.startsWith("<!--")) json = json.substring(4);
      if (json.endsWith("-->")) json = json.substring(0, json.length() - 3);
      return withoutCdata(json);
    }
    // The same steps without commented-out markers, on bounds: the block is copied once, not at each step.
    int start = 0;
    int end = script.length();
    for (int step = 0; step < 2; step++) {
      while (start < end && Character.isWhitespace(script.charAt(start))) start++;
      while (end > start && Character.isWhitespace(script.charAt(end - 1))) end--;
      String open = step == 0 ? "<!--" : "<![CDATA[";
      String close = step == 0 ? "-->" : "]]>";
      if (end - start >= open.length() && script.startsWith(open, start)) start += open.length();
      if (end - start >= close.length() && script.startsWith(close, end - close.length())) end -= close.length();
    }
    while (start < end && Character.isWhitespace(script.charAt(start))) start++;
    while (end > start && Character.isWhitespace(script.charAt(end - 1))) end--;
    return script.substring(start, end);
  }

  /** A block without the CDATA markers around it, commented out ({@code //<![CDATA[}) or bare ({@code <![CDATA[}). */
  private static String withoutCdata(String json) {
    String j = json.replace("//<![CDATA[", "").replace("//]]>", "").strip();
    if (j.startsWith("<![CDATA[")) j = j.substring(9);
    if (j.endsWith("]]>")) j = j.substring(0, j.length() - 3);
    return j.strip();
  }

  /** Types whose dates are another thing's than the page's: a comment, an answer, an embedded image or video. */
  private static final Set<String> NOT_THE_PAGE = Set.of("comment", "answer", "question", "review", "imageobject",
      "videoobject", "audioobject", "mediaobject", "person", "organization", "website", "event");
  private static final Pattern DATE_PUBLISHED = Pattern.compile(
      "\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");
  private static final Pattern DATE_MODIFIED = Pattern.compile(
      "\"dateModified\"\\s*:\\s*\"([^\"]{8,40})\"");

  private static boolean declaresPublished(PageMetadata meta) {
    return meta.publishedCandidates().stream().anyMatch(d -> d.source() == FieldSource.JSON_LD);
  }

  /**
   * The dates of the first other work that has them, when no article object does: Yoast's {@code WebPage}
   * beside no article, a {@code HowTo}, a {@code Recipe}. Comments, reviews and embedded media date other things.
   */
  private static void datesOfOtherWork(List<JsonNode> objects, PageMetadata meta, PageDates dates) {
    for (JsonNode o : objects) {
      if (hasType(o, ARTICLE_TYPES) || hasType(o, NOT_THE_PAGE) || o.path("@type").isMissingNode()) continue;
      Optional<ParsedDate> published = dates.readDeclared(string(o.path("datePublished")));
      if (published.isEmpty()) continue;
      meta.offerDate(PageMetadata.Field.PUBLISHED, published.get(), FieldSource.JSON_LD);
      dates.readDeclared(string(o.path("dateModified"))).ifPresent(d -> meta.offerDate(PageMetadata.Field.MODIFIED, d, FieldSource.JSON_LD));
      return;
    }
  }

  /**
   * The first {@code "datePublished": "…"} and {@code "dateModified": "…"} of a block that is not valid JSON
   * (a stray quote in a description breaks many): the values are named by their keys, so they are read as htmldate
   * reads them, without the structure.
   */
  private static void datesOfBrokenBlock(String json, PageMetadata meta, PageDates dates) {
    Matcher published = DATE_PUBLISHED.matcher(json);
    if (!published.find()) return;
    dates.readDeclared(published.group(1)).ifPresent(d -> meta.offerDate(PageMetadata.Field.PUBLISHED, d, FieldSource.JSON_LD));
    Matcher modified = DATE_MODIFIED.matcher(json);
    if (modified.find()) dates.readDeclared(modified.group(1)).ifPresent(d -> meta.offerDate(PageMetadata.Field.MODIFIED, d, FieldSource.JSON_LD));
  }

  /** The people a work credits ({@code author}, else {@code creator}), references by {@code @id} looked up in the graph. */
  private static List<Author> authors(JsonNode a, Map<String, JsonNode> byId) {
    List<Author> authors = new ArrayList<>();
    JsonNode author = a.path("author");
    if (author.isMissingNode() || author.isNull()) author = a.path("creator");
    for (JsonNode listed : author.isArray() ? author : List.of(author)) {
      // Graphs (Yoast and the like) name the author once and refer to it by id.
      JsonNode one = listed.isObject() && listed.path("name").isMissingNode() && string(listed.path("@id")) != null
          ? byId.getOrDefault(string(listed.path("@id")), listed) : listed;
      String name = one.isObject() ? string(one.path("name")) : string(one);
      if (name == null) continue;
      if (one.isObject() && hasType(one, Set.of("organization", "newsmediaorganization")) && !authors.isEmpty()) continue;
      for (Author parsed : Authors.fromByline(name)) {
        String url = one.isObject() ? string(one.path("url")) : null;
        Author withUrl = url != null && Urls.isAbsoluteHttp(url)
            ? new Author(parsed.name(), Optional.of(URI.create(url.strip())), parsed.role())
            : parsed;
        if (authors.stream().noneMatch(x -> x.name().equals(withUrl.name()))) authors.add(withUrl);
      }
    }
    return authors;
  }

  /** The objects that have an {@code @id} and say more than it, by id: what a reference ({@code {"@id": …}}) points to. */
  private static Map<String, JsonNode> byId(List<JsonNode> objects) {
    Map<String, JsonNode> out = new HashMap<>();
    for (JsonNode o : objects) {
      String id = string(o.path("@id"));
      if (id != null && o.size() > 1) out.putIfAbsent(id, o);
    }
    return out;
  }

  private static void readArticle(JsonNode a, PageMetadata meta, PageDates dates, String titleKey,
      Map<String, JsonNode> byId) {
    meta.offer(PageMetadata.Field.TITLE, headline(string(a.path("headline")), string(a.path("name")), titleKey),
        FieldSource.JSON_LD);
    meta.offer(PageMetadata.Field.DESCRIPTION, string(a.path("description")), FieldSource.JSON_LD);
    dates.readDeclared(string(a.path("datePublished"))).ifPresent(d ->
        meta.offerDate(PageMetadata.Field.PUBLISHED, d, FieldSource.JSON_LD));
    dates.readDeclared(string(a.path("dateModified"))).ifPresent(d ->
        meta.offerDate(PageMetadata.Field.MODIFIED, d, FieldSource.JSON_LD));
    meta.offer(PageMetadata.Field.SECTION, firstString(a.path("articleSection")), FieldSource.JSON_LD);
    meta.offer(PageMetadata.Field.LANGUAGE, firstString(a.path("inLanguage")), FieldSource.JSON_LD);
    JsonNode page = a.path("mainEntityOfPage");
    meta.offer(PageMetadata.Field.URL, first(string(a.path("url")), page.isObject() ? string(page.path("@id")) : string(page)),
        FieldSource.JSON_LD);
    meta.offer(PageMetadata.Field.IMAGE, imageUrl(a.path("image")), FieldSource.JSON_LD);
    JsonNode publisher = a.path("publisher");
    if (publisher.isArray() && !publisher.isEmpty()) publisher = publisher.get(0);
    meta.offer(PageMetadata.Field.SITE_NAME, publisher.isObject() ? string(publisher.path("name")) : string(publisher),
        FieldSource.JSON_LD);
    if (publisher.isObject()) meta.offer(PageMetadata.Field.PUBLISHER_LOGO, imageUrl(publisher.path("logo")), FieldSource.JSON_LD);
    meta.offer(PageMetadata.Field.ACCESSIBLE_FOR_FREE, accessibleForFree(a), FieldSource.JSON_LD);
    meta.offerAuthors(authors(a, byId), FieldSource.JSON_LD);
    JsonNode keywords = a.path("keywords");
    List<String> tags = new ArrayList<>();
    if (keywords.isArray()) {
      for (JsonNode k : keywords) if (k.isString()) tags.add(k.stringValue());
    } else if (keywords.isString()) {
      for (String k : keywords.stringValue().split(",")) tags.add(k);
    }
    meta.offerTags(tags, FieldSource.JSON_LD);
  }

  /**
   * The headline when {@code headline} and {@code name} differ: some sites put their own name or a
   * type label in one of them, so the one the page's {@code <title>} contains wins; else the headline.
   */
  private static String headline(String headline, String name, String titleKey) {
    if (headline == null || headline.isBlank()) return name;
    if (name == null || name.isBlank() || name.equals(headline)) return headline;
    boolean headlineInTitle = titleKey.contains(Texts.key(headline));
    boolean nameInTitle = titleKey.contains(Texts.key(name));
    return nameInTitle && !headlineInTitle ? name : headline;
  }

  /**
   * {@code "true"} or {@code "false"} from the article's {@code isAccessibleForFree}, else {@code "false"} when
   * a part in {@code hasPart} is marked not free (Google's markup for paywalled sections), else null.
   */
  private static String accessibleForFree(JsonNode article) {
    Boolean own = bool(article.path("isAccessibleForFree"));
    if (own != null) return own.toString();
    JsonNode parts = article.path("hasPart");
    for (JsonNode part : parts.isArray() ? parts : List.of(parts)) {
      if (part.isObject() && Boolean.FALSE.equals(bool(part.path("isAccessibleForFree")))) return "false";
    }
    return null;
  }

  /** A JSON boolean, or the strings schema.org examples use ({@code "True"}, {@code "false"} …); else null. */
  private static Boolean bool(JsonNode n) {
    if (n.isBoolean()) return n.booleanValue();
    if (n.isString()) {
      String s = n.stringValue().strip();
      if (s.equalsIgnoreCase("true")) return true;
      if (s.equalsIgnoreCase("false")) return false;
    }
    return null;
  }

  /** The JSON value of the text as a tree (iterative: depth costs no stack); text after it is an error. */
  private static JsonNode readTree(String json) {
    try (JsonParser p = LENIENT.createParser(ObjectReadContext.empty(), json)) {
      return JsonTreeReader.read(p);
    }
  }

  /** Every object in the document, breadth first, visiting at most {@code maxNodes} ({@link HtmlLimits#maxJsonLdNodes()}). */
  private static void collect(JsonNode root, List<JsonNode> out, int maxNodes) {
    Deque<JsonNode> queue = new ArrayDeque<>();
    queue.add(root);
    int visited = 0;
    while (!queue.isEmpty() && visited++ < maxNodes) {
      JsonNode n = queue.poll();
      if (n.isArray()) {
        n.forEach(queue::add);
      } else if (n.isObject()) {
        out.add(n);
        JsonNode graph = n.path("@graph");
        if (graph.isArray()) graph.forEach(queue::add);
        JsonNode main = n.path("mainEntity");
        if (main.isObject()) queue.add(main);
      }
    }
  }

  private static boolean hasType(JsonNode o, Set<String> types) {
    JsonNode type = o.path("@type");
    if (type.isString()) return types.contains(localType(type.stringValue()));
    if (type.isArray()) for (JsonNode t : type) if (t.isString() && types.contains(localType(t.stringValue()))) return true;
    return false;
  }

  private static String localType(String type) {
    int slash = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
    return type.substring(slash + 1).toLowerCase(Locale.ROOT);
  }

  private static String string(JsonNode n) {
    if (n == null) return null;
    if (n.isString()) return n.stringValue();
    if (n.isNumber()) return n.asString();
    return null;
  }

  private static String firstString(JsonNode n) {
    if (n.isArray()) return n.isEmpty() ? null : string(n.get(0));
    return string(n);
  }

  private static String imageUrl(JsonNode n) {
    if (n.isArray()) return n.isEmpty() ? null : imageUrl(n.get(0));
    if (n.isObject()) return first(string(n.path("url")), string(n.path("contentUrl")));
    return string(n);
  }

  private static String first(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }
}
