package dev.newskit.core;

import dev.newskit.core.internal.JsonTreeReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads and writes JSON trees with Jackson's streaming API alone.
 *
 * <p>newskit's JSON goes through {@code jackson-core} and the tree node classes, never through a databind
 * {@code ObjectMapper}: Jackson 3's mapper needs {@code jackson-annotations} 2.20 or later at run time, and
 * applications on Jackson 2 (a Spring Boot 3 application, say) often resolve an older one.
 */
final class JsonTrees {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  // A caller's stream or writer stays open when the parser or generator over it closes.
  private static final JsonFactory PLAIN = JsonFactory.builder()
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE).disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  private static final JsonFactory EMBEDDABLE = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).characterEscapes(new EmbeddableEscapes()).build();

  private JsonTrees() {}

  /** A JSON parser over the text, with Jackson's default limits (nesting depth, string and number length). */
  static JsonParser parser(String json) {
    return PLAIN.createParser(ObjectReadContext.empty(), json);
  }

  /** A JSON parser over UTF-8 (or BOM-marked UTF-16/32) bytes; does not close the stream. */
  static JsonParser parser(java.io.InputStream json) {
    return PLAIN.createParser(ObjectReadContext.empty(), json);
  }

  /** The single JSON value the parser holds, as a tree; text after it is an error. */
  static JsonNode read(JsonParser p) {
    return JsonTreeReader.read(p);
  }

  /** The tree as JSON text; embeddable text escapes {@code < > &} U+2028 and U+2029 as {@code \\uXXXX}. */
  static String write(JsonNode tree, boolean pretty, boolean embeddable) {
    StringWriter out = new StringWriter();
    write(tree, pretty, embeddable, out);
    return out.toString();
  }

  /** Writes the tree as JSON text to {@code out} as it goes, without holding the text; flushes, does not close. */
  static void write(JsonNode tree, boolean pretty, boolean embeddable, Writer out) {
    ObjectWriteContext context = pretty ? new PrettyContext() : ObjectWriteContext.empty();
    try (JsonGenerator g = (embeddable ? EMBEDDABLE : PLAIN).createGenerator(context, out)) {
      write(tree, g);
    }
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
    public tools.jackson.core.@Nullable SerializableString getEscapeSequence(int ch) {
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
