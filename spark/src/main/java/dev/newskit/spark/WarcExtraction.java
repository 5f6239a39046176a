package dev.newskit.spark;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * The newskit-spark job's work without its command line: WARC files in, articles written as Parquet or
 * JSON Lines, and what was read and written counted.
 *
 * <pre>{@code
 * WarcExtraction.Counts counts = WarcExtraction.run(spark, List.of("crawls/"), 0,
 *     WarcExtraction.Format.PARQUET, "articles.parquet", false);
 * }</pre>
 */
public final class WarcExtraction {
  private static final StructType ERROR_ONLY = new StructType().add("error", ArticleSchema.ERROR);

  private WarcExtraction() {}

  /** How the articles are written. */
  public enum Format {
    /** Parquet, with the columns of {@link ArticleSchema}. */
    PARQUET,
    /** JSON Lines: one object per row (url, source, offset, article, error). */
    JSONL
  }

  /**
   * What one run read and wrote.
   *
   * @param warcFiles the WARC files the inputs named
   * @param records every WARC record read, HTML page or not
   * @param pages the rows written: one per HTML page
   * @param failures the rows written with an error instead of an article
   */
  public record Counts(int warcFiles, long records, long pages, long failures) {
    /** The rows written with an article. */
    public long articles() {
      return pages - failures;
    }
  }

  /**
   * Reads the WARC files, extracts every page and writes the rows; returns when they are written.
   *
   * <p>{@code pages} and {@code failures} are counted from the written output, so they stay exact however
   * often Spark ran a task. {@code records} is an accumulator, as only the reader sees records that are
   * not HTML pages; it is added once per file stripe read to its end, and Spark applies a successful
   * task's update once and drops a failed attempt's. An output that exists when {@code overwrite} is
   * false is refused with Spark's {@code AnalysisException} (thrown undeclared, as Scala does).
   *
   * @param inputs files, directories or globs, as {@link NewskitSpark#readWarc(SparkSession, List)} takes them
   * @param partitions the tasks wanted; 0 for Spark's default parallelism
   * @param output the output directory, on any Hadoop filesystem
   * @param overwrite replace the output directory if it exists
   * @throws IllegalArgumentException if the inputs name no WARC file or {@code partitions} is negative
   * @throws java.io.UncheckedIOException if an input cannot be listed
   */
  public static Counts run(SparkSession spark, List<String> inputs, int partitions, Format format, String output,
      boolean overwrite) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(output, "output");
    if (partitions < 0) throw new IllegalArgumentException("partitions must not be negative: " + partitions);
    LongAccumulator records = spark.sparkContext().longAccumulator("newskit WARC records");
    List<String> files = WarcFiles.list(spark.sparkContext().hadoopConfiguration(), inputs);
    Dataset<Row> articles = NewskitSpark.extractArticles(WarcFiles.read(spark, files, partitions, records));
    DataFrameWriter<Row> writer = articles.write().mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
    if (format == Format.PARQUET) writer.parquet(output);
    else writer.json(output);
    Dataset<Row> written = format == Format.PARQUET
        ? spark.read().parquet(output).select("error")
        : spark.read().schema(ERROR_ONLY).json(output);
    // Reading back only the error column is cheap, and exact where accumulators in a transformation are not.
    Row counts = written.agg(functions.count(functions.lit(1)), functions.count(functions.col("error.kind"))).first();
    return new Counts(files.size(), records.value(), counts.getLong(0), counts.getLong(1));
  }
}
