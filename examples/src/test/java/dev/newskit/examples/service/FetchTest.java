package dev.newskit.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /v1/extract?fetch=}: off by default, and when on, refuses every non-public address, after every redirect. */
class FetchTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void everyNonPublicAddressClassIsRefused() throws Exception {
    AddressPolicy policy = AddressPolicy.publicOnly();
    List<String> refused = List.of("127.0.0.1", "127.1.2.3", "::1", "0.0.0.0", "::", "10.1.2.3", "172.16.0.1", "172.31.255.255",
        "192.168.1.1", "169.254.1.1", "fe80::1", "fc00::1", "fd12:3456::1", "100.64.0.1", "100.127.255.254", "224.0.0.1",
        "ff02::1", "255.255.255.255", "169.254.169.254", "fd00:ec2::254", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
        "64:ff9b::a00:1", "2002:c0a8:101::1", "::127.0.0.1");
    for (String literal : refused) {
      assertTrue(policy.refusal(InetAddress.getByName(literal)).isPresent(), literal + " must be refused");
    }
    assertEquals("169.254.169.254 is a cloud metadata address", policy.refusal(InetAddress.getByName("169.254.169.254")).orElseThrow());
    assertTrue(policy.refusal(InetAddress.getByName("fd00:ec2::254")).orElseThrow().contains("cloud metadata"));
    assertTrue(policy.refusal(InetAddress.getByName("100.64.0.1")).orElseThrow().contains("carrier-grade NAT"));
    for (String literal : List.of("93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:2800:220:1:248:1893:25c8:1946")) {
      assertEquals(java.util.Optional.empty(), policy.refusal(InetAddress.getByName(literal)), literal + " is public");
    }
  }

  @Test
  void fetchingIsOffByDefault() throws Exception {
    NewsService service = NewsService.start(ServiceConfig.builder().port(0).accessLog(l -> { }).build());
    try {
      HttpResponse<String> r = get(service, "http://example.com/");
      assertEquals(403, r.statusCode(), r.body());
      assertTrue(JSON.readTree(r.body()).get("error").asString().contains("off"));
    } finally {
      service.stop();
    }
  }

  @Test
  void refusesNonPublicTargetsByNameAndLiteral() throws Exception {
    NewsService service = NewsService.start(ServiceConfig.builder().port(0).accessLog(l -> { }).fetch(FetchPolicy.on()).build());
    try {
      for (String url : List.of("http://localhost:" + service.port() + "/health", "http://127.0.0.1:" + service.port() + "/health",
          "http://[::1]/", "http://10.0.0.1/", "http://172.16.5.5/", "http://192.168.0.1/", "http://169.254.169.254/latest/meta-data/",
          "http://[fd00:ec2::254]/", "http://[fe80::1]/", "http://[fc00::1]/", "http://100.64.1.1/", "http://224.0.0.251/",
          "http://0.0.0.0/", "http://[::ffff:127.0.0.1]/")) {
        HttpResponse<String> r = get(service, url);
        assertEquals(400, r.statusCode(), url + ": " + r.body());
        assertTrue(JSON.readTree(r.body()).get("error").asString().startsWith("fetch refused"), url + ": " + r.body());
      }
      for (String url : List.of("file:///etc/passwd", "ftp://example.com/", "gopher://x/", "http://user@example.com/")) {
        assertEquals(400, get(service, url).statusCode(), url);
      }
    } finally {
      service.stop();
    }
  }

  @Test
  void fetchesFollowsRedirectsAndChecksEachHop() throws Exception {
    AtomicReference<String> agent = new AtomicReference<>();
    HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String page = "<html><body><article><h1>Fetched headline</h1><p>" + "Body text, long enough. ".repeat(10) + "</p></article></body></html>";
    site.createContext("/page", ex -> {
      agent.set(ex.getRequestHeaders().getFirst("User-Agent"));
      byte[] b = page.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(200, b.length);
      ex.getResponseBody().write(b);
      ex.close();
    });
    site.createContext("/redirect", ex -> redirect(ex, "/page"));
    site.createContext("/loop", ex -> redirect(ex, "/loop"));
    site.createContext("/to-private", ex -> redirect(ex, "http://10.0.0.1/page"));
    site.createContext("/to-metadata", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/"));
    site.createContext("/big", ex -> {
      ex.sendResponseHeaders(200, 0);
      byte[] chunk = new byte[64 * 1024];
      try {
        for (int i = 0; i < 64; i++) ex.getResponseBody().write(chunk);
      } catch (java.io.IOException e) {
        // The fetcher hung up at its cap.
      }
      ex.close();
    });
    site.start();
    // Loopback is allowed here, explicitly and for this test only; everything else stays refused.
    FetchPolicy policy = FetchPolicy.on().withAddresses(AddressPolicy.publicOnly().allowing(InetAddress::isLoopbackAddress))
        .withUserAgent("newskit-test/1").withBounds(3, Duration.ofSeconds(5), 1024 * 1024);
    NewsService service = NewsService.start(ServiceConfig.builder().port(0).accessLog(l -> { }).fetch(policy).build());
    String origin = "http://127.0.0.1:" + site.getAddress().getPort();
    try {
      HttpResponse<String> r = get(service, origin + "/redirect");
      assertEquals(200, r.statusCode(), r.body());
      JsonNode article = JSON.readTree(r.body());
      assertEquals("Fetched headline", article.get("title").asString());
      assertEquals(origin + "/page", article.get("url").asString());
      assertEquals("newskit-test/1", agent.get());
      HttpResponse<String> privateHop = get(service, origin + "/to-private");
      assertEquals(400, privateHop.statusCode(), privateHop.body());
      assertTrue(privateHop.body().contains("10.0.0.1 is a private address"), privateHop.body());
      HttpResponse<String> metadataHop = get(service, origin + "/to-metadata");
      assertEquals(400, metadataHop.statusCode(), metadataHop.body());
      assertTrue(metadataHop.body().contains("cloud metadata"), metadataHop.body());
      HttpResponse<String> loop = get(service, origin + "/loop");
      assertEquals(502, loop.statusCode(), loop.body());
      assertTrue(loop.body().contains("redirects"), loop.body());
      HttpResponse<String> big = get(service, origin + "/big");
      assertEquals(502, big.statusCode(), big.body());
      assertTrue(big.body().contains("larger than"), big.body());
      assertEquals(502, get(service, origin + "/missing").statusCode());
    } finally {
      service.stop();
      site.stop(0);
    }
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange ex, String to) throws java.io.IOException {
    ex.getResponseHeaders().set("Location", to);
    ex.sendResponseHeaders(302, -1);
    ex.close();
  }

  private static HttpResponse<String> get(NewsService service, String url) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/v1/extract?fetch="
        + URLEncoder.encode(url, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(20)).build();
    HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertFalse(r.body().contains("at dev.newskit"), "no stack trace");
    return r;
  }
}
