package dev.newskit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newskit.core.ArticleJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ArticleSchemaTest {

  /**
   * The hand-written Spark columns must list every field of core's JSON Schema, in the same order; the
   * text columns of the dates ({@code publishedText} after {@code published}) hold the same JSON fields.
   */
  @Test
  void articleColumnsAreTheFieldsOfCoresJsonSchema() throws IOException {
    JsonNode schema;
    try (InputStream in = ArticleJson.class.getResourceAsStream("article.schema.json")) {
      assertNotNull(in, "core's article.schema.json");
      schema = JsonMapper.builder().build().readTree(in);
    }
    List<String> expected = new ArrayList<>();
    schema.get("properties").propertyNames().forEach(expected::add);
    List<String> columns = new ArrayList<>();
    for (String column : ArticleSchema.ARTICLE.fieldNames()) {
      String json = ArticleSchema.JSON_NAMES.getOrDefault(column, column);
      if (!columns.contains(json)) columns.add(json);
    }
    assertEquals(expected, columns);
    assertEquals(List.of("publishedText", "modifiedText"), List.of(ArticleSchema.ARTICLE.fieldNames()).stream()
        .filter(ArticleSchema.JSON_NAMES::containsKey).toList());
  }

  @Test
  void accessibleForFreeIsABooleanAndPublisherLogoAString() {
    assertEquals(DataTypes.BooleanType, ArticleSchema.ARTICLE.apply("accessibleForFree").dataType());
    assertEquals(DataTypes.StringType, ArticleSchema.ARTICLE.apply("publisherLogo").dataType());
  }

  /** Comments are a list of structs whose fields are those of core's JSON Schema's comment, in its order. */
  @Test
  void commentsAreAListOfTheSchemasCommentFields() throws IOException {
    JsonNode schema;
    try (InputStream in = ArticleJson.class.getResourceAsStream("article.schema.json")) {
      schema = JsonMapper.builder().build().readTree(in);
    }
    List<String> expected = new ArrayList<>();
    schema.get("$defs").get("comment").get("properties").propertyNames().forEach(expected::add);
    assertEquals(DataTypes.createArrayType(ArticleSchema.COMMENT, false), ArticleSchema.ARTICLE.apply("comments").dataType());
    assertEquals(expected, List.of(ArticleSchema.COMMENT.fieldNames()));
  }
}
