package dev.newskit.spark;

import dev.newskit.core.Article;
import dev.newskit.core.ArticleJson;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads the {@code article} of a row the Spark job wrote as JSON back into core's article. */
final class SparkJson {
  private SparkJson() {}

  /**
   * The article of {@code sparkArticle}: Spark's JSON carries a date as its text column ({@code
   * publishedText}), with the timestamp column only for instants, so the text column is core's field.
   */
  static Article article(JsonNode sparkArticle) {
    ObjectNode copy = (ObjectNode) sparkArticle.deepCopy();
    for (Map.Entry<String, String> e : ArticleSchema.JSON_NAMES.entrySet()) {
      JsonNode text = copy.remove(e.getKey());
      copy.remove(e.getValue());
      if (text != null && !text.isNull()) copy.set(e.getValue(), text);
    }
    return ArticleJson.fromTree(copy);
  }
}
