package dev.newskit.examples.service;

import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A response the service sends in one piece: status, content type and body. */
record Reply(int status, String contentType, byte[] body) {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String JSON_TYPE = "application/json; charset=utf-8";

  static Reply json(JsonNode node) {
    return new Reply(200, JSON_TYPE, JSON.writeValueAsBytes(node));
  }

  static Reply jsonText(String json) {
    return new Reply(200, JSON_TYPE, json.getBytes(StandardCharsets.UTF_8));
  }

  /** The JSON error body every refusal carries: {@code {"error": ..., "status": ...}}. */
  static ObjectNode errorNode(int status, String message) {
    return JSON.createObjectNode().put("error", message == null || message.isBlank() ? "error " + status : message).put("status", status);
  }

  static Reply error(int status, String message) {
    return new Reply(status, JSON_TYPE, JSON.writeValueAsBytes(errorNode(status, message)));
  }
}
