package dev.newskit.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The access-log line is JSON with every field, whatever characters the request's path carries, and its
 * time is the time to the answer, not to the end of the linger that drains a refused body.
 */
class AccessLogTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void aLineIsJsonWithEveryFieldAndItsTextEscaped() {
    String path = "/v1/\"quoted\"\\back\u0001\u2028עברית";
    String line = NewsService.accessLogLine(Instant.parse("2026-04-10T04:15:00.123Z"), "id-1", "127.0.0.1", "POST", path, 503,
        12_345_678, 100, 57);
    JsonNode node = JSON.readTree(line);
    assertEquals(9, node.size(), line);
    assertEquals("2026-04-10T04:15:00.123Z", node.get("time").asString());
    assertEquals("id-1", node.get("id").asString());
    assertEquals("127.0.0.1", node.get("remote").asString());
    assertEquals("POST", node.get("method").asString());
    assertEquals(path, node.get("path").asString());
    assertEquals(503, node.get("status").asInt());
    assertEquals(12.35, node.get("ms").asDouble());
    assertEquals(100, node.get("in").asLong());
    assertEquals(57, node.get("out").asLong());
  }

  @Test
  void aRefusedRequestIsLoggedWithTheTimeToItsAnswerNotToTheEndOfItsLinger() throws Exception {
    LinkedBlockingQueue<String> log = new LinkedBlockingQueue<>();
    NewsService service = NewsService.start(ServiceConfig.builder().port(0).maxBodyBytes(64 * 1024)
        .readTimeout(Duration.ofMinutes(5)).accessLog(log::add).build());
    try (Socket s = RawHttp.open(service.port())) {
      long t0 = System.nanoTime();
      RawHttp.send(s, "POST /v1/clean HTTP/1.1\r\nHost: x\r\nContent-Type: text/html\r\nContent-Length: 10000000\r\n\r\n");
      // The 413 goes out at once; the service then reads and drops the body until its linger ends the connection.
      boolean closed = RawHttp.trickleUntilClosed(s, 30);
      double openMillis = (System.nanoTime() - t0) / 1e6;
      assertTrue(closed, "closed after the linger");
      JsonNode line = JSON.readTree(log.poll(10, TimeUnit.SECONDS));
      assertEquals(413, line.get("status").asInt(), line.toString());
      // Logged as long as the connection stayed open, the linger would count as the request's latency.
      assertTrue(line.get("ms").asDouble() < openMillis / 2, line + " vs " + openMillis + " ms open");
    } finally {
      service.stop();
    }
  }
}
