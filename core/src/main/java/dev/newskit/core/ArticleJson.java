package dev.newskit.core;

import java.io.InputStream;
import java.io.Writer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes and reads the JSON form of an {@link Article}, as described by the JSON Schema
 * {@code dev/newskit/core/article.schema.json} in this module's resources.
 *
 * <p>Field names are stable camelCase ({@code url}, {@code title}, {@code published}, …); dates are
 * ISO-8601 with the article's own offset; languages are BCP-47 tags; absent values are omitted; the
 * derived {@code text} and {@code wordCount} are written and ignored on read, as are unknown fields.
 * Writing then reading gives an equal article. Thread-safe and stateless.
 *
 * <p>The output is byte for byte what a Jackson 2 or Jackson 3 {@code ObjectMapper} configured as the README
 * says writes from the records' annotations. This class itself uses only Jackson's streaming API and tree
 * nodes, never a databind mapper, so it works with whatever {@code jackson-annotations} (2.15 or later) an
 * application resolves. The text is plain JSON for data exchange: to put JSON inside an HTML page use
 * {@link ArticleJsonLd}, whose output escapes what HTML would read.
 */
public final class ArticleJson {
  private ArticleJson() {}

  /** The article as compact JSON on one line. */
  public static String write(Article article) {
    return JsonTrees.write(toTree(article), false, false);
  }

  /** The article as indented JSON (Jackson's default pretty printer). */
  public static String writePretty(Article article) {
    return JsonTrees.write(toTree(article), true, false);
  }

  /**
   * Writes the article as compact JSON to {@code out} as it goes, without building the text first (an article
   * can run to tens of megabytes); flushes {@code out} and leaves it open.
   */
  public static void write(Article article, Writer out) {
    JsonTrees.write(toTree(article), false, false, Checks.notNull(out, "out"));
  }

  /** Writes the article as indented JSON to {@code out}, as {@link #write(Article, Writer)} does compact JSON. */
  public static void writePretty(Article article, Writer out) {
    JsonTrees.write(toTree(article), true, false, Checks.notNull(out, "out"));
  }

  /** The article as a JSON tree, for callers that add fields of their own before writing. */
  public static ObjectNode toTree(Article article) {
    return ArticleTree.toTree(Checks.notNull(article, "article"));
  }

  /**
   * Reads an article from JSON.
   *
   * @throws JacksonException when the text is not JSON, does not match the format, or holds an
   *     invalid value (the message names the field)
   */
  public static Article read(String json) {
    try (JsonParser p = JsonTrees.parser(Checks.notNull(json, "json"))) {
      return ArticleTree.fromTree(JsonTrees.read(p));
    }
  }

  /** Reads an article from UTF-8 (or BOM-marked UTF-16/32) JSON; does not close the stream. */
  public static Article read(InputStream json) {
    try (JsonParser p = JsonTrees.parser(Checks.notNull(json, "json"))) {
      return ArticleTree.fromTree(JsonTrees.read(p));
    }
  }

  /** Reads an article from a JSON tree. */
  public static Article fromTree(JsonNode json) {
    return ArticleTree.fromTree(Checks.notNull(json, "json"));
  }
}
