package dev.newskit.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.examples.dates.DateStyles;
import dev.newskit.i18n.JerusalemTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Starts the service on an ephemeral loopback port and calls every endpoint, good and bad. */
class NewsServiceTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static NewsService service;
  private static HttpClient client;
  private static String base;
  private static final java.util.Queue<String> ACCESS_LOG = new java.util.concurrent.ConcurrentLinkedQueue<>();

  @BeforeAll
  static void start() throws IOException {
    ServiceConfig config = ServiceConfig.builder().port(0).maxBodyBytes(256 * 1024).workers(8).queue(512)
        .readTimeout(Duration.ofSeconds(2)).accessLog(ACCESS_LOG::add).build();
    service = NewsService.start(config);
    base = "http://127.0.0.1:" + service.port();
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() {
    service.stop();
  }

  private static HttpResponse<String> post(String path, String type, byte[] body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (type != null) b.header("Content-Type", type);
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> postJson(String path, String json) throws Exception {
    return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertError(HttpResponse<String> r, int status) {
    assertEquals(status, r.statusCode(), r.body());
    JsonNode body = JSON.readTree(r.body());
    assertEquals(status, body.get("status").asInt());
    assertFalse(body.get("error").asString().isBlank());
    assertFalse(r.body().contains("at dev.newskit"), "no stack trace");
  }

  @Test
  void health() throws Exception {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    assertEquals("ok", JSON.readTree(r.body()).get("status").asString());
  }

  @Test
  void extractsTheSamplePage() throws Exception {
    byte[] page = Files.readAllBytes(Path.of("samples/alquds-news-analysis.html"));
    HttpResponse<String> r = post("/v1/extract?url=https%3A%2F%2Fwww.alquds.com%2Fen%2Fa%2F1", "text/html; charset=utf-8", page);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode article = JSON.readTree(r.body());
    assertEquals("Said Arikat", article.get("authors").get(0).get("name").asString());
    assertEquals("2026-04-10T07:15:00+03:00", article.get("published").asString());
    assertEquals("https://www.alquds.com/en/a/1", article.get("url").asString());
  }

  @Test
  void honoursTheContentTypeCharset() throws Exception {
    String html = "<html><body><article><h1>שלום</h1><p>" + "טקסט ארוך מספיק כדי להיות פסקה. ".repeat(5) + "</p></article></body></html>";
    HttpResponse<String> r = post("/v1/extract", "text/html; charset=windows-1255", html.getBytes(Charset.forName("windows-1255")));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("שלום", JSON.readTree(r.body()).get("title").asString());
  }

  @Test
  void cleans() throws Exception {
    HttpResponse<String> r = post("/v1/clean?policy=article&base=https%3A%2F%2Fe.com%2F", "text/html",
        "<p onclick=x>hi <a href=/a?utm_source=z>a</a></p><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode());
    assertEquals("<p>hi <a href=\"https://e.com/a\" rel=\"noopener noreferrer nofollow\">a</a></p>", r.body());
    assertError(post("/v1/clean?policy=nope", "text/html", "<p>x</p>".getBytes(StandardCharsets.UTF_8)), 400);
    for (String base : List.of("javascript%3Aalert(1)", "notaurl", "")) {
      HttpResponse<String> refused = post("/v1/clean?policy=article&base=" + base, "text/html",
          "<p><a href=\"/x\">x</a></p>".getBytes(StandardCharsets.UTF_8));
      assertError(refused, 400);
      assertTrue(JSON.readTree(refused.body()).get("error").asString().startsWith("base: "), refused.body());
    }
  }

  @Test
  void parsesAndFormatsDates() throws Exception {
    HttpResponse<String> r = postJson("/v1/date/parse", "{\"text\": \"ו 10 אפר 2026 7:15 am - שעון ירושלים\"}");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("2026-04-10T07:15:00+03:00", JSON.readTree(r.body()).get("value").asString());
    r = postJson("/v1/date/parse", "{\"text\": \"31 בפברואר 2026\"}");
    assertError(r, 400);
    assertEquals(0, JSON.readTree(r.body()).get("index").asInt());
    r = postJson("/v1/date/format", "{\"instant\": \"2026-04-10T04:15:00Z\", \"style\": \"hebrew\"}");
    assertEquals("כ״ג בניסן תשפ״ו", JSON.readTree(r.body()).get("value").asString());
    r = postJson("/v1/date/format", "{\"instant\": \"2026-04-10T10:00:00Z\", \"style\": \"relative\", \"now\": \"2026-04-10T12:00:00Z\"}");
    assertEquals("לפני שעתיים", JSON.readTree(r.body()).get("value").asString());
  }

  @Test
  void formatsDatesInEveryStyleTheCliKnows() throws Exception {
    String instant = "\"instant\": \"2026-04-10T04:15:00Z\", \"now\": \"2026-04-10T12:00:00Z\"";
    for (String style : List.of("calendar", "relative-auto", "relative-numeric", "holiday", "parsha")) {
      HttpResponse<String> r = postJson("/v1/date/format", "{" + instant + ", \"style\": \"" + style + "\"}");
      assertEquals(200, r.statusCode(), style + ": " + r.body());
      assertEquals(DateStyles.format(Instant.parse("2026-04-10T04:15:00Z"), style, null, null, JerusalemTime.ZONE,
          Instant.parse("2026-04-10T12:00:00Z")), JSON.readTree(r.body()).get("value").asString(), style);
    }
    HttpResponse<String> r = postJson("/v1/date/format", "{\"style\": \"hebrew-numeral\", \"number\": 5786}");
    assertEquals("ה׳תשפ״ו", JSON.readTree(r.body()).get("value").asString(), r.body());
    r = postJson("/v1/date/format", "{" + instant + ", \"style\": \"pattern\", \"pattern\": \"{yyyy}\"}");
    assertEquals(200, r.statusCode(), r.body());
    r = postJson("/v1/date/format", "{" + instant + ", \"style\": \"pattern\"}");
    assertError(r, 400);
    assertTrue(r.body().contains("pattern: "), r.body());
    r = postJson("/v1/date/format", "{" + instant + ", \"style\": \"nonsense\"}");
    assertError(r, 400);
    assertTrue(r.body().contains("relative, relative-numeric"), r.body());
  }

  @Test
  void refusesBadRequestsWithJsonErrors() throws Exception {
    assertError(postJson("/v1/date/parse", "{\"text\": "), 400);
    assertError(postJson("/v1/date/parse", "[1, 2]"), 400);
    assertError(postJson("/v1/date/parse", "{}"), 400);
    assertError(postJson("/v1/date/format", "{\"instant\": \"yesterday\"}"), 400);
    assertError(post("/v1/date/parse", "text/plain", "{\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8)), 415);
    assertError(post("/v1/extract", "image/png", new byte[] {1, 2, 3}), 415);
    assertError(post("/v1/extract", "text/html", new byte[0]), 400);
    assertError(post("/v1/nothing", "text/html", "x".getBytes(StandardCharsets.UTF_8)), 404);
    HttpResponse<String> get = client.send(HttpRequest.newBuilder(URI.create(base + "/v1/extract")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertError(get, 405);
    assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
    assertError(post("/v1/clean", "text/html", new byte[300 * 1024]), 413);
  }

  @Test
  void twoHundredConcurrentRequestsAllSucceed() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int n = i;
        results.add(pool.submit(() -> switch (n % 3) {
          case 0 -> postJson("/v1/date/parse", "{\"text\": \"10/4/2026\"}").statusCode();
          case 1 -> post("/v1/clean", "text/html", ("<p>request " + n + "</p>").getBytes(StandardCharsets.UTF_8)).statusCode();
          default -> post("/v1/extract", "text/html", ("<article><h1>T" + n + "</h1><p>" + "Body text, long enough. ".repeat(10)
              + "</p></article>").getBytes(StandardCharsets.UTF_8)).statusCode();
        }));
      }
      for (Future<Integer> f : results) assertEquals(200, f.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aClientThatStallsOrDisconnectsMidBodyDoesNotTieUpWorkers() throws Exception {
    // Eight stalled clients (as many as there are workers) send half a body and stop.
    List<Socket> stalled = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Socket s = new Socket(InetAddress.getLoopbackAddress(), service.port());
      OutputStream out = s.getOutputStream();
      out.write(("POST /v1/clean HTTP/1.1\r\nHost: x\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<p>half")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      stalled.add(s);
    }
    // One disconnects mid-body.
    stalled.get(0).close();
    // The service still answers, within the request timeout the stalled ones are cut off.
    HttpResponse<String> r = postJson("/v1/date/parse", "{\"text\": \"10/4/2026\"}");
    assertEquals(200, r.statusCode());
    for (Socket s : stalled.subList(1, stalled.size())) {
      s.setSoTimeout(10_000);
      InputStream in = s.getInputStream();
      byte[] buf = new byte[256];
      int n;
      try {
        n = in.read(buf);
      } catch (IOException e) {
        n = -1;
      }
      String reply = n > 0 ? new String(buf, 0, n, StandardCharsets.US_ASCII) : "";
      assertTrue(n < 0 || reply.startsWith("HTTP/1.1 4") || reply.startsWith("HTTP/1.1 5"), "stalled client was cut off: " + reply);
      s.close();
    }
  }

  @Test
  void readyVersionAndRequestIds() throws Exception {
    HttpResponse<String> ready = client.send(HttpRequest.newBuilder(URI.create(base + "/ready")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, ready.statusCode());
    assertEquals("ready", JSON.readTree(ready.body()).get("status").asString());
    HttpResponse<String> version = client.send(HttpRequest.newBuilder(URI.create(base + "/version"))
        .header("X-Request-Id", "caller-id-42").build(), HttpResponse.BodyHandlers.ofString());
    assertFalse(JSON.readTree(version.body()).get("version").asString().isBlank());
    assertEquals("caller-id-42", version.headers().firstValue("X-Request-Id").orElse(""));
    HttpResponse<String> bad = client.send(HttpRequest.newBuilder(URI.create(base + "/health"))
        .header("X-Request-Id", "no spaces or <tags>").build(), HttpResponse.BodyHandlers.ofString());
    String generated = bad.headers().firstValue("X-Request-Id").orElse("");
    assertTrue(generated.matches("[0-9a-f]{16}"), generated);
    // One JSON access-log line per request, carrying the id.
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (ACCESS_LOG.stream().noneMatch(l -> l.contains("\"caller-id-42\"")) && System.nanoTime() < deadline) Thread.sleep(10);
    JsonNode line = JSON.readTree(ACCESS_LOG.stream().filter(l -> l.contains("\"caller-id-42\"")).findFirst().orElseThrow());
    assertEquals("/version", line.get("path").asString());
    assertEquals(200, line.get("status").asInt());
    assertEquals("GET", line.get("method").asString());
    assertTrue(line.get("ms").asDouble() >= 0);
  }

  @Test
  void metricsCountRequestsByEndpointAndStatus() throws Exception {
    post("/v1/extract", "text/html", "<article><h1>T</h1><p>Body text, long enough to count.</p></article>".getBytes(StandardCharsets.UTF_8));
    post("/v1/nothing", "text/html", "x".getBytes(StandardCharsets.UTF_8));
    String metrics = client.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
    assertTrue(metrics.matches("(?s).*\nnewskit_http_requests_total\\{endpoint=\"/v1/extract\",status=\"200\"\\} [1-9].*"), metrics);
    assertTrue(metrics.matches("(?s).*\nnewskit_http_requests_total\\{endpoint=\"other\",status=\"404\"\\} [1-9].*"), metrics);
    assertTrue(metrics.contains("newskit_http_request_duration_seconds_bucket{endpoint=\"/v1/extract\",le=\"+Inf\"}"), metrics);
    assertTrue(metrics.matches("(?s).*\nnewskit_pages_extracted_total [1-9].*"), metrics);
    assertTrue(metrics.matches("(?s).*\nnewskit_http_request_bytes_total [1-9].*"), metrics);
    assertTrue(metrics.contains("\nnewskit_http_in_flight "), metrics);
    assertTrue(metrics.contains("\nnewskit_http_queue_depth "), metrics);
    for (String l : metrics.split("\n")) {
      assertTrue(l.startsWith("# HELP ") || l.startsWith("# TYPE ") || l.matches("[a-z_]+(\\{[^}]*\\})? [0-9.]+"), "exposition line: " + l);
    }
  }

  @Test
  void batchStreamsOneAnswerPerLineWithTypedErrors() throws Exception {
    String article = "<article><h1>First</h1><p>" + "Body text, long enough. ".repeat(10) + "</p></article>";
    String in = JSON.writeValueAsString(JSON.createObjectNode().put("url", "https://e.com/1").put("html", article)) + "\n"
        + "{not json\n"
        + "\n"
        + "{\"url\": \"https://e.com/3\"}\n"
        + "{\"html\": \"" + "x".repeat(300 * 1024) + "\"}\n"
        + JSON.writeValueAsString(JSON.createObjectNode().put("html", article.replace("First", "Last")));
    HttpResponse<String> r = post("/v1/batch", "application/x-ndjson", in.getBytes(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
    String[] lines = r.body().split("\n");
    assertEquals(5, lines.length, r.body());
    JsonNode first = JSON.readTree(lines[0]);
    assertEquals(1, first.get("line").asInt());
    assertEquals("First", first.get("article").get("title").asString());
    assertEquals("https://e.com/1", first.get("url").asString());
    assertEquals("input", JSON.readTree(lines[1]).get("error").get("kind").asString());
    assertEquals(2, JSON.readTree(lines[1]).get("line").asInt());
    assertEquals("input", JSON.readTree(lines[2]).get("error").get("kind").asString());
    assertTrue(JSON.readTree(lines[2]).get("error").get("message").asString().contains("html"));
    assertEquals(4, JSON.readTree(lines[2]).get("line").asInt(), "the blank line 3 is counted");
    assertEquals("limit", JSON.readTree(lines[3]).get("error").get("kind").asString());
    assertEquals(5, JSON.readTree(lines[3]).get("line").asInt());
    assertEquals(6, JSON.readTree(lines[4]).get("line").asInt());
    assertEquals("Last", JSON.readTree(lines[4]).get("article").get("title").asString());
    assertError(post("/v1/batch", "text/html", "x".getBytes(StandardCharsets.UTF_8)), 415);
  }

  @Test
  void headIsServedWhereverGetIsWithTheSameHeadersAndNoBody() throws Exception {
    for (String path : List.of("/health", "/ready", "/version", "/metrics", "/openapi.json", "/inspect")) {
      String get = RawHttp.exchange(service.port(), "GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      String head = RawHttp.exchange(service.port(), "HEAD " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      assertEquals(200, RawHttp.status(get), get);
      assertEquals(200, RawHttp.status(head), path + ": " + head);
      assertEquals("", RawHttp.body(head), path);
      assertEquals(header(get, "content-type"), header(head, "content-type"), path);
      if (!path.equals("/metrics")) assertEquals(header(get, "content-length"), header(head, "content-length"), path);
      assertFalse(header(head, "content-length").isEmpty(), path);
    }
    String post = RawHttp.exchange(service.port(), "PUT /health HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    assertEquals(405, RawHttp.status(post), post);
    assertEquals("GET, HEAD", header(post, "allow"));
  }

  /** The value of a response header, "" when it is absent. */
  private static String header(String response, String name) {
    for (String line : response.substring(0, Math.max(0, response.indexOf("\r\n\r\n"))).split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) return line.substring(colon + 1).strip();
    }
    return "";
  }

  @Test
  void batchNumbersAnswersByInputLineAndRefusesAnEmptyBody() throws Exception {
    String in = "{\"html\":\"<p>a</p>\"}\n\n{\"html\":\"<p>b</p>\"}\n   \n{\"html\":5}\n";
    HttpResponse<String> r = post("/v1/batch", "application/x-ndjson", in.getBytes(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    List<Integer> numbers = new ArrayList<>();
    for (String line : r.body().split("\n")) numbers.add(JSON.readTree(line).get("line").asInt());
    assertEquals(List.of(1, 3, 5), numbers, r.body());
    r = post("/v1/batch", "application/x-ndjson", "\n\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("", r.body(), "blank lines get no answer");
    assertError(post("/v1/batch", "application/x-ndjson", new byte[0]), 400);
    assertTrue(JSON.readTree(post("/v1/batch", "application/x-ndjson", new byte[0]).body()).get("error").asString()
        .contains("empty request body"));
  }
}
