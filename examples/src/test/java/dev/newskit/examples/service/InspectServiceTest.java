package dev.newskit.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.examples.inspect.InspectReport;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /inspect} and {@code /v1/inspect}: the form, the report, their policies and their refusals. */
class InspectServiceTest {
  private static NewsService service;
  private static HttpClient client;

  @BeforeAll
  static void start() throws java.io.IOException {
    service = NewsService.start(ServiceConfig.builder().port(0).accessLog(l -> { }).build());
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() {
    service.stop();
  }

  private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return client.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpRequest.Builder at(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path));
  }

  @Test
  void theFormPostsToTheReportAndAllowsNothingElse() throws Exception {
    HttpResponse<String> r = send(at("/inspect"));
    assertEquals(200, r.statusCode());
    assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
    assertEquals(InspectForm.CONTENT_SECURITY_POLICY, r.headers().firstValue("Content-Security-Policy").orElse(""));
    assertTrue(r.body().contains("action=\"/v1/inspect\""));
    assertFalse(r.body().contains("name=\"fetch\""), "no URL form while fetching is off");
    assertFalse(r.body().contains("<script"));
    assertEquals(405, send(at("/inspect").POST(HttpRequest.BodyPublishers.ofString("x"))).statusCode());
  }

  @Test
  void anAddressTheLibraryRefusesIs400OnBothInspectPaths() throws Exception {
    String article = "<article><h1>T</h1><p>" + "Body text, long enough. ".repeat(10) + "</p></article>";
    HttpResponse<String> raw = send(at("/v1/inspect?url=https%3A%2F%2Fe.com%2F%25ZZ").header("Content-Type", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString(article)));
    assertEquals(400, raw.statusCode(), raw.body());
    assertTrue(raw.body().contains("\"error\""), raw.body());
    HttpResponse<String> form = send(at("/v1/inspect").header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("html=" + URLEncoder.encode(article, StandardCharsets.UTF_8)
            + "&url=" + URLEncoder.encode("https://e.com/%ZZ", StandardCharsets.UTF_8))));
    assertEquals(400, form.statusCode(), form.body());
    HttpResponse<String> extract = send(at("/v1/extract?url=https%3A%2F%2Fe.com%2F%25ZZ").header("Content-Type", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString(article)));
    assertEquals(400, extract.statusCode(), "the same refusal as /v1/extract: " + extract.body());
  }

  @Test
  void thePastedFormAndARawPageBothGiveTheReport() throws Exception {
    String page = Files.readString(Path.of("samples/alquds-news-analysis.html"), StandardCharsets.UTF_8);
    HttpResponse<String> raw = send(at("/v1/inspect?url=https%3A%2F%2Fwww.alquds.com%2Fen%2Fa%2F1")
        .header("Content-Type", "text/html; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(page)));
    assertEquals(200, raw.statusCode(), raw.body());
    assertEquals(InspectReport.CONTENT_SECURITY_POLICY, raw.headers().firstValue("Content-Security-Policy").orElse(""));
    assertEquals("nosniff", raw.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(raw.body().contains("data-fields=\"dateline authors\""), raw.body());

    String form = "html=" + URLEncoder.encode(page, StandardCharsets.UTF_8) + "&url="
        + URLEncoder.encode("https://www.alquds.com/en/a/1", StandardCharsets.UTF_8);
    HttpResponse<String> pasted = send(at("/v1/inspect").header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    assertEquals(200, pasted.statusCode(), pasted.body());
    assertEquals(raw.body(), pasted.body(), "the form and the raw page are the same request");
  }

  @Test
  void refusalsAreJsonErrors() throws Exception {
    HttpResponse<String> empty = send(at("/v1/inspect").header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("url=https%3A%2F%2Fe.com%2F")));
    assertEquals(400, empty.statusCode());
    assertTrue(empty.body().contains("html field is empty"), empty.body());
    HttpResponse<String> badUrl = send(at("/v1/inspect?url=nope").header("Content-Type", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString("<p>hi</p>")));
    assertEquals(400, badUrl.statusCode(), badUrl.body());
    assertEquals(403, send(at("/v1/inspect?fetch=https%3A%2F%2Fexample.com%2F")).statusCode());
    assertEquals(405, send(at("/v1/inspect")).statusCode());
  }
}
