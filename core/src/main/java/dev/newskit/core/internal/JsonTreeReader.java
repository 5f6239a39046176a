package dev.newskit.core.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one JSON value from a streaming parser into tree nodes, iteratively, without a databind mapper.
 * Shared by core's {@code ArticleJson} and newskit-html's JSON-LD reader; not part of newskit's API (the
 * module exports this package to {@code dev.newskit.html} only).
 */
public final class JsonTreeReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTreeReader() {}

  /** The single JSON value the parser holds, as a tree; text after it is an error. Iterative: any depth the parser allows. */
  public static JsonNode read(JsonParser p) {
    JsonToken first = p.nextToken();
    if (first == null) throw new StreamReadException(p, "No content: the input is empty");
    Deque<JsonNode> open = new ArrayDeque<>();
    String name = null;
    JsonNode root = null;
    for (JsonToken t = first; t != null; t = open.isEmpty() ? null : p.nextToken()) {
      JsonNode value;
      switch (t) {
        case PROPERTY_NAME -> {
          name = p.currentName();
          continue;
        }
        case END_OBJECT, END_ARRAY -> {
          JsonNode closed = open.pop();
          if (open.isEmpty()) root = closed;
          continue;
        }
        case START_OBJECT -> value = NODES.objectNode();
        case START_ARRAY -> value = NODES.arrayNode();
        case VALUE_STRING -> value = NODES.stringNode(p.getString());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> value = number(p, t);
        case VALUE_TRUE -> value = NODES.booleanNode(true);
        case VALUE_FALSE -> value = NODES.booleanNode(false);
        case VALUE_NULL -> value = NODES.nullNode();
        default -> throw new StreamReadException(p, "Unexpected token " + t);
      }
      JsonNode parent = open.peek();
      if (parent instanceof ObjectNode o) {
        o.set(name, value);
      } else if (parent instanceof ArrayNode a) {
        a.add(value);
      }
      if (value.isContainer()) {
        open.push(value);
      } else if (parent == null) {
        root = value;
      }
    }
    if (p.nextToken() != null) throw new StreamReadException(p, "Trailing content after the JSON value");
    return root;
  }

  /** The number at the parser; one Jackson cannot represent (e.g. an exponent past BigDecimal's) is a typed read error. */
  private static JsonNode number(JsonParser p, JsonToken t) {
    try {
      if (t == JsonToken.VALUE_NUMBER_FLOAT) return NODES.numberNode(p.getDecimalValue());
      return switch (p.getNumberType()) {
        case INT -> NODES.numberNode(p.getIntValue());
        case LONG -> NODES.numberNode(p.getLongValue());
        default -> NODES.numberNode(p.getBigIntegerValue());
      };
    } catch (NumberFormatException e) {
      throw new StreamReadException(p, "Number out of range: " + e.getMessage());
    }
  }
}
