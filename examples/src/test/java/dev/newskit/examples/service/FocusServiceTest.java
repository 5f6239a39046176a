package dev.newskit.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.html.TestPages;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/extract?focus=}: the extractor's presets over HTTP, and a typed 400 for an unknown one. */
class FocusServiceTest {
  private static final String PAGE = TestPages.text("quay.html");
  private static NewsService service;
  private static HttpClient client;

  @BeforeAll
  static void start() throws Exception {
    service = NewsService.start(ServiceConfig.builder().port(0).workers(2).build());
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() {
    service.stop();
  }

  private static HttpResponse<String> extract(String query) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/v1/extract" + query))
        .timeout(Duration.ofSeconds(30)).header("Content-Type", "text/html; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(PAGE, StandardCharsets.UTF_8)).build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void recallKeepsWhatBalancedLeavesOut() throws Exception {
    HttpResponse<String> balanced = extract("");
    HttpResponse<String> recall = extract("?focus=recall");
    assertEquals(200, balanced.statusCode(), balanced.body());
    assertEquals(200, recall.statusCode(), recall.body());
    assertFalse(balanced.body().contains("discount on parking"), balanced.body());
    assertTrue(recall.body().contains("discount on parking"), recall.body());
    assertEquals(balanced.body(), extract("?focus=balanced").body());
  }

  @Test
  void anUnknownFocusIsABadRequest() throws Exception {
    HttpResponse<String> r = extract("?focus=everything");
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(r.body().contains("focus must be precision, balanced or recall"), r.body());
  }
}
