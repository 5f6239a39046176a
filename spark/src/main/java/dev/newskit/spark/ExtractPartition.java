package dev.newskit.spark;

import dev.newskit.core.Article;
import dev.newskit.core.ArticleJson;
import dev.newskit.html.ArticleExtractor;
import dev.newskit.html.HtmlLimitException;
import dev.newskit.html.NotHtmlException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;

/**
 * Extracts the article of every page row of a partition, on an executor; a row that fails gets an
 * error instead, so one bad page never fails a task.
 */
final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** One extractor per executor JVM: it is thread-safe and costs something to build. */
  private static final class Shared {
    static final ArticleExtractor EXTRACTOR = ArticleExtractor.create();
  }

  private final PageColumns columns;
  private final boolean java8Time;
  private final ExtractCounters counters;

  ExtractPartition(PageColumns columns, boolean java8Time, ExtractCounters counters) {
    this.columns = columns;
    this.java8Time = java8Time;
    this.counters = counters;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> pages) {
    JsonRows rows = new JsonRows(java8Time);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return pages.hasNext();
      }

      @Override
      public Row next() {
        return extract(pages.next(), rows);
      }
    };
  }

  private Row extract(Row page, JsonRows rows) {
    int[] kept = columns.kept();
    Object[] out = new Object[kept.length + 2];
    for (int i = 0; i < kept.length; i++) out[i] = page.get(kept[i]);
    Row error = errorOf(page);
    if (error == null) {
      try {
        Article article = extract(page);
        out[kept.length] = rows.row(ArticleJson.toTree(article), ArticleSchema.ARTICLE);
      } catch (HtmlLimitException e) {
        error = error("limit", e.getMessage());
      } catch (NotHtmlException | IllegalArgumentException e) {
        error = error("input", e.getMessage());
      } catch (RuntimeException | StackOverflowError e) {
        error = error("internal", e.getClass().getName() + ": " + e.getMessage());
      }
    }
    out[kept.length + 1] = error;
    count(error);
    return RowFactory.create(out);
  }

  private Row errorOf(Row page) {
    if (columns.error() >= 0 && !page.isNullAt(columns.error())) return error("warc", page.getString(columns.error()));
    if (page.isNullAt(columns.html())) return error("input", "the html column is null");
    return null;
  }

  private Article extract(Row page) {
    String url = columns.url() >= 0 && !page.isNullAt(columns.url()) ? page.getString(columns.url()) : null;
    if (!columns.htmlIsBinary()) return Shared.EXTRACTOR.extract(page.getString(columns.html()), url);
    Charset charset = columns.charset() >= 0 && !page.isNullAt(columns.charset()) ? charset(page.getString(columns.charset())) : null;
    return Shared.EXTRACTOR.extract((byte[]) page.get(columns.html()), url, charset);
  }

  /** The charset a label names, or null (detect from the page) when Java does not know it. */
  private static Charset charset(String label) {
    try {
      return Charset.forName(label.strip());
    } catch (IllegalArgumentException e) {
      return label.equalsIgnoreCase("utf8") ? StandardCharsets.UTF_8 : null;
    }
  }

  private static Row error(String kind, String message) {
    return RowFactory.create(kind, message == null ? kind : message);
  }

  private void count(Row error) {
    if (counters == null) return;
    counters.pages().add(1);
    LongAccumulator outcome = error == null ? counters.articles() : counters.failures();
    outcome.add(1);
  }
}
