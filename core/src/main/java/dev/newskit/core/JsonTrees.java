package dev.newskit.core;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes JSON trees with Jackson's streaming API alone.
 *
 * <p>newskit's JSON goes through {@code jackson-core} and the tree node classes, never through a databind
 * {@code ObjectMapper}: Jackson 3's mapper needs {@code jackson-annotations} 2.20 or later at run time, and
 * applications on Jackson 2 (a Spring Boot 3 application, say) often resolve an older one.
 */
final class JsonTrees {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonFactory PLAIN = JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();
  private static final JsonFactory EMBEDDABLE = JsonFactory.builder().characterEscapes(new EmbeddableEscapes()).build();

  private JsonTrees() {}

  /** A JSON parser over the text, with Jackson's default limits (nesting depth, string and number length). */
  static JsonParser parser(String json) {
    return PLAIN.createParser(ObjectReadContext.empty(), json);
  }

  /** A JSON parser over UTF-8 (or BOM-marked UTF-16/32) bytes; does not close the stream. */
  static JsonParser parser(java.io.InputStream json) {
    return PLAIN.createParser(ObjectReadContext.empty(), json);
  }

  /** The single JSON value the parser holds, as a tree; text after it is an error. Iterative: any depth the parser allows. */
  static JsonNode read(JsonParser p) {
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

  /** The tree as JSON text; embeddable text escapes {@code < > &} U+2028 and U+2029 as {@code \\uXXXX}. */
  static String write(JsonNode tree, boolean pretty, boolean embeddable) {
    StringWriter out = new StringWriter();
    ObjectWriteContext context = pretty ? new PrettyContext() : ObjectWriteContext.empty();
    try (JsonGenerator g = (embeddable ? EMBEDDABLE : PLAIN).createGenerator(context, out)) {
      write(tree, g);
    }
    return out.toString();
  }

  private static void write(JsonNode node, JsonGenerator g) {
    if (node.isObject()) {
      g.writeStartObject();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        g.writeName(e.getKey());
        write(e.getValue(), g);
      }
      g.writeEndObject();
    } else if (node.isArray()) {
      g.writeStartArray();
      for (JsonNode item : node) write(item, g);
      g.writeEndArray();
    } else if (node.isString()) {
      g.writeString(node.stringValue());
    } else if (node.isInt()) {
      g.writeNumber(node.intValue());
    } else if (node.isLong()) {
      g.writeNumber(node.longValue());
    } else if (node.isBigInteger()) {
      g.writeNumber(node.bigIntegerValue());
    } else if (node.isNumber()) {
      g.writeNumber(node.decimalValue());
    } else if (node.isBoolean()) {
      g.writeBoolean(node.booleanValue());
    } else if (node.isNull() || node.isMissingNode()) {
      g.writeNull();
    } else {
      throw new IllegalArgumentException("Cannot write a " + node.getNodeType() + " node as JSON");
    }
  }

  /** Jackson's default pretty printer, the one a databind writer's {@code writerWithDefaultPrettyPrinter()} uses. */
  private static final class PrettyContext extends ObjectWriteContext.Base {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new DefaultPrettyPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }

  /**
   * Escapes that keep JSON inert inside an HTML {@code <script>} element: with {@code <} and {@code >} escaped
   * no string can close the element or open a comment ({@code <!--}), {@code &} cannot start a character
   * reference where a page treats the text as HTML, and U+2028/U+2029 cannot end a line in a JavaScript
   * string literal.
   */
  private static final class EmbeddableEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii;

    EmbeddableEscapes() {
      ascii = standardAsciiEscapesForJSON();
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public tools.jackson.core.SerializableString getEscapeSequence(int ch) {
      if (ch == '\u2028') return LINE_SEPARATOR;
      if (ch == '\u2029') return PARAGRAPH_SEPARATOR;
      return null;
    }

    private static final tools.jackson.core.SerializableString LINE_SEPARATOR =
        new tools.jackson.core.io.SerializedString("\\u2028");
    private static final tools.jackson.core.SerializableString PARAGRAPH_SEPARATOR =
        new tools.jackson.core.io.SerializedString("\\u2029");
  }
}
