package dev.newskit.examples.service;

import dev.newskit.core.ArticleJson;
import dev.newskit.core.DateContext;
import dev.newskit.core.DateParseException;
import dev.newskit.core.DateTextParser;
import dev.newskit.examples.dates.DateStyles;
import dev.newskit.examples.inspect.InspectReport;
import dev.newskit.html.ArticleExtractor;
import dev.newskit.html.Explanation;
import dev.newskit.html.ExtractionFocus;
import dev.newskit.html.PageInput;
import dev.newskit.html.safety.CleaningPolicy;
import dev.newskit.html.safety.HtmlCleaner;
import dev.newskit.i18n.JerusalemTime;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The work behind the {@code /v1} endpoints, apart from HTTP: a body, its content type and the query
 * in, a {@link Reply} out; refusals are {@link HttpError}s. Thread-safe.
 */
final class Endpoints {
  private final ArticleExtractor extractor = ArticleExtractor.create();
  private final Map<String, ArticleExtractor> focused = Map.of(
      "precision", ArticleExtractor.builder().focus(ExtractionFocus.PRECISION).build(),
      "balanced", extractor,
      "recall", ArticleExtractor.builder().focus(ExtractionFocus.RECALL).build());
  private final DateTextParser dates = DateTextParser.installed();
  private final Map<String, HtmlCleaner> cleaners = Map.of(
      "text", HtmlCleaner.of(CleaningPolicy.TEXT),
      "basic", HtmlCleaner.of(CleaningPolicy.BASIC),
      "article", HtmlCleaner.of(CleaningPolicy.ARTICLE));

  ArticleExtractor extractor() {
    return extractor;
  }

  /** The extractor for the query's {@code focus} (precision, balanced or recall; balanced when absent). */
  private ArticleExtractor extractor(Map<String, String> query) {
    ArticleExtractor chosen = focused.get(query.getOrDefault("focus", "balanced").toLowerCase(Locale.ROOT));
    if (chosen == null) throw new HttpError(400, "focus must be precision, balanced or recall");
    return chosen;
  }

  Reply extract(byte[] body, String contentType, Map<String, String> query) {
    requireBody(body);
    PageInput page = withUrl(PageInput.of(body).withCharset(htmlCharset(contentType)), query.get("url"), "");
    return Reply.jsonText(ArticleJson.write(extractor(query).extract(page)));
  }

  Reply extractFetched(Fetcher.Page page, Map<String, String> query) {
    PageInput input = withUrl(PageInput.of(page.body()).withCharset(page.charset().orElse(null)),
        query.getOrDefault("url", page.url()), "");
    return Reply.jsonText(ArticleJson.write(extractor(query).extract(input)));
  }

  /**
   * {@code input} with the caller's address, or a 400 when the library refuses it. Only the address is the caller's
   * to answer for here: anything else the library throws while extracting is an internal error, not a 400.
   */
  private static PageInput withUrl(PageInput input, @Nullable String url, String prefix) {
    try {
      return input.withUrl(url);
    } catch (IllegalArgumentException e) {
      throw new HttpError(400, prefix + e.getMessage());
    }
  }

  /**
   * The inspection report of a page: the body is the page ({@code text/html}, its charset honoured, the
   * address in {@code ?url=}) or the {@code /inspect} form ({@code application/x-www-form-urlencoded} with
   * {@code html} and {@code url}).
   */
  Reply inspect(byte[] body, String contentType, Map<String, String> query) {
    requireBody(body);
    String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    if (type.equals("application/x-www-form-urlencoded")) {
      Map<String, String> form = InspectForm.fields(new String(body, StandardCharsets.UTF_8));
      String html = form.getOrDefault("html", "");
      if (html.isBlank()) throw new HttpError(400, "the form's html field is empty");
      String url = form.getOrDefault("url", "").strip();
      return report(PageInput.of(html), url.isEmpty() ? null : url);
    }
    return report(PageInput.of(body).withCharset(htmlCharset(contentType)), query.get("url"));
  }

  Reply inspectFetched(Fetcher.Page page, Map<String, String> query) {
    return report(PageInput.of(page.body()).withCharset(page.charset().orElse(null)), query.getOrDefault("url", page.url()));
  }

  private Reply report(PageInput input, String url) {
    Explanation explanation = extractor.explain(withUrl(input, url, "url: "));
    String html = InspectReport.render(explanation, url != null ? url : "(pasted page)");
    return new Reply(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  Reply clean(byte[] body, String contentType, Map<String, String> query) {
    requireBody(body);
    Charset charset = htmlCharset(contentType);
    HtmlCleaner cleaner = cleaners.get(query.getOrDefault("policy", "article").toLowerCase(Locale.ROOT));
    if (cleaner == null) throw new HttpError(400, "policy must be text, basic or article");
    String html;
    try {
      html = cleaner.clean(body, query.get("base"), charset);
    } catch (IllegalArgumentException e) {
      throw new HttpError(400, "base: " + e.getMessage());
    }
    String type = cleaner.policy().output() == CleaningPolicy.Output.TEXT ? "text/plain" : "text/html";
    return new Reply(200, type + "; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  Reply parseDate(byte[] body, String contentType) {
    JsonNode in = jsonBody(body, contentType);
    String text = string(in, "text", true);
    DateContext context = new DateContext(instant(in, "now"), Optional.empty(), List.of(), in.path("strict").asBoolean(false));
    String zone = string(in, "zone", false);
    if (zone != null) context = context.withZone(zone(zone));
    try {
      var parsed = dates.parse(text, context);
      return Reply.json(Reply.JSON.createObjectNode().put("value", parsed.toIsoString()).put("precision", parsed.precision().name()));
    } catch (DateParseException e) {
      ObjectNode err = Reply.errorNode(400, e.getMessage()).put("index", e.index());
      return new Reply(400, Reply.JSON_TYPE, Reply.JSON.writeValueAsBytes(err));
    }
  }

  Reply formatDate(byte[] body, String contentType) {
    JsonNode in = jsonBody(body, contentType);
    String style = Optional.ofNullable(string(in, "style", false)).orElse("full");
    // Only hebrew-numeral formats a number rather than an instant.
    boolean numeral = style.equalsIgnoreCase("hebrew-numeral");
    if (!numeral && !in.hasNonNull("instant")) throw new HttpError(400, "missing \"instant\"");
    Instant instant = numeral ? null : instant(in, "instant");
    String zoneName = string(in, "zone", false);
    ZoneId zone = zoneName == null ? JerusalemTime.ZONE : zone(zoneName);
    Long number = null;
    if (in.hasNonNull("number")) {
      if (!in.get("number").canConvertToLong()) throw new HttpError(400, "\"number\" must be an integer");
      number = in.get("number").asLong();
    }
    try {
      String value = DateStyles.format(instant, style, string(in, "pattern", false), number, zone, instant(in, "now"));
      return Reply.json(Reply.JSON.createObjectNode().put("value", value));
    } catch (DateStyles.BadValue e) {
      throw new HttpError(400, e.field() + ": " + e.getMessage());
    }
  }

  private static void requireBody(byte[] body) {
    if (body.length == 0) throw new HttpError(400, "empty request body");
  }

  private static JsonNode jsonBody(byte[] body, String contentType) {
    String type = contentType == null ? "" : contentType;
    if (!type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new HttpError(415, "Content-Type must be application/json");
    }
    requireBody(body);
    try {
      JsonNode node = Reply.JSON.readTree(body);
      if (!node.isObject()) throw new HttpError(400, "the body must be a JSON object");
      return node;
    } catch (JacksonException e) {
      throw new HttpError(400, "malformed JSON: " + e.getOriginalMessage());
    }
  }

  /** The charset of an HTML body, or null to detect it; 415 for a type that is not HTML or text. */
  static @Nullable Charset htmlCharset(String contentType) {
    String type = contentType == null ? "text/html" : contentType;
    String mime = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
    if (!mime.equals("text/html") && !mime.equals("application/xhtml+xml") && !mime.equals("text/plain")
        && !mime.equals("application/octet-stream")) {
      throw new HttpError(415, "Content-Type must be text/html, not " + mime);
    }
    for (String part : type.split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        try {
          return Charset.forName(p.substring(8).replace("\"", "").strip());
        } catch (RuntimeException e) {
          throw new HttpError(415, "unknown charset: " + p.substring(8));
        }
      }
    }
    return null;
  }

  static @Nullable String string(JsonNode in, String field, boolean required) {
    JsonNode v = in.get(field);
    if (v == null || v.isNull()) {
      if (required) throw new HttpError(400, "missing \"" + field + "\"");
      return null;
    }
    if (!v.isString()) throw new HttpError(400, "\"" + field + "\" must be a string");
    return v.asString();
  }

  private static Instant instant(JsonNode in, String field) {
    String s = string(in, field, false);
    if (s == null) return Instant.now();
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeException e) {
      try {
        return Instant.parse(s);
      } catch (DateTimeException e2) {
        throw new HttpError(400, "\"" + field + "\" is not an ISO-8601 instant: " + s);
      }
    }
  }

  private static ZoneId zone(String name) {
    try {
      return ZoneId.of(name);
    } catch (DateTimeException e) {
      throw new HttpError(400, "unknown zone: " + name);
    }
  }
}
