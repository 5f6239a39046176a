package dev.newskit.spark;

import dev.newskit.warc.WarcPage;
import dev.newskit.warc.WarcPages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.SerializableWritable;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.jspecify.annotations.Nullable;

/**
 * Reads WARC files on any Hadoop filesystem into rows of {@link ArticleSchema#PAGE}: the driver lists
 * the files, and each file is read as a stream by one task, or, when there are fewer files than the
 * tasks wanted, by several tasks that each take a stripe of its records (see {@link WarcPages#stripe}).
 * Striping costs each task a pass of decompression but no shuffle of page bytes.
 */
final class WarcFiles {
  private WarcFiles() {}

  /**
   * @param files the files to read, as {@link #list} gives them (listing is done once, by the caller)
   * @param partitions the tasks wanted; 0 for Spark's default parallelism
   */
  static Dataset<Row> read(SparkSession spark, List<String> files, int partitions, @Nullable LongAccumulator records) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    int wanted = partitions > 0 ? partitions : spark.sparkContext().defaultParallelism();
    int stripes = Math.max(1, (wanted + files.size() - 1) / files.size());
    List<Split> splits = new ArrayList<>();
    for (String file : files) for (int i = 0; i < stripes; i++) splits.add(new Split(file, i, stripes));
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<SerializableWritable<Configuration>> sharedConf = context.broadcast(new SerializableWritable<>(conf));
    JavaRDD<Row> rows = context.parallelize(splits, splits.size())
        .flatMap(new ReadSplit(sharedConf, java8Time(spark), records));
    return spark.createDataFrame(rows, ArticleSchema.PAGE);
  }

  /** One task's share of a file: the records whose ordinal modulo {@code stripes} is {@code stripe}. */
  record Split(String file, int stripe, int stripes) implements java.io.Serializable {}

  static boolean java8Time(SparkSession spark) {
    return Boolean.parseBoolean(spark.conf().get("spark.sql.datetime.java8API.enabled", "false"));
  }

  /**
   * The files the paths name: a file as given, a directory's {@code .warc} and {@code .warc.gz} files
   * (recursively), a glob's matches; sorted, so partitions are stable from run to run.
   */
  static List<String> list(Configuration conf, List<String> paths) {
    if (paths.isEmpty()) throw new IllegalArgumentException("no WARC paths given");
    List<String> files = new ArrayList<>();
    for (String given : paths) {
      try {
        Path path = new Path(given);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) throw new IllegalArgumentException("no such WARC file or directory: " + given);
        for (FileStatus match : matches) {
          if (match.isFile()) {
            files.add(match.getPath().toString());
            continue;
          }
          RemoteIterator<LocatedFileStatus> under = fs.listFiles(match.getPath(), true);
          while (under.hasNext()) {
            Path file = under.next().getPath();
            if (isWarcName(file.getName())) files.add(file.toString());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + given + ": " + e.getMessage(), e);
      }
    }
    if (files.isEmpty()) throw new IllegalArgumentException("no .warc or .warc.gz files under " + paths);
    Collections.sort(files);
    return files;
  }

  static boolean isWarcName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".warc") || lower.endsWith(".warc.gz");
  }

  /** Reads one split on an executor; a file that cannot be opened is one failed row, not a failed task. */
  private static final class ReadSplit implements FlatMapFunction<Split, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<SerializableWritable<Configuration>> conf;
    private final boolean java8Time;
    private final @Nullable LongAccumulator records;

    ReadSplit(Broadcast<SerializableWritable<Configuration>> conf, boolean java8Time, @Nullable LongAccumulator records) {
      this.conf = conf;
      this.java8Time = java8Time;
      this.records = records;
    }

    @Override
    public Iterator<Row> call(Split split) {
      JsonRows rows = new JsonRows(java8Time);
      String file = split.file();
      WarcPages pages;
      try {
        Path path = new Path(file);
        InputStream in = path.getFileSystem(conf.value().value()).open(path);
        pages = WarcPages.read(in, file).stripe(split.stripe(), split.stripes());
      } catch (IOException e) {
        if (split.stripe() != 0) return Collections.emptyIterator();
        Row failed = RowFactory.create(null, null, null, null, file, 0L, "cannot open WARC file: " + e.getMessage());
        return List.of(failed).iterator();
      }
      TaskContext task = TaskContext.get();
      if (task != null) task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> closeQuietly(pages));
      Iterator<WarcPage> iterator = pages.iterator();
      return new Iterator<>() {
        private boolean counted;

        @Override
        public boolean hasNext() {
          boolean more = iterator.hasNext();
          if (!more && !counted) {
            counted = true;
            if (records != null) records.add(pages.records());
            closeQuietly(pages);
          }
          return more;
        }

        @Override
        public Row next() {
          WarcPage page = iterator.next();
          return RowFactory.create(
              page.url().isEmpty() ? null : page.url(),
              page.error().isPresent() ? null : page.html(),
              page.charset().orElse(null),
              page.fetched().map(rows::time).orElse(null),
              page.source(),
              page.offset(),
              page.error().orElse(null));
        }
      };
    }

    private static void closeQuietly(WarcPages pages) {
      try {
        pages.close();
      } catch (IOException e) {
        // Reading is over; a failure to release the stream changes no row.
      }
    }
  }
}
