package dev.newskit.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;

/**
 * Where the columns newskit reads are in a page schema, checked once on the driver: {@code html}
 * (binary or string, required), {@code url}, {@code charset} and {@code error} (strings, optional) and
 * {@code fetched} (a timestamp, optional: the capture time relative dates count from). Every column
 * but {@code html} and {@code error} is kept, in order, in front of the article; an absent optional
 * column has index -1.
 */
record PageColumns(int html, boolean htmlIsBinary, int url, int charset, int error, int fetched, int[] kept, StructType output)
    implements Serializable {

  static PageColumns of(StructType pages) {
    List<String> names = Arrays.asList(pages.fieldNames());
    int html = names.indexOf("html");
    if (html < 0) {
      throw new IllegalArgumentException("pages need an 'html' column (binary or string); the columns are " + names);
    }
    DataType htmlType = pages.fields()[html].dataType();
    if (!(htmlType instanceof BinaryType) && !(htmlType instanceof StringType)) {
      throw new IllegalArgumentException("the 'html' column must be binary or string, not " + htmlType.simpleString());
    }
    int url = optionalString(pages, names, "url");
    int charset = optionalString(pages, names, "charset");
    int error = optionalString(pages, names, "error");
    int fetched = names.indexOf("fetched");
    if (fetched >= 0 && !(pages.fields()[fetched].dataType() instanceof TimestampType)) {
      throw new IllegalArgumentException("the 'fetched' column must be a timestamp, not "
          + pages.fields()[fetched].dataType().simpleString());
    }
    List<StructField> out = new ArrayList<>();
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (i == html || i == error) continue;
      if (names.get(i).equals("article")) {
        throw new IllegalArgumentException("pages already have an 'article' column; rename it before extracting");
      }
      kept.add(i);
      out.add(pages.fields()[i]);
    }
    out.add(new StructField("article", ArticleSchema.ARTICLE, true, org.apache.spark.sql.types.Metadata.empty()));
    out.add(new StructField("error", ArticleSchema.ERROR, true, org.apache.spark.sql.types.Metadata.empty()));
    return new PageColumns(html, htmlType instanceof BinaryType, url, charset, error, fetched,
        kept.stream().mapToInt(Integer::intValue).toArray(), new StructType(out.toArray(StructField[]::new)));
  }

  private static int optionalString(StructType pages, List<String> names, String name) {
    int index = names.indexOf(name);
    if (index >= 0 && !(pages.fields()[index].dataType() instanceof StringType)) {
      throw new IllegalArgumentException("the '" + name + "' column must be a string, not "
          + pages.fields()[index].dataType().simpleString());
    }
    return index;
  }
}
