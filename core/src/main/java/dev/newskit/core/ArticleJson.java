package dev.newskit.core;

import java.io.InputStream;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * Writes and reads the JSON form of an {@link Article}, as described by the JSON Schema
 * {@code dev/newskit/core/article.schema.json} in this module's resources.
 *
 * <p>Field names are stable camelCase ({@code url}, {@code title}, {@code published}, …); dates are
 * ISO-8601 with the article's own offset; languages are BCP-47 tags; absent values are omitted; the
 * derived {@code text} and {@code wordCount} are written and ignored on read, as are unknown fields.
 * Writing then reading gives an equal article. Thread-safe: all methods share one immutable mapper.
 */
public final class ArticleJson {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
      .addModule(new SimpleModule("newskit-locale")
          .addSerializer(Locale.class, new LanguageTagSerializer())
          .addDeserializer(Locale.class, new LanguageTagDeserializer()))
      .build();

  private ArticleJson() {}

  /** The article as compact JSON on one line. */
  public static String write(Article article) {
    return MAPPER.writeValueAsString(Checks.notNull(article, "article"));
  }

  /** The article as indented JSON. */
  public static String writePretty(Article article) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Checks.notNull(article, "article"));
  }

  /** The article as a JSON tree, for callers that add fields of their own before writing. */
  public static ObjectNode toTree(Article article) {
    return MAPPER.valueToTree(Checks.notNull(article, "article"));
  }

  /**
   * Reads an article from JSON.
   *
   * @throws JacksonException when the text is not JSON, does not match the format, or holds an
   *     invalid value (the message names the field)
   */
  public static Article read(String json) {
    return MAPPER.readValue(Checks.notNull(json, "json"), Article.class);
  }

  /** Reads an article from UTF-8 (or BOM-marked UTF-16/32) JSON; does not close the stream. */
  public static Article read(InputStream json) {
    return MAPPER.readValue(Checks.notNull(json, "json"), Article.class);
  }

  /** Reads an article from a JSON tree. */
  public static Article fromTree(JsonNode json) {
    return MAPPER.treeToValue(Checks.notNull(json, "json"), Article.class);
  }

  /** The shared mapper, configured for newskit's JSON; package-private so callers cannot reconfigure it. */
  static JsonMapper mapper() {
    return MAPPER;
  }

  private static final class LanguageTagSerializer extends StdScalarSerializer<Locale> {
    LanguageTagSerializer() {
      super(Locale.class);
    }

    @Override
    public void serialize(Locale value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(value.toLanguageTag());
    }
  }

  private static final class LanguageTagDeserializer extends StdScalarDeserializer<Locale> {
    LanguageTagDeserializer() {
      super(Locale.class);
    }

    @Override
    public Locale deserialize(JsonParser p, DeserializationContext ctxt) {
      String tag = p.getValueAsString();
      Locale locale = tag == null ? Locale.ROOT : Locale.forLanguageTag(tag.strip());
      if (locale.getLanguage().isEmpty()) {
        return (Locale) ctxt.handleWeirdStringValue(Locale.class, tag, "not a BCP-47 language tag");
      }
      return locale;
    }
  }
}
