package dev.newskit.spark;

import dev.newskit.core.Article;
import dev.newskit.core.ArticleJson;
import dev.newskit.core.DateTextParser;
import dev.newskit.html.ArticleExtractor;
import dev.newskit.html.HtmlLimitException;
import dev.newskit.html.NotHtmlException;
import dev.newskit.html.PageInput;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;

/**
 * Extracts the article of every page row of a partition, on an executor; a row that fails gets an
 * error instead, so one bad page never fails a task.
 */
final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** One date parser and extractor per executor JVM: they are thread-safe and cost something to build. */
  private static final class Shared {
    static final ArticleExtractor EXTRACTOR = ArticleExtractor.builder().dateParser(DateTextParser.installed()).build();
  }

  private final PageColumns columns;
  private final boolean java8Time;

  ExtractPartition(PageColumns columns, boolean java8Time) {
    this.columns = columns;
    this.java8Time = java8Time;
  }

  /**
   * What one row gives the extractor: its HTML as text or as bytes (exactly one is set), and the
   * page's address, declared charset and capture time when the row has them.
   */
  record Page(Optional<String> text, Optional<byte[]> bytes, Optional<String> url, Optional<Charset> charset,
      Optional<Instant> fetched) {}

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

  private Row extract(Row row, JsonRows rows) {
    int[] kept = columns.kept();
    Object[] out = new Object[kept.length + 2];
    for (int i = 0; i < kept.length; i++) out[i] = row.get(kept[i]);
    Row error = errorOf(row);
    if (error == null) {
      try {
        Article article = extract(page(row, columns));
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
    return RowFactory.create(out);
  }

  private @Nullable Row errorOf(Row page) {
    if (columns.error() >= 0 && !page.isNullAt(columns.error())) return error("warc", page.getString(columns.error()));
    if (page.isNullAt(columns.html())) return error("input", "the html column is null");
    return null;
  }

  /** The extractor's input from a row whose html is not null. */
  static Page page(Row row, PageColumns columns) {
    Optional<String> url = string(row, columns.url());
    Optional<Instant> fetched = columns.fetched() < 0 || row.isNullAt(columns.fetched())
        ? Optional.empty() : Optional.of(instant(row.get(columns.fetched())));
    if (!columns.htmlIsBinary()) {
      return new Page(Optional.of(row.getString(columns.html())), Optional.empty(), url, Optional.empty(), fetched);
    }
    Optional<Charset> charset = string(row, columns.charset()).flatMap(ExtractPartition::charset);
    return new Page(Optional.empty(), Optional.of((byte[]) row.get(columns.html())), url, charset, fetched);
  }

  /**
   * The article of a page; relative dates ("3 hours ago") count from its capture time when it has one.
   * A row without a url is extracted without one (relative links are dropped), not refused.
   */
  static Article extract(Page page) {
    PageInput input = page.text().isPresent() ? PageInput.of(page.text().get()) : PageInput.of(page.bytes().orElseThrow());
    return Shared.EXTRACTOR.extract(input
        .withUrl(page.url().orElse(null))
        .withCharset(page.charset().orElse(null))
        .withReferenceInstant(page.fetched().orElse(null)));
  }

  private static Optional<String> string(Row row, int column) {
    return column < 0 || row.isNullAt(column) ? Optional.empty() : Optional.of(row.getString(column));
  }

  /** A timestamp as Spark gives it: an Instant with the Java 8 time API enabled, else a java.sql.Timestamp. */
  static Instant instant(Object timestamp) {
    return timestamp instanceof Instant at ? at : ((java.sql.Timestamp) timestamp).toInstant();
  }

  /** The charset a label names, or empty (detect from the page) when Java does not know it. */
  private static Optional<Charset> charset(String label) {
    try {
      return Optional.of(Charset.forName(label.strip()));
    } catch (IllegalArgumentException e) {
      return label.equalsIgnoreCase("utf8") ? Optional.of(StandardCharsets.UTF_8) : Optional.empty();
    }
  }

  private static Row error(String kind, @Nullable String message) {
    return RowFactory.create(kind, message == null ? kind : message);
  }
}
