package dev.newskit.examples.service;

import static dev.newskit.testing.SharedUse.THREADS;
import static dev.newskit.testing.SharedUse.onEveryThread;
import static dev.newskit.testing.SharedUse.sameOnEveryThread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The service's types documented as thread-safe, {@link Metrics}, {@link Endpoints} and {@link NewsService},
 * each one instance shared by 16 threads that start together, on html's hand-written pages: every thread
 * gets the single-threaded answers, and the counters count every request, exactly.
 */
class ServiceThreadSafetyTest {
  private static final int ROUNDS = 1;
  private static final String URL = "https://www.alquds.com/en/articles/trump-asks-netanyahu-de-escalate";

  private static byte[] page(String name) throws IOException {
    try (InputStream in = ServiceThreadSafetyTest.class.getResourceAsStream("/dev/newskit/html/pages/" + name)) {
      return in.readAllBytes();
    }
  }

  /** A reply as a value: its status, type and body text (a record's array compares by identity). */
  private static String text(Reply r) {
    return r.status() + " " + r.contentType() + "\n" + new String(r.body(), StandardCharsets.UTF_8);
  }

  private static long sample(String scrape, String series) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\d+)$").matcher(scrape);
    assertTrue(m.find(), series + " in\n" + scrape);
    return Long.parseLong(m.group(1));
  }

  @Test
  void metricsCountEveryRecordExactly() throws Exception {
    Metrics metrics = new Metrics(() -> 3, () -> 0);
    int perThread = 2_000;
    onEveryThread(1, () -> {
      for (int i = 0; i < perThread; i++) {
        metrics.record(i % 2 == 0 ? "/v1/extract" : "/v1/clean", i % 10 == 0 ? 400 : 200, 2_000_000L, 10, 100);
        if (i % 2 == 0) metrics.pageExtracted();
      }
      return null;
    });
    String s = metrics.scrape();
    long all = (long) THREADS * perThread;
    assertEquals(all / 2 - all / 10, sample(s, "newskit_http_requests_total{endpoint=\"/v1/extract\",status=\"200\"}"));
    assertEquals(all / 10, sample(s, "newskit_http_requests_total{endpoint=\"/v1/extract\",status=\"400\"}"));
    assertEquals(all / 2, sample(s, "newskit_http_requests_total{endpoint=\"/v1/clean\",status=\"200\"}"));
    assertEquals(all / 2, sample(s, "newskit_http_request_duration_seconds_count{endpoint=\"/v1/clean\"}"));
    assertEquals(0, sample(s, "newskit_http_request_duration_seconds_bucket{endpoint=\"/v1/clean\",le=\"0.001\"}"));
    assertEquals(all / 2, sample(s, "newskit_http_request_duration_seconds_bucket{endpoint=\"/v1/clean\",le=\"0.0025\"}"));
    assertEquals(all / 2, sample(s, "newskit_pages_extracted_total"));
    assertEquals(all * 10, sample(s, "newskit_http_request_bytes_total"));
    assertEquals(all * 100, sample(s, "newskit_http_response_bytes_total"));
    assertEquals(3, sample(s, "newskit_http_in_flight"));
    assertTrue(s.contains("newskit_http_request_duration_seconds_sum{endpoint=\"/v1/clean\"} "
        + String.format(java.util.Locale.ROOT, "%.6f", all / 2 * 0.002) + "\n"), s);
  }

  @Test
  void oneEndpointsInstance() throws Exception {
    Endpoints endpoints = new Endpoints();
    List<byte[]> pages = List.of(page("seed-with-metadata.html"), page("tied-bodies.html"));
    byte[] dateJson = "{\"text\": \"ו 10 אפר 2026 7:15 am - שעון ירושלים\"}".getBytes(StandardCharsets.UTF_8);
    byte[] formatJson = "{\"instant\": \"2026-04-10T04:15:00Z\", \"style\": \"hebrew\"}".getBytes(StandardCharsets.UTF_8);
    List<String> alone = sameOnEveryThread(ROUNDS, () -> {
      List<String> out = new ArrayList<>();
      for (byte[] p : pages) {
        for (String focus : List.of("precision", "balanced", "recall")) {
          out.add(text(endpoints.extract(p, "text/html; charset=utf-8", Map.of("url", URL, "focus", focus))));
        }
        for (String policy : List.of("text", "basic", "article")) {
          out.add(text(endpoints.clean(p, "text/html", Map.of("policy", policy, "base", URL))));
        }
      }
      out.add(text(endpoints.parseDate(dateJson, "application/json")));
      out.add(text(endpoints.formatDate(formatJson, "application/json")));
      return out;
    });
    assertTrue(alone.get(0).contains("Said Arikat"), alone.get(0));
    assertTrue(alone.get(alone.size() - 2).contains("2026-04-10T07:15:00+03:00"), alone.get(alone.size() - 2));
  }

  @Test
  void oneServiceAnswersSixteenClientsAndCountsThemAll() throws Exception {
    ServiceConfig config = ServiceConfig.builder().port(0).workers(4).queue(512).readTimeout(Duration.ofSeconds(10)).build();
    NewsService service = NewsService.start(config);
    try {
      String base = "http://127.0.0.1:" + service.port();
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      byte[] seed = page("seed-with-metadata.html");
      java.util.concurrent.Callable<List<String>> work = () -> {
        List<String> out = new ArrayList<>();
        HttpResponse<String> extract = client.send(HttpRequest.newBuilder(URI.create(base + "/v1/extract?url=" + URL))
            .timeout(Duration.ofMinutes(2)).header("Content-Type", "text/html; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofByteArray(seed)).build(), HttpResponse.BodyHandlers.ofString());
        out.add(extract.statusCode() + " " + extract.body());
        HttpResponse<String> clean = client.send(HttpRequest.newBuilder(URI.create(base + "/v1/clean?policy=basic"))
            .timeout(Duration.ofMinutes(2)).header("Content-Type", "text/html")
            .POST(HttpRequest.BodyPublishers.ofByteArray(seed)).build(), HttpResponse.BodyHandlers.ofString());
        out.add(clean.statusCode() + " " + clean.body());
        return out;
      };
      List<String> alone = sameOnEveryThread(ROUNDS, work);
      assertTrue(alone.get(0).startsWith("200 ") && alone.get(0).contains("Said Arikat"), alone.get(0));
      long calls = 1 + (long) THREADS * ROUNDS;
      // Jetty counts a request once its response is complete, which the client may see first: the last
      // request's count can land just after its answer. Wait for it (at most 10 s), then compare exactly.
      String scrape = "";
      for (long deadline = System.nanoTime() + 10_000_000_000L; ; Thread.sleep(50)) {
        scrape = client.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        if (sample(scrape, "newskit_http_requests_total{endpoint=\"/v1/clean\",status=\"200\"}") >= calls
            || System.nanoTime() > deadline) break;
      }
      assertEquals(calls, sample(scrape, "newskit_http_requests_total{endpoint=\"/v1/extract\",status=\"200\"}"));
      assertEquals(calls, sample(scrape, "newskit_http_requests_total{endpoint=\"/v1/clean\",status=\"200\"}"));
      assertEquals(calls, sample(scrape, "newskit_pages_extracted_total"));
      assertEquals(calls * 2 * seed.length, sample(scrape, "newskit_http_request_bytes_total"));
    } finally {
      service.stop();
    }
  }
}
