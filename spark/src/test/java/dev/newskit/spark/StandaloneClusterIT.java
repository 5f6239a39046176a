package dev.newskit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.newskit.core.Article;
import dev.newskit.html.ArticleExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The job on a real Spark standalone cluster: a master and two workers, each a JVM of its own, bound to
 * 127.0.0.1 on ephemeral ports; each worker launches its executor as a further JVM. The job is submitted
 * as a user on one machine would, {@code java -jar newskit-spark-job.jar --master spark://...}, with
 * newskit's library jar and its own libraries shipped to the executors by Spark ({@code spark.jars}); the
 * workers' Spark home holds only Spark and its dependencies from {@code target/lib}, as a cluster's does.
 * picocli, which only the job's command line on the driver uses, is on neither.
 * The output is compared row by row with extracting the same pages directly.
 *
 * <p>Runs in {@code mvn verify} (failsafe, after {@code package}, which makes the job jar). Every process
 * is stopped when the test ends, passes or fails, and by a shutdown hook if the test JVM is killed.
 */
class StandaloneClusterIT {
  private static final String LOOPBACK = "127.0.0.1";
  private static final Pattern MASTER_URL = Pattern.compile("Starting Spark master at spark://127\\.0\\.0\\.1:(\\d+)");
  private static final Pattern REGISTERED = Pattern.compile("Successfully registered with master");
  /** newskit's jars and the libraries newskit needs that Spark does not have: shipped with the job. */
  private static final Pattern SHIPPED = Pattern.compile("newskit-.*|jsoup-.*|jwarc-.*|jackson-(core|databind)-3\\..*");
  /** The job's command line: on the driver's class path alone, so the executors prove they do without it. */
  private static final Pattern DRIVER_ONLY = Pattern.compile("picocli-.*");
  private static final List<Process> STARTED = new CopyOnWriteArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(StandaloneClusterIT::stopAll, "stop-spark-cluster"));
  }

  @TempDir Path dir;

  @Test
  void theJobOnATwoWorkerClusterWritesWhatDirectExtractionGives() throws Exception {
    Path target = Path.of(System.getProperty("newskit.spark.target", "target"));
    Path jobJar = target.resolve("newskit-spark-job.jar");
    assertTrue(Files.isRegularFile(jobJar), jobJar + " is missing: run `mvn verify`, which packages it first");
    Map<String, byte[]> pages = writeWarcs(Files.createDirectories(dir.resolve("warcs")));
    Path sparkHome = sparkHome(target.resolve("lib"), dir.resolve("spark-home"));
    List<String> shipped = new ArrayList<>();
    try (Stream<Path> lib = Files.list(target.resolve("lib"))) {
      lib.filter(StandaloneClusterIT::isShipped).sorted().forEach(jar -> shipped.add(jar.toAbsolutePath().toString()));
    }
    Path library = target.resolve("newskit-spark.jar");
    assertTrue(Files.isRegularFile(library), library + " is missing");
    shipped.add(library.toAbsolutePath().toString());

    try {
      // Spark 4's master also starts a REST submission server, on fixed port 6066 unless disabled.
      Process master = start(sparkHome, "master", List.of("-Xmx256m", "-Dspark.master.rest.enabled=false", "-cp", jobJar.toString(),
          "org.apache.spark.deploy.master.Master", "--host", LOOPBACK, "--port", "0", "--webui-port", "0"));
      String masterUrl = "spark://" + LOOPBACK + ":" + waitFor(master, "master", MASTER_URL).group(1);
      List<Process> workers = new ArrayList<>();
      for (int i = 1; i <= 2; i++) {
        workers.add(start(sparkHome, "worker-" + i, List.of("-Xmx256m", "-cp", jobJar.toString(),
            "org.apache.spark.deploy.worker.Worker", "--host", LOOPBACK, "--port", "0", "--webui-port", "0",
            "--cores", "1", "--memory", "640m", "--work-dir", dir.resolve("work-" + i).toString(), masterUrl)));
      }
      for (int i = 1; i <= 2; i++) waitFor(workers.get(i - 1), "worker-" + i, REGISTERED);

      Path out = dir.resolve("articles");
      Process driver = start(sparkHome, "driver", List.of("-Xmx512m",
          "-Dspark.jars=" + String.join(",", shipped),
          "-Dspark.driver.host=" + LOOPBACK, "-Dspark.driver.bindAddress=" + LOOPBACK, "-Dspark.ui.enabled=false",
          "-Dspark.executor.memory=512m", "-Dspark.executor.cores=1", "-Dspark.cores.max=2",
          // Schedule only once both executors are up, so that both run tasks.
          "-Dspark.scheduler.minRegisteredResourcesRatio=1.0",
          "-jar", jobJar.toString(),
          "--master", masterUrl, "--format", "jsonl", "--partitions", "4", "--output", out.toString(),
          dir.resolve("warcs").toString()));
      if (!driver.waitFor(15, TimeUnit.MINUTES)) fail("the job did not finish in 15 minutes\n" + logs());
      assertEquals(0, driver.exitValue(), this::logs);
      String stdout = Files.readString(log("driver"));
      assertTrue(stdout.contains("HTML pages  " + (pages.size() + 1)), stdout);
      assertTrue(stdout.contains("articles    " + pages.size()), stdout);
      assertTrue(stdout.contains("failures    1"), stdout);

      for (int i = 1; i <= 2; i++) {
        String executorLog = executorLog(dir.resolve("work-" + i));
        assertTrue(executorLog.contains("Running task"), "worker-" + i + "'s executor ran no task\n" + executorLog);
      }
      compareWithDirectExtraction(out, pages);
    } finally {
      stopAll();
    }
  }

  /** Two WARC files of the test fixtures, several copies each at their own URLs, and one malformed record. */
  private static Map<String, byte[]> writeWarcs(Path warcs) throws IOException {
    List<String> fixtures = List.of("pages/seed-with-metadata.html", "pages/seed-no-metadata.html",
        "benign/english-analysis.html", "benign/hebrew-report.html", "benign/arabic-table.html");
    Map<String, byte[]> pages = new HashMap<>();
    for (String file : List.of("a", "b")) {
      List<WarcRecord> records = new ArrayList<>();
      for (int copy = 0; copy < 4; copy++) {
        for (String fixture : fixtures) {
          String url = "https://news.example/" + file + "/" + copy + "/" + fixture;
          pages.put(url, TestWarcs.fixture(fixture));
          records.add(TestWarcs.html(url, "text/html; charset=UTF-8", pages.get(url)));
        }
      }
      if (file.equals("a")) records.add(TestWarcs.malformed("https://news.example/corrupt"));
      TestWarcs.write(warcs.resolve(file + ".warc.gz"), WarcCompression.GZIP, records.toArray(WarcRecord[]::new));
    }
    return pages;
  }

  /** Every output row against the same page extracted here, relative dates counted from the capture time. */
  private static void compareWithDirectExtraction(Path out, Map<String, byte[]> pages) throws IOException {
    ArticleExtractor extractor = ArticleExtractor.builder().clock(Clock.fixed(TestWarcs.FETCHED, ZoneOffset.UTC)).build();
    JsonMapper mapper = JsonMapper.builder().build();
    Map<String, Integer> seen = new HashMap<>();
    int errors = 0;
    List<Path> parts;
    try (Stream<Path> files = Files.list(out)) {
      parts = files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    }
    for (Path part : parts) {
      for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
        JsonNode row = mapper.readTree(line);
        String url = row.get("url").asString();
        seen.merge(url, 1, Integer::sum);
        if (row.has("error")) {
          assertEquals("https://news.example/corrupt", url);
          assertEquals("warc", row.get("error").get("kind").asString());
          errors++;
          continue;
        }
        byte[] html = pages.get(url);
        assertNotNull(html, url);
        Article direct = extractor.extract(html, url, StandardCharsets.UTF_8);
        assertEquals(utc(direct), utc(SparkJson.article(row.get("article"))), url);
      }
    }
    assertEquals(1, errors);
    assertEquals(pages.size() + 1, seen.size());
    assertTrue(seen.values().stream().allMatch(n -> n == 1), () -> "rows written more than once: " + seen);
  }

  private static Article utc(Article a) {
    Article.Builder b = a.toBuilder();
    a.published().ifPresent(t -> b.published(t.withOffsetSameInstant(ZoneOffset.UTC)));
    a.modified().ifPresent(t -> b.modified(t.withOffsetSameInstant(ZoneOffset.UTC)));
    return b.build();
  }

  /**
   * A Spark home for the workers: {@code jars/} holding Spark and its dependencies (links into {@code
   * target/lib}), which is where a worker takes its executors' class path from.
   */
  private static Path sparkHome(Path lib, Path home) throws IOException {
    Path jars = Files.createDirectories(home.resolve("jars"));
    try (Stream<Path> files = Files.list(lib)) {
      for (Path jar : files.filter(j -> !isShipped(j) && !DRIVER_ONLY.matcher(j.getFileName().toString()).matches()).toList()) {
        Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar.toAbsolutePath());
      }
    }
    return home;
  }

  private static boolean isShipped(Path jar) {
    return SHIPPED.matcher(jar.getFileName().toString()).matches();
  }

  private Process start(Path sparkHome, String name, List<String> args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String option : System.getProperty("newskit.spark.jvmOptions", "").trim().split("\\s+")) {
      if (!option.isEmpty()) command.add(option);
    }
    command.addAll(args);
    // The job prints its counts on stdout: the driver's log is that alone, its stderr goes beside it.
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(log(name).toFile());
    if (name.equals("driver")) builder.redirectError(dir.resolve("driver.err").toFile());
    else builder.redirectErrorStream(true);
    builder.environment().put("SPARK_HOME", sparkHome.toString());
    builder.environment().put("SPARK_SCALA_VERSION", "2.13");
    builder.environment().put("SPARK_LOCAL_IP", LOOPBACK);
    builder.environment().put("SPARK_LOCAL_DIRS", Files.createDirectories(dir.resolve("local")).toString());
    Process process = builder.start();
    STARTED.add(process);
    return process;
  }

  private Path log(String name) {
    return dir.resolve(name + ".log");
  }

  /** Waits for a line in a process's log; fails with the logs if the process dies or three minutes pass (generous: a loaded 2-core machine). */
  private Matcher waitFor(Process process, String name, Pattern line) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      Matcher m = line.matcher(Files.readString(log(name)));
      if (m.find()) return m;
      if (!process.isAlive()) fail(name + " exited with " + process.exitValue() + " before logging '" + line + "'\n" + logs());
      Thread.sleep(200);
    }
    return fail(name + " did not log '" + line + "' in 180 s\n" + logs());
  }

  /** The stderr of the executor a worker launched, read from the worker's work directory. */
  private static String executorLog(Path workDir) throws IOException {
    if (!Files.isDirectory(workDir)) return "(no work directory " + workDir + ")";
    try (Stream<Path> files = Files.walk(workDir)) {
      List<Path> stderr = files.filter(f -> f.getFileName().toString().equals("stderr")).toList();
      StringBuilder all = new StringBuilder();
      for (Path f : stderr) all.append(Files.readString(f));
      return all.toString();
    }
  }

  /** The end of every log, for a failure message. */
  private String logs() {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".log") || f.toString().endsWith(".err")
          || f.getFileName().toString().equals("stderr")).sorted().toList()) {
        String text = Files.readString(f);
        all.append("==== ").append(dir.relativize(f)).append('\n')
            .append(text, Math.max(0, text.length() - 3000), text.length()).append('\n');
      }
    } catch (IOException | RuntimeException e) {
      all.append("(cannot read the logs: ").append(e).append(")");
    }
    return all.toString();
  }

  /** Stops every process started, the executors the workers launched first, in reverse order of start. */
  private static void stopAll() {
    List<Process> started = new ArrayList<>(STARTED);
    java.util.Collections.reverse(started);
    for (Process p : started) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    for (Process p : started) {
      try {
        p.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    STARTED.removeAll(started);
  }
}
