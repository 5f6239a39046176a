package dev.newskit.spark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;
import dev.newskit.core.PageDateTime;
import org.jspecify.annotations.Nullable;
import scala.jdk.javaapi.CollectionConverters;
import tools.jackson.databind.JsonNode;

/**
 * Turns core's JSON tree of an article into a Spark row of {@link ArticleSchema#ARTICLE}, so the columns
 * cannot drift from the JSON form: a field is read by its JSON name, and an absent one is null.
 */
final class JsonRows {
  private final boolean java8Time;

  /**
   * @param java8Time whether timestamps are {@link Instant}s ({@code spark.sql.datetime.java8API.enabled})
   *     rather than {@link java.sql.Timestamp}s
   */
  JsonRows(boolean java8Time) {
    this.java8Time = java8Time;
  }

  Row row(JsonNode node, StructType type) {
    StructField[] fields = type.fields();
    Object[] values = new Object[fields.length];
    for (int i = 0; i < fields.length; i++) {
      String name = ArticleSchema.JSON_NAMES.getOrDefault(fields[i].name(), fields[i].name());
      values[i] = value(node.get(name), fields[i].dataType());
    }
    return RowFactory.create(values);
  }

  Object time(Instant instant) {
    return java8Time ? instant : java.sql.Timestamp.from(instant);
  }

  private @Nullable Object value(@Nullable JsonNode node, DataType type) {
    if (node == null || node.isNull() || node.isMissingNode()) return null;
    if (type instanceof StructType struct) return row(node, struct);
    if (type instanceof ArrayType array) {
      List<Object> items = new ArrayList<>(node.size());
      for (JsonNode item : node) items.add(value(item, array.elementType()));
      return CollectionConverters.asScala(items).toSeq();
    }
    if (type instanceof MapType map) {
      Map<String, Object> entries = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) entries.put(e.getKey(), value(e.getValue(), map.valueType()));
      return CollectionConverters.asScala(entries);
    }
    if (type instanceof StringType) return node.asString();
    if (type instanceof IntegerType) return node.intValue();
    if (type instanceof BooleanType) return node.booleanValue();
    if (type instanceof TimestampType) {
      // A day or a wall-clock time without offset is no instant: the timestamp stays null, never invented.
      return PageDateTime.parse(node.asString()).offsetDateTime().map(t -> time(t.toInstant())).orElse(null);
    }
    throw new IllegalStateException("no JSON mapping for " + type);
  }
}
