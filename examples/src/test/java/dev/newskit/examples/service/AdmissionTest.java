package dev.newskit.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Admission: a request takes a place for work when its headers are in, so a burst past the workers and
 * the queue is refused with 503 before its bodies are read; a body arriving slowly gives its place up to
 * a newcomer, so slow senders cannot keep anyone out.
 */
class AdmissionTest {
  private static final String PARSE = "{\"text\": \"10/4/2026\"}";

  private static ServiceConfig.Builder config() {
    // One worker and a queue of one: two places.
    return ServiceConfig.builder().port(0).accessLog(line -> { }).workers(1).queue(1).readTimeout(Duration.ofSeconds(60));
  }

  private static void awaitInFlight(int port, int n) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    String metrics = "";
    while (System.nanoTime() < end) {
      metrics = RawHttp.exchange(port, "GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      if (metrics.contains("\nnewskit_http_in_flight " + n + "\n")) return;
      Thread.sleep(20);
    }
    throw new AssertionError("not " + n + " in flight: " + metrics);
  }

  /** Headers for a body of {@code length} bytes, and {@code sent} of them at once. */
  private static Socket startBody(int port, int length, int sent) throws Exception {
    Socket s = RawHttp.open(port);
    RawHttp.send(s, "POST /v1/clean HTTP/1.1\r\nHost: x\r\nContent-Type: text/html\r\nContent-Length: " + length + "\r\n\r\n");
    s.getOutputStream().write("x".repeat(sent).getBytes(StandardCharsets.US_ASCII));
    s.getOutputStream().flush();
    return s;
  }

  @Test
  void aRequestPastEveryPlaceIsRefusedAtItsHeadersWhileFastBodiesArrive() throws Exception {
    NewsService service = NewsService.start(config().build());
    List<Socket> fast = new ArrayList<>();
    try {
      // Two bodies of 2 MB, half sent at once: both places are taken by fast senders still sending.
      for (int i = 0; i < 2; i++) fast.add(startBody(service.port(), 2_000_000, 1_000_000));
      awaitInFlight(service.port(), 2);
      try (Socket late = RawHttp.open(service.port())) {
        // Headers only: the answer must not wait for a body (the read timeout is a minute away).
        RawHttp.send(late, "POST /v1/date/parse HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n");
        String reply = RawHttp.readAll(late);
        assertEquals(503, RawHttp.status(reply), reply);
        assertTrue(reply.contains("Retry-After: 1"), reply);
        assertTrue(RawHttp.body(reply).contains("\"status\":503"), reply);
      }
    } finally {
      for (Socket s : fast) s.close();
      service.stop();
    }
  }

  @Test
  void aSlowSenderGivesItsPlaceUpToANewcomer() throws Exception {
    NewsService service = NewsService.start(config().build());
    List<Socket> slow = new ArrayList<>();
    try {
      // Two bodies of 1000 bytes with one byte sent: both places are taken by senders far slower than a fast body.
      for (int i = 0; i < 2; i++) slow.add(startBody(service.port(), 1000, 1));
      awaitInFlight(service.port(), 2);
      String reply = RawHttp.exchange(service.port(), "POST /v1/date/parse HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + PARSE.length() + "\r\nConnection: close\r\n\r\n" + PARSE);
      assertEquals(200, RawHttp.status(reply), reply);
    } finally {
      for (Socket s : slow) s.close();
      service.stop();
    }
  }
}
