package dev.newskit.examples.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newskit.core.ArticleJson;
import dev.newskit.core.DateContext;
import dev.newskit.core.DateParseException;
import dev.newskit.core.DateTextParser;
import dev.newskit.html.ArticleExtractor;
import dev.newskit.html.HtmlLimitException;
import dev.newskit.html.safety.CleaningPolicy;
import dev.newskit.html.safety.HtmlCleaner;
import dev.newskit.i18n.HebrewDateFormatter;
import dev.newskit.i18n.HebrewRelativeTime;
import dev.newskit.i18n.JerusalemTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * newskit over HTTP, on the JDK's built-in server (no framework).
 *
 * <ul>
 *   <li>{@code POST /v1/extract[?url=...]}: an HTML page in (its {@code Content-Type} charset is
 *       honoured), the article JSON out.</li>
 *   <li>{@code POST /v1/clean?policy=text|basic|article[&base=...]}: HTML in, cleaned HTML out.</li>
 *   <li>{@code POST /v1/date/parse}: {@code {"text": ..., "now"?: ..., "zone"?: ..., "strict"?: ...}} in,
 *       {@code {"value": "2026-04-10T07:15:00+03:00", "precision": "MINUTE"}} out.</li>
 *   <li>{@code POST /v1/date/format}: {@code {"instant": ..., "style"?: ..., "zone"?: ..., "now"?: ...}} in,
 *       {@code {"value": ...}} out.</li>
 *   <li>{@code GET /health}: {@code {"status": "ok"}}.</li>
 * </ul>
 *
 * <p>Errors are JSON {@code {"error": ..., "status": ...}} with 400, 404, 405, 413, 415 or 503, never
 * a stack trace. Request bodies are capped, workers and the queue bounded, slow senders cut off, and
 * {@link #stop()} drains requests in flight. Thread-safe; one instance per server.
 */
public final class NewsService implements AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ServiceConfig config;
  private final HttpServer server;
  private final ThreadPoolExecutor workers;
  private final ArticleExtractor extractor = ArticleExtractor.create();
  private final DateTextParser dates = DateTextParser.installed();
  private final Map<String, HtmlCleaner> cleaners = Map.of(
      "text", HtmlCleaner.of(CleaningPolicy.TEXT),
      "basic", HtmlCleaner.of(CleaningPolicy.BASIC),
      "article", HtmlCleaner.of(CleaningPolicy.ARTICLE));
  private final AtomicInteger served = new AtomicInteger();

  private NewsService(ServiceConfig config) throws IOException {
    this.config = config;
    // The JDK server reads these once: they bound how long a client may take to send a request.
    System.setProperty("sun.net.httpserver.maxReqTime", Long.toString(Math.max(1, config.requestTimeout().toSeconds())));
    System.setProperty("sun.net.httpserver.maxRspTime", "60");
    this.server = HttpServer.create(new InetSocketAddress(config.bind(), config.port()), 128);
    AtomicInteger threads = new AtomicInteger();
    this.workers = new ThreadPoolExecutor(config.workers(), config.workers(), 60, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(Math.max(1, config.queue())), r -> {
          Thread t = new Thread(r, "newskit-http-" + threads.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    server.setExecutor(command -> {
      try {
        workers.execute(command);
      } catch (RejectedExecutionException e) {
        throw e; // the server closes the connection; the client sees the refusal
      }
    });
    server.createContext("/", this::handle);
  }

  /** Starts a service with {@code config}; stop it with {@link #stop()}. */
  public static NewsService start(ServiceConfig config) throws IOException {
    NewsService service = new NewsService(config);
    service.server.start();
    return service;
  }

  /** The port the service listens on (useful with port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Requests answered so far. */
  public int served() {
    return served.get();
  }

  /** Stops accepting, lets requests in flight finish (up to 5 seconds), then stops the workers. */
  public void stop() {
    server.stop(2);
    workers.shutdown();
    try {
      if (!workers.awaitTermination(5, TimeUnit.SECONDS)) workers.shutdownNow();
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        Response response = route(exchange);
        send(exchange, response.status, response.contentType, response.body);
      } catch (HttpError e) {
        sendError(exchange, e.status, e.getMessage());
      } catch (HtmlLimitException e) {
        sendError(exchange, 413, e.getMessage());
      } catch (RuntimeException e) {
        sendError(exchange, 500, "internal error: " + e.getClass().getSimpleName());
      } finally {
        served.incrementAndGet();
      }
    }
  }

  private record Response(int status, String contentType, byte[] body) {
    static Response json(JsonNode node) {
      return new Response(200, "application/json; charset=utf-8", JSON.writeValueAsBytes(node));
    }

    static Response jsonText(String json) {
      return new Response(200, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }
  }

  private Response route(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    switch (path) {
      case "/health":
        requireMethod(ex, "GET");
        return Response.json(JSON.createObjectNode().put("status", "ok"));
      case "/v1/extract": {
        requireMethod(ex, "POST");
        byte[] body = body(ex);
        Charset charset = htmlCharset(ex);
        Map<String, String> q = query(ex.getRequestURI());
        String url = q.get("url");
        try {
          return Response.jsonText(ArticleJson.write(extractor.extract(body, url, charset)));
        } catch (IllegalArgumentException e) {
          throw new HttpError(400, e.getMessage());
        }
      }
      case "/v1/clean": {
        requireMethod(ex, "POST");
        byte[] body = body(ex);
        Charset charset = htmlCharset(ex);
        Map<String, String> q = query(ex.getRequestURI());
        HtmlCleaner cleaner = cleaners.get(q.getOrDefault("policy", "article").toLowerCase(Locale.ROOT));
        if (cleaner == null) throw new HttpError(400, "policy must be text, basic or article");
        String html = cleaner.clean(body, q.get("base"), charset);
        String type = cleaner.policy().output() == CleaningPolicy.Output.TEXT ? "text/plain" : "text/html";
        return new Response(200, type + "; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
      }
      case "/v1/date/parse": {
        requireMethod(ex, "POST");
        JsonNode in = jsonBody(ex);
        String text = string(in, "text", true);
        DateContext context = new DateContext(instant(in, "now"), Optional.empty(), List.of(), in.path("strict").asBoolean(false));
        String zone = string(in, "zone", false);
        if (zone != null) context = context.withZone(zone(zone));
        try {
          var parsed = dates.parse(text, context);
          return Response.json(JSON.createObjectNode().put("value", parsed.toIsoString()).put("precision", parsed.precision().name()));
        } catch (DateParseException e) {
          ObjectNode err = JSON.createObjectNode().put("error", e.getMessage()).put("status", 400).put("index", e.index());
          return new Response(400, "application/json; charset=utf-8", JSON.writeValueAsBytes(err));
        }
      }
      case "/v1/date/format": {
        requireMethod(ex, "POST");
        JsonNode in = jsonBody(ex);
        Instant instant = instant(in, "instant");
        if (!in.hasNonNull("instant")) throw new HttpError(400, "missing \"instant\"");
        String style = Optional.ofNullable(string(in, "style", false)).orElse("full");
        String zoneName = string(in, "zone", false);
        ZoneId zone = zoneName == null ? JerusalemTime.ZONE : zone(zoneName);
        String value;
        if (style.equalsIgnoreCase("relative")) {
          value = HebrewRelativeTime.format(instant, instant(in, "now"), zone);
        } else {
          try {
            value = HebrewDateFormatter.preset(style).withZone(zone).format(instant);
          } catch (IllegalArgumentException e) {
            throw new HttpError(400, e.getMessage());
          }
        }
        return Response.json(JSON.createObjectNode().put("value", value));
      }
      default:
        throw new HttpError(404, "no such endpoint: " + path);
    }
  }

  private static void requireMethod(HttpExchange ex, String method) {
    if (!ex.getRequestMethod().equalsIgnoreCase(method)) {
      ex.getResponseHeaders().set("Allow", method);
      throw new HttpError(405, ex.getRequestMethod() + " is not allowed here; use " + method);
    }
  }

  /** The request body, refused with 413 beyond the configured size and 400 when empty. */
  private byte[] body(HttpExchange ex) throws IOException {
    String declared = ex.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      try {
        if (Long.parseLong(declared.strip()) > config.maxBodyBytes()) {
          throw new HttpError(413, "request body larger than " + config.maxBodyBytes() + " bytes");
        }
      } catch (NumberFormatException e) {
        throw new HttpError(400, "invalid Content-Length");
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    try (InputStream in = ex.getRequestBody()) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        if (out.size() + n > config.maxBodyBytes()) {
          throw new HttpError(413, "request body larger than " + config.maxBodyBytes() + " bytes");
        }
        out.write(buffer, 0, n);
      }
    }
    if (out.size() == 0) throw new HttpError(400, "empty request body");
    return out.toByteArray();
  }

  private JsonNode jsonBody(HttpExchange ex) throws IOException {
    String type = Optional.ofNullable(ex.getRequestHeaders().getFirst("Content-Type")).orElse("");
    if (!type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new HttpError(415, "Content-Type must be application/json");
    }
    try {
      JsonNode node = JSON.readTree(body(ex));
      if (!node.isObject()) throw new HttpError(400, "the body must be a JSON object");
      return node;
    } catch (JacksonException e) {
      throw new HttpError(400, "malformed JSON: " + e.getOriginalMessage());
    }
  }

  /** The charset of an HTML body, or null to detect it; 415 for a type that is not HTML or text. */
  private static Charset htmlCharset(HttpExchange ex) {
    String type = Optional.ofNullable(ex.getRequestHeaders().getFirst("Content-Type")).orElse("text/html");
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

  private static String string(JsonNode in, String field, boolean required) {
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

  private static Map<String, String> query(URI uri) {
    Map<String, String> out = new HashMap<>();
    String raw = uri.getRawQuery();
    if (raw == null) return out;
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.putIfAbsent(key, value);
    }
    return out;
  }

  private void sendError(HttpExchange ex, int status, String message) throws IOException {
    drain(ex);
    ObjectNode err = JSON.createObjectNode().put("error", message == null ? "" : message).put("status", status);
    send(ex, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(err));
  }

  /**
   * Reads what is left of a refused request's body (up to the size limit), so that closing the
   * exchange does not reset the connection under the client before it reads the error.
   */
  private void drain(HttpExchange ex) {
    try (InputStream in = ex.getRequestBody()) {
      byte[] buffer = new byte[8192];
      long left = config.maxBodyBytes();
      int n;
      while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) left -= n;
    } catch (IOException e) {
      // The client went away; there is nobody to answer.
    }
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
