package dev.newskit.spark;

import java.io.Serializable;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * The job's tallies, kept in Spark accumulators as tasks run. Like all accumulators updated in
 * transformations, they count a page twice if its task is retried.
 */
record ExtractCounters(LongAccumulator records, LongAccumulator pages, LongAccumulator articles, LongAccumulator failures)
    implements Serializable {

  static ExtractCounters register(SparkSession spark) {
    var sc = spark.sparkContext();
    return new ExtractCounters(
        sc.longAccumulator("newskit WARC records"), sc.longAccumulator("newskit HTML pages"),
        sc.longAccumulator("newskit articles"), sc.longAccumulator("newskit failures"));
  }
}
