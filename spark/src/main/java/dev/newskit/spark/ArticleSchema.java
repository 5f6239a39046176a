package dev.newskit.spark;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schemas newskit reads and writes: pages, articles and per-row errors.
 *
 * <p>{@link #ARTICLE} mirrors core's JSON form field for field (the same names, documented in {@code
 * article.schema.json}), so a Parquet file and {@code newskit extract --format jsonl} describe an
 * article the same way. Two differences follow from Spark's types: {@code published} and {@code
 * modified} are timestamps, set only when the page gave an instant (a time with its offset; the offset is
 * in JSON, the zone in {@code zone}), with {@code publishedText} and {@code modifiedText} holding the JSON
 * value at the page's own precision ({@code 2019-10-16}, {@code 2019-10-16T10:30} or an offset date-time);
 * and every block of {@code body} is one struct holding the union of the block kinds' fields, with
 * {@code type} saying which apply.
 */
public final class ArticleSchema {
  private ArticleSchema() {}

  /** Columns of {@link #ARTICLE} that hold a JSON field under another name. */
  static final java.util.Map<String, String> JSON_NAMES = java.util.Map.of("publishedText", "published", "modifiedText", "modified");

  /** A link inside a block: {@code text}, {@code url}. */
  static final StructType LINK = struct(field("text", StringType), field("url", StringType));

  /**
   * An image: {@code url}, {@code alt}, {@code caption}, {@code credit}, {@code width}, {@code height}. The
   * {@code url} is absolute, except for a page without a {@code url}: there it is the relative reference the
   * page gave ({@code /img/a.jpg}), as in the JSON form.
   */
  public static final StructType IMAGE = struct(
      field("url", StringType), field("alt", StringType), field("caption", StringType), field("credit", StringType),
      field("width", IntegerType), field("height", IntegerType));

  /** A body block: {@code type} (paragraph, heading, quote, list, figure, table, embed) and its fields. */
  public static final StructType BLOCK = struct(
      field("type", StringType),
      field("text", StringType),
      field("level", IntegerType),
      field("attribution", StringType),
      field("ordered", BooleanType),
      field("items", createArrayType(StringType, false)),
      field("image", IMAGE),
      field("caption", StringType),
      field("header", createArrayType(StringType, false)),
      field("rows", createArrayType(createArrayType(StringType, false), false)),
      field("provider", StringType),
      field("url", StringType),
      field("title", StringType),
      field("links", createArrayType(LINK, false)));

  /**
   * A reader's comment: {@code author}, {@code published} (the JSON value at the page's own precision, as text),
   * {@code text} and {@code depth} (0 for a reply to the article).
   */
  public static final StructType COMMENT = struct(
      field("author", StringType), field("published", StringType), field("text", StringType), field("depth", IntegerType));

  /** An article, as core's JSON has it. */
  public static final StructType ARTICLE = struct(
      field("url", StringType),
      field("title", StringType),
      field("subtitle", StringType),
      field("section", StringType),
      field("authors", createArrayType(struct(field("name", StringType), field("url", StringType), field("role", StringType)), false)),
      field("dateline", struct(field("location", StringType), field("text", StringType))),
      field("published", TimestampType),
      field("publishedText", StringType),
      field("modified", TimestampType),
      field("modifiedText", StringType),
      field("zone", StringType),
      field("language", StringType),
      field("direction", StringType),
      field("pageLanguage", StringType),
      field("siteName", StringType),
      field("publisherLogo", StringType),
      field("description", StringType),
      field("accessibleForFree", BooleanType),
      field("tags", createArrayType(StringType, false)),
      field("images", createArrayType(IMAGE, false)),
      field("body", createArrayType(BLOCK, false)),
      field("text", StringType),
      field("wordCount", IntegerType),
      field("comments", createArrayType(COMMENT, false)),
      field("provenance", createMapType(StringType, StringType, false)));

  /**
   * Why a row has no article: {@code kind} is {@code warc} (the record could not be read), {@code
   * limit} (the page exceeds {@code HtmlLimits}), {@code input} (the row's values are unusable) or
   * {@code internal} (a newskit bug; please report it), and {@code message} says what and where.
   */
  public static final StructType ERROR = struct(field("kind", StringType), field("message", StringType));

  /**
   * Pages as {@link NewskitSpark#readWarc} gives them: {@code url}, {@code html} (bytes), {@code charset}
   * (the server's declared label), {@code fetched}, {@code source} (the WARC file), {@code offset} (of
   * the record in it) and {@code error} (why the record could not be read, or null).
   */
  public static final StructType PAGE = struct(
      field("url", StringType),
      field("html", BinaryType),
      field("charset", StringType),
      field("fetched", TimestampType),
      field("source", StringType),
      field("offset", LongType),
      field("error", StringType));

  private static StructField field(String name, DataType type) {
    return createStructField(name, type, true);
  }

  private static StructType struct(StructField... fields) {
    return createStructType(List.of(fields));
  }
}
