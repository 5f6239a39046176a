package dev.newskit.bench.load;

import dev.newskit.examples.service.NewsService;
import dev.newskit.examples.service.ServiceConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds a fixed rate of mixed requests (extract, clean, date parse, date format, health) against the
 * HTTP service on loopback for a fixed time, and reports errors and p50/p99 latency. Arguments:
 * requests per second (default 500) and seconds (default 60). Open loop: requests are sent on
 * schedule whether or not earlier ones have answered, so slow responses show in the latency.
 */
public final class ServiceLoadTest {
  private ServiceLoadTest() {}

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "all";
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    System.out.println("java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores");
    if (mode.equals("mixed") || mode.equals("all")) System.out.println("mixed: " + run(rate, seconds));
    if (mode.equals("slow") || mode.equals("all")) System.out.println("slow clients: " + SlowClients.run(200, 10, 30));
    if (mode.equals("saturate") || mode.equals("all")) System.out.println("saturation: " + Saturation.run(400));
    System.exit(0); // the HTTP clients' executor threads would otherwise keep the JVM (and the bench lock) alive
  }

  /**
   * What a run measured; the steady-state percentiles leave out requests sent in the first tenth of
   * the run, while the JIT is still compiling the extractor.
   */
  public record Result(int sent, int errors, double p50Millis, double p99Millis, double steadyP50Millis,
      double steadyP99Millis, double achievedRate, String errorKinds) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "sent %d, errors %d %s, p50 %.1f ms, p99 %.1f ms (after the first tenth: p50 %.1f ms, "
          + "p99 %.1f ms), %.0f requests/s", sent, errors, errorKinds, p50Millis, p99Millis, steadyP50Millis, steadyP99Millis, achievedRate);
    }
  }

  /** A run against the service with its default flags. */
  public static Result run(int rate, int seconds) throws IOException, InterruptedException {
    return run(rate, seconds, ServiceConfig.builder());
  }

  /** A run against the service configured by {@code config} (its port and access log are set here). */
  public static Result run(int rate, int seconds, ServiceConfig.Builder config) throws IOException, InterruptedException {
    NewsService service = NewsService.start(config.port(0).accessLog(line -> { }).build());
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
        .executor(Executors.newFixedThreadPool(8)).build();
    String base = "http://127.0.0.1:" + service.port();
    String page = "<html><body><article><h1>Load test headline</h1>" + "<p>A paragraph of the story, with words. </p>".repeat(20)
        + "</article></body></html>";
    List<HttpRequest> mix = List.of(
        HttpRequest.newBuilder(URI.create(base + "/v1/extract")).header("Content-Type", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(page)).build(),
        HttpRequest.newBuilder(URI.create(base + "/v1/clean?policy=article")).header("Content-Type", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(page)).build(),
        HttpRequest.newBuilder(URI.create(base + "/v1/date/parse")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"ו 10 אפר 2026 7:15 am - שעון ירושלים\"}", StandardCharsets.UTF_8)).build(),
        HttpRequest.newBuilder(URI.create(base + "/v1/date/format")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"instant\": \"2026-04-10T04:15:00Z\", \"style\": \"hebrew\"}")).build(),
        HttpRequest.newBuilder(URI.create(base + "/health")).GET().build());
    ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>(); // {request number, nanoseconds}
    AtomicInteger errors = new AtomicInteger();
    java.util.Map<String, Integer> kinds = new java.util.concurrent.ConcurrentSkipListMap<>();
    AtomicInteger sent = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    long total = (long) rate * seconds;
    long start = System.nanoTime();
    ticker.scheduleAtFixedRate(() -> {
      int n = sent.getAndIncrement();
      if (n >= total) return;
      long t0 = System.nanoTime();
      client.sendAsync(mix.get(n % mix.size()), HttpResponse.BodyHandlers.discarding()).whenComplete((resp, err) -> {
        if (err != null || resp.statusCode() != 200) {
          errors.incrementAndGet();
          kinds.merge(err != null ? String.valueOf(err.getCause() == null ? err : err.getCause()) : Integer.toString(resp.statusCode()), 1, Integer::sum);
        }
        latencies.add(new long[] {n, System.nanoTime() - t0});
        done.incrementAndGet();
      });
    }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
    while (done.get() < total && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(seconds + 30)) Thread.sleep(100);
    double elapsed = (System.nanoTime() - start) / 1e9;
    ticker.shutdownNow();
    service.stop();
    List<Long> sorted = new ArrayList<>();
    List<Long> steady = new ArrayList<>();
    for (long[] l : latencies) {
      sorted.add(l[1]);
      if (l[0] >= total / 10) steady.add(l[1]);
    }
    Collections.sort(sorted);
    Collections.sort(steady);
    int missing = (int) (total - done.get());
    return new Result((int) Math.min(total, sent.get()), errors.get() + missing, percentile(sorted, 0.50), percentile(sorted, 0.99),
        percentile(steady, 0.50), percentile(steady, 0.99), done.get() / elapsed, kinds.toString());
  }

  static double percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) return Double.NaN;
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
  }
}
