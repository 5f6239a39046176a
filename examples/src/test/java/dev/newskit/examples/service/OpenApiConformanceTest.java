package dev.newskit.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.newskit.core.ArticleJson;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Calls every endpoint, good and bad, and checks each real response against what /openapi.json says:
 * the status is documented for that operation, the media type is documented for that status, and the
 * body (each line, for NDJSON) validates against the documented JSON Schema.
 */
// A request the service never answers fails the test rather than holding the build until CI gives up.
@org.junit.jupiter.api.Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
class OpenApiConformanceTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static NewsService service;
  private static HttpClient client;
  private static JsonNode doc;
  private static JsonNode articleSchema;
  private static final Set<String> exercised = new HashSet<>();
  private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  @BeforeAll
  static void start() throws Exception {
    service = NewsService.start(ServiceConfig.builder().port(0).maxBodyBytes(64 * 1024).accessLog(l -> { }).build());
    client = HttpClient.newHttpClient();
    HttpResponse<String> r = call(HttpRequest.newBuilder(uri("/openapi.json")).build());
    assertEquals(200, r.statusCode());
    doc = JSON.readTree(r.body());
    try (InputStream in = ArticleJson.class.getResourceAsStream("article.schema.json")) {
      articleSchema = JSON.readTree(in);
    }
  }

  @AfterAll
  static void stop() {
    service.stop();
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + service.port() + path);
  }

  private static HttpResponse<String> call(HttpRequest request) throws Exception {
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> post(String path, String type, String body) throws Exception {
    return call(HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
  }

  /** The documented schema for this response, wrapped with the document's schemas as $defs. */
  private static Schema schemaFor(JsonNode schema) {
    String defs = JSON.writeValueAsString(doc.get("components").get("schemas")).replace("#/components/schemas/", "#/$defs/");
    ObjectNode root = JSON.createObjectNode().put("$schema", "https://json-schema.org/draft/2020-12/schema");
    ObjectNode all = (ObjectNode) JSON.readTree(defs);
    all.set("newskitArticle", articleSchema);
    root.set("$defs", all);
    root.set("allOf", JSON.createArrayNode().add(JSON.readTree(JSON.writeValueAsString(schema).replace("#/components/schemas/", "#/$defs/"))));
    return SCHEMAS.getSchema(root);
  }

  private static void conforms(String path, String method, HttpResponse<String> r) {
    exercised.add(method + " " + path);
    JsonNode op = doc.path("paths").path(path).path(method);
    assertFalse(op.isMissingNode(), method + " " + path + " is not documented");
    JsonNode response = op.path("responses").path(Integer.toString(r.statusCode()));
    assertFalse(response.isMissingNode(), method + " " + path + " answered " + r.statusCode() + ", which is not documented: " + r.body());
    String type = r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip().toLowerCase(Locale.ROOT);
    JsonNode media = response.path("content").path(type);
    assertFalse(media.isMissingNode(), method + " " + path + " " + r.statusCode() + " sent " + type + ", not documented");
    Schema schema = schemaFor(media.get("schema"));
    List<String> bodies = type.equals("application/x-ndjson") ? List.of(r.body().split("\n")) : List.of(r.body());
    for (String body : bodies) {
      JsonNode json = type.contains("json") ? JSON.readTree(body) : JSON.getNodeFactory().stringNode(body);
      List<String> errors = schema.validate(json).stream().map(Error::toString).toList();
      assertEquals(List.of(), errors, method + " " + path + " " + r.statusCode() + ": " + body);
    }
  }

  @Test
  void everyResponseMatchesTheDocument() throws Exception {
    String page = Files.readString(Path.of("samples/alquds-news-analysis.html"), StandardCharsets.UTF_8);
    String article = "<article><h1>T</h1><p>" + "Body text, long enough. ".repeat(10) + "</p></article>";
    conforms("/v1/extract", "post", post("/v1/extract?url=https%3A%2F%2Fwww.alquds.com%2Fen%2Fa%2F1", "text/html; charset=utf-8", page));
    HttpResponse<String> withoutUrl = post("/v1/extract", "text/html; charset=utf-8", page);
    assertEquals("/uploads/2026/04/white-house.jpg", JSON.readTree(withoutUrl.body()).path("images").path(0).path("url").asString(),
        "without ?url= the image keeps the page's relative address: " + withoutUrl.body());
    conforms("/v1/extract", "post", withoutUrl);
    conforms("/v1/extract", "post", post("/v1/extract", "text/html", ""));
    conforms("/v1/extract", "post", post("/v1/extract", "image/png", "x"));
    conforms("/v1/extract", "post", post("/v1/extract", "text/html", "x".repeat(65 * 1024)));
    conforms("/v1/extract", "get", call(HttpRequest.newBuilder(uri("/v1/extract?fetch=https%3A%2F%2Fexample.com%2F")).build()));
    conforms("/v1/inspect", "post", post("/v1/inspect?url=https%3A%2F%2Fwww.alquds.com%2Fen%2Fa%2F1", "text/html; charset=utf-8", page));
    conforms("/v1/inspect", "post", post("/v1/inspect", "application/x-www-form-urlencoded",
        "html=" + java.net.URLEncoder.encode(article, StandardCharsets.UTF_8) + "&url="));
    conforms("/v1/inspect", "post", post("/v1/inspect", "application/x-www-form-urlencoded", "url=x"));
    conforms("/v1/inspect", "post", post("/v1/inspect", "image/png", "x"));
    conforms("/v1/inspect", "get", call(HttpRequest.newBuilder(uri("/v1/inspect?fetch=https%3A%2F%2Fexample.com%2F")).build()));
    conforms("/inspect", "get", call(HttpRequest.newBuilder(uri("/inspect")).build()));
    conforms("/inspect", "get", call(HttpRequest.newBuilder(uri("/inspect")).POST(HttpRequest.BodyPublishers.ofString("x")).build()));
    conforms("/v1/clean", "post", post("/v1/clean?policy=article", "text/html", "<p onclick=x>hi</p>"));
    conforms("/v1/clean", "post", post("/v1/clean?policy=text", "text/html", "<p>hi</p>"));
    conforms("/v1/clean", "post", post("/v1/clean?policy=nope", "text/html", "<p>hi</p>"));
    conforms("/v1/date/parse", "post", post("/v1/date/parse", "application/json", "{\"text\": \"ו 10 אפר 2026 7:15 am - שעון ירושלים\"}"));
    conforms("/v1/date/parse", "post", post("/v1/date/parse", "application/json", "{\"text\": \"31 בפברואר 2026\"}"));
    conforms("/v1/date/parse", "post", post("/v1/date/parse", "application/json", "{\"text\": "));
    conforms("/v1/date/parse", "post", post("/v1/date/parse", "text/plain", "{}"));
    conforms("/v1/date/format", "post", post("/v1/date/format", "application/json", "{\"instant\": \"2026-04-10T04:15:00Z\", \"style\": \"hebrew\"}"));
    conforms("/v1/date/format", "post", post("/v1/date/format", "application/json", "{\"instant\": \"yesterday\"}"));
    conforms("/v1/batch", "post", post("/v1/batch", "application/x-ndjson",
        JSON.writeValueAsString(JSON.createObjectNode().put("url", "https://e.com/1").put("html", article)) + "\n{broken\n{\"url\": \"x\"}\n"));
    conforms("/v1/batch", "post", post("/v1/batch", "text/plain", "x"));
    conforms("/v1/batch", "post", post("/v1/batch", "application/x-ndjson", ""));
    for (String path : List.of("/health", "/ready", "/version", "/metrics", "/openapi.json")) {
      conforms(path, "get", call(HttpRequest.newBuilder(uri(path)).build()));
    }
    Set<String> documented = new TreeSet<>();
    doc.get("paths").properties().forEach(p -> p.getValue().properties().forEach(m -> documented.add(m.getKey() + " " + p.getKey())));
    assertEquals(documented, new TreeSet<>(exercised), "every documented operation is exercised");
    assertTrue(doc.get("openapi").asString().startsWith("3.1"));
  }

  @Test
  void theCheckerRejectsAResponseThatDoesNotMatch() {
    Schema parsed = schemaFor(doc.at("/paths/~1v1~1date~1parse/post/responses/200/content/application~1json/schema"));
    assertFalse(parsed.validate(JSON.readTree("{\"value\": \"2026-04-10\", \"precision\": \"WEEK\"}")).isEmpty());
    Schema article = schemaFor(doc.at("/paths/~1v1~1extract/post/responses/200/content/application~1json/schema"));
    assertFalse(article.validate(JSON.readTree("{\"direction\": \"sideways\"}")).isEmpty());
    Schema error = schemaFor(doc.at("/components/schemas/Error"));
    assertFalse(error.validate(JSON.readTree("{\"error\": \"x\"}")).isEmpty());
  }
}
