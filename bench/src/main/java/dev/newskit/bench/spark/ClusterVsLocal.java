package dev.newskit.bench.spark;

import dev.newskit.bench.eval.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Pages per second of the newskit-spark job on a two-worker Spark standalone cluster on this machine,
 * beside the same job in {@code local[2]} and the CLI with two threads, on one gzip'd WARC of the corpus
 * pages repeated (5,120 pages by default), each run once as a user runs it: a fresh {@code java -jar}
 * process, timed from launch to exit. The cluster (a master and two workers of one core each, bound to
 * 127.0.0.1 on ephemeral ports, each worker launching an executor JVM) is started before its run and
 * its start-up time reported apart; the job's own throughput line (extraction and writing, without JVM
 * and Spark start-up) is reported for both Spark runs. Peak resident memory is summed over every JVM a
 * run used, sampled from {@code /proc} (Linux).
 *
 * <p>Needs the packaged jars: {@code mvn -B -q install -DskipTests} first. Run from the repository root:
 * {@code mvn -B -q -f bench exec:java -Dexec.mainClass=dev.newskit.bench.spark.ClusterVsLocal
 * -Dexec.args="--copies 32"}.
 */
public final class ClusterVsLocal {
  private static final String LOOPBACK = "127.0.0.1";
  /** As the cluster test: newskit's jars and the libraries newskit needs that Spark does not have. */
  private static final Pattern SHIPPED = Pattern.compile("newskit-.*|jsoup-.*|jwarc-.*|jackson-(core|databind)-3\\..*");
  /** The job's command line, which only the driver runs: neither shipped nor in the workers' Spark home. */
  private static final Pattern DRIVER_ONLY = Pattern.compile("picocli-.*");
  /** The JDK packages Spark needs opened, for the master and workers (the job jar's manifest opens them for the job). */
  private static final List<String> OPENS = Stream.of("java.lang", "java.lang.invoke", "java.lang.reflect", "java.io",
      "java.net", "java.nio", "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "jdk.internal.ref",
      "sun.nio.ch", "sun.nio.cs", "sun.security.action", "sun.util.calendar")
      .map(p -> "--add-opens=java.base/" + p + "=ALL-UNNAMED").toList();

  private final Path work;
  private final Path sparkTarget;
  private final List<Process> started = new ArrayList<>();

  private ClusterVsLocal(Path work, Path sparkTarget) {
    this.work = work;
    this.sparkTarget = sparkTarget;
  }

  public static void main(String[] args) throws Exception {
    int copies = option(args, "--copies", 32);
    Path root = Files.isDirectory(Path.of("spark", "target")) ? Path.of(".") : Path.of("..");
    Path sparkTarget = root.resolve("spark/target").toAbsolutePath().normalize();
    Path cliJar = root.resolve("examples/target/newskit.jar").toAbsolutePath().normalize();
    for (Path needed : List.of(sparkTarget.resolve("newskit-spark-job.jar"), cliJar)) {
      if (!Files.isRegularFile(needed)) throw new IllegalStateException(needed + " is missing: run `mvn -B -q install -DskipTests` first");
    }
    Path corpus = Corpus.locate().orElseThrow(() -> new IllegalStateException("no ../shared/corpus beside the project"));
    Path work = Files.createTempDirectory("newskit-cluster-bench");
    Path warc = work.resolve("corpus.warc.gz");
    int pages = SparkVsCli.writeWarc(corpus, copies, warc);
    System.out.printf(Locale.ROOT, "WARC: %d pages, %.1f MB gzip'd; %d cores on this machine%n",
        pages, Files.size(warc) / 1e6, Runtime.getRuntime().availableProcessors());

    ClusterVsLocal bench = new ClusterVsLocal(work, sparkTarget);
    Runtime.getRuntime().addShutdownHook(new Thread(bench::stopAll));
    try {
      Run cli = bench.run("cli", List.of("-Xmx1g", "-jar", cliJar.toString(), "extract", "--format", "jsonl", "--threads", "2",
          warc.toString()), work.resolve("cli.jsonl"));
      Run local = bench.run("local", bench.job("local[2]", List.of(), work.resolve("local-out"), warc), null);
      long clusterStart = System.nanoTime();
      String master = bench.startCluster();
      double startup = (System.nanoTime() - clusterStart) / 1e9;
      long daemons = bench.peakRss(bench.started);
      Run cluster = bench.run("cluster", bench.job(master, bench.shipped(), work.resolve("cluster-out"), warc), null);

      System.out.printf(Locale.ROOT, "%-34s %8s %10s %14s %12s%n", "", "wall s", "pages/s", "job's pages/s", "peak RSS MB");
      print("CLI extract --threads 2", cli, pages, "");
      print("job, local[2]", local, pages, local.jobLine());
      print("job, standalone cluster (2 x 1 core)", cluster, pages, cluster.jobLine());
      System.out.printf(Locale.ROOT, "cluster start-up (master + 2 workers registered): %.1f s, %d MB resident before the job%n",
          startup, daemons / (1 << 20));
    } finally {
      bench.stopAll();
    }
  }

  /** One timed process: wall seconds, peak resident bytes summed over every JVM running meanwhile, its stdout. */
  record Run(double seconds, long peakRss, String stdout) {
    String jobLine() {
      Matcher m = Pattern.compile("([0-9.]+) pages/s").matcher(stdout);
      return m.find() ? m.group(1) : "?";
    }
  }

  private static void print(String name, Run run, int pages, String jobRate) {
    System.out.printf(Locale.ROOT, "%-34s %8.1f %10.0f %14s %12d%n", name, run.seconds(), pages / run.seconds(), jobRate,
        run.peakRss() / (1 << 20));
  }

  private List<String> job(String master, List<String> jars, Path out, Path warc) {
    List<String> args = new ArrayList<>(List.of("-Xmx1g", "-Dspark.ui.enabled=false"));
    if (!master.startsWith("local")) {
      args.addAll(List.of("-Dspark.jars=" + String.join(",", jars), "-Dspark.driver.host=" + LOOPBACK,
          "-Dspark.driver.bindAddress=" + LOOPBACK, "-Dspark.executor.memory=1g", "-Dspark.executor.cores=1",
          "-Dspark.cores.max=2", "-Dspark.scheduler.minRegisteredResourcesRatio=1.0"));
    }
    args.addAll(List.of("-jar", sparkTarget.resolve("newskit-spark-job.jar").toString(), "--master", master,
        "--format", "jsonl", "--overwrite", "--output", out.toString(), warc.toString()));
    return args;
  }

  private Run run(String name, List<String> args, Path stdout) throws IOException, InterruptedException {
    Path log = stdout != null ? stdout : work.resolve(name + ".out");
    long start = System.nanoTime();
    Process p = start(name, args, log);
    Map<Long, Long> peaks = new HashMap<>();
    // Every process started so far: on the cluster, the daemons and the executors the workers launch.
    while (!p.waitFor(200, TimeUnit.MILLISECONDS)) for (Process q : List.copyOf(started)) sample(q.toHandle(), peaks);
    double seconds = (System.nanoTime() - start) / 1e9;
    started.remove(p);
    if (p.exitValue() != 0) throw new IllegalStateException(name + " exited " + p.exitValue() + ": " + Files.readString(work.resolve(name + ".err")));
    String out = stdout != null ? "" : Files.readString(log);
    return new Run(seconds, peaks.values().stream().mapToLong(Long::longValue).sum(), out);
  }

  /** Starts a master and two one-core workers on loopback and returns the master's URL once both workers registered. */
  private String startCluster() throws IOException, InterruptedException {
    Path home = Files.createDirectories(work.resolve("spark-home/jars"));
    try (Stream<Path> lib = Files.list(sparkTarget.resolve("lib"))) {
      for (Path jar : lib.filter(j -> !SHIPPED.matcher(j.getFileName().toString()).matches()
          && !DRIVER_ONLY.matcher(j.getFileName().toString()).matches()).toList()) {
        Files.createSymbolicLink(home.resolve(jar.getFileName()), jar);
      }
    }
    String jobJar = sparkTarget.resolve("newskit-spark-job.jar").toString();
    List<String> daemon = new ArrayList<>(OPENS);
    daemon.addAll(List.of("-Xmx256m", "-cp", jobJar));
    List<String> masterArgs = new ArrayList<>(daemon);
    masterArgs.add(masterArgs.size() - 2, "-Dspark.master.rest.enabled=false"); // else a REST server on fixed port 6066
    masterArgs.addAll(List.of("org.apache.spark.deploy.master.Master", "--host", LOOPBACK, "--port", "0", "--webui-port", "0"));
    start("master", masterArgs, work.resolve("master.log"));
    String url = "spark://" + LOOPBACK + ":" + waitFor("master", Pattern.compile("Starting Spark master at spark://127\\.0\\.0\\.1:(\\d+)"));
    for (int i = 1; i <= 2; i++) {
      List<String> workerArgs = new ArrayList<>(daemon);
      workerArgs.addAll(List.of("org.apache.spark.deploy.worker.Worker", "--host", LOOPBACK, "--port", "0", "--webui-port", "0",
          "--cores", "1", "--memory", "1200m", "--work-dir", work.resolve("work-" + i).toString(), url));
      start("worker-" + i, workerArgs, work.resolve("worker-" + i + ".log"));
    }
    for (int i = 1; i <= 2; i++) waitFor("worker-" + i, Pattern.compile("(Successfully registered with master)"));
    return url;
  }

  private List<String> shipped() throws IOException {
    List<String> jars = new ArrayList<>();
    try (Stream<Path> lib = Files.list(sparkTarget.resolve("lib"))) {
      lib.filter(j -> SHIPPED.matcher(j.getFileName().toString()).matches()).sorted().forEach(j -> jars.add(j.toString()));
    }
    jars.add(sparkTarget.resolve("newskit-spark.jar").toString());
    return jars;
  }

  private Process start(String name, List<String> args, Path stdout) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile());
    if (stdout.toString().endsWith(".log")) builder.redirectErrorStream(true);
    else builder.redirectError(work.resolve(name + ".err").toFile());
    builder.environment().put("SPARK_HOME", work.resolve("spark-home").toString());
    builder.environment().put("SPARK_SCALA_VERSION", "2.13");
    builder.environment().put("SPARK_LOCAL_IP", LOOPBACK);
    Process p = builder.start();
    started.add(p);
    return p;
  }

  private String waitFor(String name, Pattern line) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      Matcher m = line.matcher(Files.readString(work.resolve(name + ".log")));
      if (m.find()) return m.group(1);
      Thread.sleep(100);
    }
    throw new IllegalStateException(name + " did not log '" + line + "' in 3 minutes: see " + work.resolve(name + ".log"));
  }

  /** The peak resident memory of processes and all their descendants, summed, as the kernel reports it. */
  private long peakRss(List<Process> processes) {
    Map<Long, Long> peaks = new HashMap<>();
    for (Process p : processes) sample(p.toHandle(), peaks);
    return peaks.values().stream().mapToLong(Long::longValue).sum();
  }

  private static void sample(ProcessHandle process, Map<Long, Long> peaks) {
    Stream.concat(Stream.of(process), process.descendants()).forEach(h -> {
      try {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(h.pid()), "status"))) {
          if (line.startsWith("VmHWM:")) {
            long bytes = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            peaks.merge(h.pid(), bytes, Math::max);
          }
        }
      } catch (IOException | RuntimeException e) {
        // The process ended between listing and reading: its last sample stands.
      }
    });
  }

  private void stopAll() {
    for (Process p : List.copyOf(started)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    started.clear();
  }

  private static int option(String[] args, String name, int fallback) {
    for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return Integer.parseInt(args[i + 1]);
    return fallback;
  }
}
