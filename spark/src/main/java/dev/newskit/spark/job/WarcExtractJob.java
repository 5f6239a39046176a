package dev.newskit.spark.job;

import dev.newskit.spark.WarcExtraction;
import dev.newskit.spark.WarcExtraction.Counts;
import dev.newskit.spark.WarcExtraction.Format;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The newskit-spark job's command line: WARC files in, articles out as Parquet or JSON Lines, with counts
 * and throughput on stdout. The work is {@link WarcExtraction}'s; this class is only in the job jar
 * ({@code newskit-spark-job.jar}, classifier {@code job}), so the library does not bring picocli.
 *
 * <p>Run on its own ({@code java -jar newskit-spark-job.jar}), it starts Spark embedded in {@code
 * local[*]} mode; under {@code spark-submit} it runs on the cluster it is given, unchanged.
 */
@Command(name = "newskit-spark", mixinStandardHelpOptions = true, sortOptions = false,
    versionProvider = WarcExtractJob.Version.class,
    description = "Extract articles from WARC files with Apache Spark; write Parquet or JSON Lines.")
public final class WarcExtractJob implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
      description = "Output directory (any Hadoop filesystem URI).")
  String output;

  @Option(names = "--format", defaultValue = "parquet",
      description = "parquet or jsonl (one JSON object per row: url, source, offset, article, error). Default: parquet.")
  Format format;

  @Option(names = "--overwrite", description = "Replace the output directory if it exists.")
  boolean overwrite;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Tasks to read and extract with. Default: Spark's default parallelism. With fewer files than "
          + "tasks, each file is shared by several tasks, each taking a stripe of its records, so that one large "
          + "file still uses every core.")
  @Nullable Integer partitions;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master. Default: the one spark-submit gives, else local[*] (embedded, all cores).")
  @Nullable String master;

  @Parameters(paramLabel = "WARC", arity = "1..*",
      description = "WARC files (.warc, .warc.gz), directories of them, or globs; local paths or Hadoop URIs.")
  List<String> inputs = new ArrayList<>();

  private @Nullable SparkSession session;

  /** Runs the job and exits with its status: 0 done, 1 internal failure, 2 bad arguments or paths. */
  public static void main(String[] args) {
    if (System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty("log4j2.configurationFile", "dev/newskit/spark/log4j2-job.properties");
    }
    System.exit(command(null).execute(args));
  }

  /**
   * Runs the job on an existing session (notebooks, tests), which it uses and leaves running; the counts
   * go to {@code out}, errors to {@code err}.
   *
   * @return the exit status: 0 done, 1 internal failure, 2 bad arguments or paths
   */
  public static int run(SparkSession session, PrintWriter out, PrintWriter err, String... args) {
    CommandLine command = command(Objects.requireNonNull(session, "session"));
    command.setOut(out).setErr(err);
    return command.execute(args);
  }

  /** The job as a command; with a null session, it starts and stops its own. */
  private static CommandLine command(@Nullable SparkSession session) {
    WarcExtractJob job = new WarcExtractJob();
    job.session = session;
    return new CommandLine(job).setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SparkSession spark = session != null ? session : start();
    try {
      long start = System.nanoTime();
      if (partitions != null && partitions < 1) throw new IllegalArgumentException("--partitions must be at least 1: " + partitions);
      Counts counts = WarcExtraction.run(spark, inputs, partitions == null ? 0 : partitions, format, output, overwrite);
      double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
      out.printf(Locale.ROOT, "WARC files  %d%nrecords     %d%nHTML pages  %d%narticles    %d%nfailures    %d%n",
          counts.warcFiles(), counts.records(), counts.pages(), counts.articles(), counts.failures());
      out.printf(Locale.ROOT, "%.1f s, %.1f pages/s, %s written to %s%n", seconds, counts.pages() / seconds,
          format.name().toLowerCase(Locale.ROOT), output);
      out.flush();
      return 0;
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      err.println("newskit-spark: " + e.getMessage());
      return 2;
    } catch (Exception e) {
      // Scala does not declare its checked exceptions: an existing output is reported as an AnalysisException.
      if (!(e instanceof org.apache.spark.sql.AnalysisException)) throw e;
      err.println("newskit-spark: " + e.getMessage() + (overwrite ? "" : " (use --overwrite to replace it)"));
      return 2;
    } finally {
      if (session == null) spark.stop();
    }
  }

  private SparkSession start() {
    SparkSession.Builder builder = SparkSession.builder().appName("newskit-spark");
    String given = master != null ? master : System.getProperty("spark.master");
    builder.master(given != null ? given : "local[*]");
    if (given == null || given.startsWith("local")) builder.config("spark.ui.enabled", "false");
    // The article schema is wide; without this Spark warns that it abbreviates plans in its logs.
    builder.config("spark.sql.debug.maxToStringFields", "200");
    return builder.getOrCreate();
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = WarcExtractJob.class.getPackage().getImplementationVersion();
      return new String[] {"newskit-spark " + (version != null ? version : "(development build)")};
    }
  }
}
