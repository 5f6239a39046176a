package dev.newskit.bench.load;

import dev.newskit.examples.service.NewsService;
import dev.newskit.examples.service.ServiceConfig;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds a fixed rate of mixed requests (extract, clean, date parse, date format, health) against the
 * HTTP service on loopback for a fixed time, and reports errors and p50/p99 latency. Arguments: the
 * scenario ({@code mixed}, {@code slow}, {@code saturate} or {@code all}), requests per second
 * (default 500) and seconds (default 60). Open loop, without coordinated omission: requests are sent
 * on schedule whether or not earlier ones have answered, and each is timed from the moment it was due
 * (see {@link LoadClient}). The service runs in this JVM; the report says how much of the process's CPU
 * the generator's own threads took. Before the measured run, a warm-up sends the mix a few hundred
 * times over (not counted), as a deployed service would have been running when the load came.
 */
public final class ServiceLoadTest {
  private static final long TIMEOUT_SECONDS = 30;
  private static final int WARM_UP_ROUNDS = 400;

  private ServiceLoadTest() {}

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "all";
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    System.out.println("java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores");
    if (mode.equals("mixed") || mode.equals("all")) System.out.println("mixed: " + run(rate, seconds));
    if (mode.equals("slow") || mode.equals("all")) System.out.println("slow clients: " + SlowClients.run(200, 10, 30));
    if (mode.equals("saturate") || mode.equals("all")) System.out.println("saturation: " + Saturation.run(400));
    System.exit(0); // a service thread left behind must not keep the JVM (and the bench lock) alive
  }

  /**
   * What a run measured; the steady-state percentiles leave out requests due in the first tenth of
   * the run, while the JIT is still compiling the extractor. {@code p99ByKind} is each request kind's
   * p99 in milliseconds; the CPU shares are of all cores over the run.
   */
  public record Result(int sent, int errors, double p50Millis, double p99Millis, double steadyP50Millis,
      double steadyP99Millis, double achievedRate, String errorKinds, Map<String, Double> p99ByKind,
      double processCpuShare, double generatorCpuShare) {
    @Override
    public String toString() {
      StringBuilder kinds = new StringBuilder();
      p99ByKind.forEach((k, v) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(k).append(' ')
          .append(String.format(Locale.ROOT, "%.1f", v)));
      return String.format(Locale.ROOT, "sent %d, errors %d %s, p50 %.1f ms, p99 %.1f ms (after the first tenth: p50 %.1f ms, "
          + "p99 %.1f ms), %.0f requests/s; p99 by kind (ms): %s; CPU: process %.0f%% of the cores, of which the load "
          + "generator's threads %.0f%%", sent, errors, errorKinds, p50Millis, p99Millis, steadyP50Millis, steadyP99Millis,
          achievedRate, kinds, 100 * processCpuShare, 100 * generatorCpuShare);
    }
  }

  /** A run against the service with its default flags. */
  public static Result run(int rate, int seconds) throws Exception {
    return run(rate, seconds, ServiceConfig.builder());
  }

  /** A run against the service configured by {@code config} (its port and access log are set here). */
  public static Result run(int rate, int seconds, ServiceConfig.Builder config) throws Exception {
    NewsService service = NewsService.start(config.port(0).accessLog(line -> { }).build());
    try (LoadClient client = new LoadClient(64)) {
      return run(client, URI.create("http://127.0.0.1:" + service.port()), rate, seconds);
    } finally {
      service.stop();
    }
  }

  private static Result run(LoadClient client, URI base, int rate, int seconds) throws InterruptedException {
    byte[] page = ("<html><body><article><h1>Load test headline</h1>" + "<p>A paragraph of the story, with words. </p>".repeat(20)
        + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
    List<LoadClient.Call> mix = List.of(
        LoadClient.Call.post("extract", base.resolve("/v1/extract"), "text/html", page),
        LoadClient.Call.post("clean", base.resolve("/v1/clean?policy=article"), "text/html", page),
        LoadClient.Call.post("date/parse", base.resolve("/v1/date/parse"), "application/json",
            "{\"text\": \"ו 10 אפר 2026 7:15 am - שעון ירושלים\"}".getBytes(StandardCharsets.UTF_8)),
        LoadClient.Call.post("date/format", base.resolve("/v1/date/format"), "application/json",
            "{\"instant\": \"2026-04-10T04:15:00Z\", \"style\": \"hebrew\"}".getBytes(StandardCharsets.UTF_8)),
        LoadClient.Call.get("health", base.resolve("/health")));
    int total = rate * seconds;
    warmUp(client, mix, Math.min(WARM_UP_ROUNDS * mix.size(), total));
    long[] latency = new long[total];
    int[] status = new int[total];
    boolean[] answered = new boolean[total];
    Map<String, Integer> kinds = new ConcurrentSkipListMap<>();
    CountDownLatch done = new CountDownLatch(total);
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long clientCpu0 = client.cpuNanos();
    long start = LoadClient.openLoop(total, rate, (n, due) -> client.send(mix.get(n % mix.size()), TIMEOUT_SECONDS, (code, sent, at, failure) -> {
      latency[n] = at - due;
      status[n] = code;
      if (code != 200) kinds.merge(code != 0 ? Integer.toString(code) : describe(failure), 1, Integer::sum);
      answered[n] = true;
      done.countDown();
    }));
    done.await(TIMEOUT_SECONDS + 5, TimeUnit.SECONDS);
    long end = System.nanoTime();
    double cores = Runtime.getRuntime().availableProcessors();
    double processShare = (os.getProcessCpuTime() - cpu0) / ((end - start) * cores);
    double clientShare = (client.cpuNanos() - clientCpu0) / ((end - start) * cores);
    if (done.getCount() > 0) kinds.merge("unanswered", (int) done.getCount(), Integer::sum);
    long[] steady = new long[total];
    int nSteady = 0;
    int errors = 0;
    Map<String, long[]> byKind = new TreeMap<>();
    int[] kindCount = new int[mix.size()];
    for (LoadClient.Call c : mix) byKind.put(c.name(), new long[total / mix.size() + 1]);
    for (int n = 0; n < total; n++) {
      if (!answered[n]) latency[n] = end - (start + (long) (n * 1e9 / rate)); // at least this long: never answered
      if (!answered[n] || status[n] != 200) errors++;
      if (n >= total / 10) steady[nSteady++] = latency[n];
      int k = n % mix.size();
      byKind.get(mix.get(k).name())[kindCount[k]++] = latency[n];
    }
    Map<String, Double> p99ByKind = new TreeMap<>();
    for (int k = 0; k < mix.size(); k++) p99ByKind.put(mix.get(k).name(), LoadClient.percentile(byKind.get(mix.get(k).name()), kindCount[k], 0.99));
    return new Result(total, errors, LoadClient.percentile(latency, total, 0.50), LoadClient.percentile(latency, total, 0.99),
        LoadClient.percentile(steady, nSteady, 0.50), LoadClient.percentile(steady, nSteady, 0.99),
        (total - done.getCount()) / ((end - start) / 1e9), kinds.toString(), p99ByKind, processShare, clientShare);
  }

  /**
   * Sends {@code requests} of the mix (at most {@value #WARM_UP_ROUNDS} times over; no more than the run
   * itself), a few in flight at a time, and waits for the answers, so the measured run starts with the
   * service compiled by the JIT rather than queueing behind its first, interpreted seconds. Bounded in
   * time; nothing here is measured.
   */
  private static void warmUp(LoadClient client, List<LoadClient.Call> mix, int requests) throws InterruptedException {
    java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(4);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    for (int i = 0; i < requests && System.nanoTime() < end; i++) {
      if (!inFlight.tryAcquire(TIMEOUT_SECONDS, TimeUnit.SECONDS)) break;
      client.send(mix.get(i % mix.size()), TIMEOUT_SECONDS, (status, sent, at, failure) -> inFlight.release());
    }
    inFlight.tryAcquire(4, TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  static String describe(Throwable failure) {
    if (failure == null) return "no answer";
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    return root.getClass().getSimpleName();
  }
}
