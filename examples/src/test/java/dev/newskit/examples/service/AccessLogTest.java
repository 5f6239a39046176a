package dev.newskit.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The access-log line is JSON with every field, whatever characters the request's path carries. */
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
}
