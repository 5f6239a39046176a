package dev.newskit.bench.spark;

import dev.newskit.bench.eval.Corpus;
import dev.newskit.examples.cli.Main;
import dev.newskit.spark.WarcExtraction;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Pages per second of the Spark job in {@code local[N]} beside the CLI's batch extract with N threads,
 * on the same gzip'd WARC of the corpus pages (repeated to make a run last seconds), both writing JSON
 * Lines to local files. Each side runs once to warm up, then {@code rounds} times, alternating; the medians
 * are reported, with the median ratio of Spark's time to the CLI's (its overhead on one machine).
 *
 * <p>Run: {@code mvn -pl bench -am -q install -DskipTests && mvn -pl bench -q exec:java
 * -Dexec.mainClass=dev.newskit.bench.spark.SparkVsCli -Dexec.args="--copies 10 --threads 2 --rounds 3"}
 */
public final class SparkVsCli {
  private SparkVsCli() {}

  public static void main(String[] args) throws Exception {
    int copies = option(args, "--copies", 10);
    int threads = option(args, "--threads", 2);
    int rounds = option(args, "--rounds", 3);
    Path corpus = Corpus.locate().orElseThrow(() -> new IllegalStateException("no ../shared/corpus beside the project"));
    Path work = Files.createTempDirectory("newskit-spark-bench");
    Path warc = work.resolve("corpus.warc.gz");
    int pages = writeWarc(corpus, copies, warc);
    System.out.printf(Locale.ROOT, "WARC: %d pages, %.1f MB gzip'd, %d threads%n", pages, Files.size(warc) / 1e6, threads);

    SparkSession spark = SparkSession.builder().master("local[" + threads + "]").appName("newskit-bench")
        .config("spark.ui.enabled", "false").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      double[] cli = new double[rounds];
      double[] job = new double[rounds];
      double[] ratio = new double[rounds];
      for (int round = -1; round < rounds; round++) {
        double c = time(() -> runCli(warc, threads, work.resolve("cli.jsonl")));
        double s = time(() -> runJob(spark, warc, work.resolve("out")));
        if (round >= 0) {
          cli[round] = c;
          job[round] = s;
          ratio[round] = s / c;
        }
        System.out.printf(Locale.ROOT, "%s: CLI %.2f s (%.0f pages/s), Spark %.2f s (%.0f pages/s)%n",
            round < 0 ? "warm-up" : "round " + (round + 1), c, pages / c, s, pages / s);
      }
      double medianCli = median(cli);
      double medianJob = median(job);
      System.out.printf(Locale.ROOT, "median: CLI %.0f pages/s, Spark local[%d] %.0f pages/s; Spark takes %.2fx the CLI's time "
          + "(median of the rounds' ratios)%n", pages / medianCli, threads, pages / medianJob, median(ratio));
    } finally {
      spark.stop();
    }
  }

  /** Writes every corpus page {@code copies} times as HTTP 200 responses, each copy at its own URL. */
  static int writeWarc(Path corpus, int copies, Path warc) throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(corpus)) {
      sources = files.filter(f -> f.getFileName().toString().equals("source.html")).sorted().toList();
    }
    List<byte[]> bodies = new ArrayList<>();
    for (Path source : sources) bodies.add(Files.readAllBytes(source));
    int written = 0;
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      for (int copy = 0; copy < copies; copy++) {
        for (int i = 0; i < bodies.size(); i++) {
          HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), bodies.get(i)).build();
          writer.write(new WarcResponse.Builder(URI.create("https://corpus.example/" + i + "?copy=" + copy))
              .date(Instant.parse("2026-11-25T00:00:00Z")).body(http).build());
          written++;
        }
      }
    }
    return written;
  }

  /** The CLI writing its JSON Lines to a file, as the job writes its own. */
  private static void runCli(Path warc, int threads, Path out) {
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter file = new PrintWriter(Files.newBufferedWriter(out))) {
      code = Main.run(new String[] {"extract", "--format", "jsonl", "--threads", String.valueOf(threads), warc.toString()},
          InputStream.nullInputStream(), file, new PrintWriter(err));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    if (code != 0) throw new IllegalStateException("CLI exited " + code + ": " + err);
  }

  private static void runJob(SparkSession spark, Path warc, Path out) {
    WarcExtraction.run(spark, List.of(warc.toString()), 0, WarcExtraction.Format.JSONL, out.toString(), true);
  }

  private static double time(Runnable run) {
    long start = System.nanoTime();
    run.run();
    return (System.nanoTime() - start) / 1e9;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static int option(String[] args, String name, int fallback) {
    for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return Integer.parseInt(args[i + 1]);
    return fallback;
  }
}
