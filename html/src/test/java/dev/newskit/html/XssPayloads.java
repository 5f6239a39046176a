package dev.newskit.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The XSS payloads in {@code xss/payloads.jsonl}: id, where it came from, and the payload. */
final class XssPayloads {
  record Payload(String id, String source, String html) {
    @Override
    public String toString() {
      return id;
    }
  }

  private XssPayloads() {}

  static List<Payload> all() {
    JsonMapper json = JsonMapper.builder().build();
    List<Payload> out = new ArrayList<>();
    try (InputStream in = XssPayloads.class.getResourceAsStream("xss/payloads.jsonl");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        JsonNode n = json.readTree(line);
        out.add(new Payload(n.get("id").asString(), n.get("source").asString(), n.get("payload").asString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
