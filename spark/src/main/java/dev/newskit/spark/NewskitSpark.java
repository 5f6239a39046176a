package dev.newskit.spark;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * newskit's Dataset API: read WARC files into pages, and turn pages into articles.
 *
 * <pre>{@code
 * Dataset<Row> pages = NewskitSpark.readWarc(spark, List.of("s3a://bucket/cc-news/2026/04/*.warc.gz"));
 * Dataset<Row> articles = NewskitSpark.extractArticles(pages);
 * articles.filter("error IS NULL").select("url", "article.title", "article.published").show();
 * }</pre>
 *
 * <p>Both are lazy transformations, like any Dataset's; nothing runs until an action. Every row of the
 * input gives exactly one row of output: a page that cannot be read or extracted has a null {@code
 * article} and an {@link ArticleSchema#ERROR error}, so a bad page never fails the job. Extraction
 * reads Hebrew dates when newskit-i18n is on the executors' classpath (it is a dependency of this
 * module). The methods are thread-safe.
 */
public final class NewskitSpark {
  private NewskitSpark() {}

  /**
   * The HTML pages of WARC files, as rows of {@link ArticleSchema#PAGE}, in at least as many partitions
   * as Spark's default parallelism: one per file, or several per file, each reading a stripe of its
   * records, when there are fewer files than that.
   *
   * @param paths files, directories (their {@code .warc} and {@code .warc.gz} files) or globs, on any
   *     filesystem Hadoop can read ({@code file:}, {@code hdfs:}, {@code s3a:}, ...)
   * @throws IllegalArgumentException if the paths name no file
   * @throws java.io.UncheckedIOException if a path cannot be listed
   */
  public static Dataset<Row> readWarc(SparkSession spark, List<String> paths) {
    return readWarc(spark, paths, 0);
  }

  /**
   * The HTML pages of WARC files in about {@code partitions} partitions (at least one per file).
   *
   * @param partitions the partitions wanted; 0 for Spark's default parallelism
   * @see #readWarc(SparkSession, List)
   */
  public static Dataset<Row> readWarc(SparkSession spark, List<String> paths, int partitions) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(paths, "paths");
    if (partitions < 0) throw new IllegalArgumentException("partitions must not be negative: " + partitions);
    return WarcFiles.read(spark, WarcFiles.list(spark.sparkContext().hadoopConfiguration(), paths), partitions, null);
  }

  /**
   * The article of every page.
   *
   * <p>Pages need an {@code html} column (binary, decoded with the optional {@code charset} column's
   * label or detected from the page, or string) and may have a {@code url} column (the page's address,
   * to resolve links; without it, relative links are dropped), a {@code fetched} timestamp column (the
   * capture time, which relative dates such as "3 hours ago" count from; without it a relative date is
   * left out, never counted from the executor's clock) and an {@code error} column (a page already known to be bad is passed through as
   * an error of kind {@code warc}). The result keeps every other input column, in order, then adds
   * {@code article} ({@link ArticleSchema#ARTICLE}, null on failure) and {@code error} ({@link
   * ArticleSchema#ERROR}, null on success).
   *
   * @throws IllegalArgumentException if the pages have no usable {@code html} column, or a column of
   *     the wrong type
   */
  public static Dataset<Row> extractArticles(Dataset<Row> pages) {
    PageColumns columns = PageColumns.of(Objects.requireNonNull(pages, "pages").schema());
    boolean java8Time = WarcFiles.java8Time(pages.sparkSession());
    return pages.mapPartitions(new ExtractPartition(columns, java8Time), Encoders.row(columns.output()));
  }
}
