package dev.newskit.examples.service;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;

/**
 * The service's counters, written in the Prometheus text exposition format (version 0.0.4): requests
 * by endpoint and status, a latency histogram per endpoint, requests in flight, queue depth, pages
 * extracted and bytes in and out. A dozen series do not need a metrics library. Thread-safe.
 */
final class Metrics {
  private static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
  private final LongAdder pages = new LongAdder();
  private final LongAdder bytesIn = new LongAdder();
  private final LongAdder bytesOut = new LongAdder();
  private final IntSupplier inFlight;
  private final IntSupplier queueDepth;

  Metrics(IntSupplier inFlight, IntSupplier queueDepth) {
    this.inFlight = inFlight;
    this.queueDepth = queueDepth;
  }

  private static final class Histogram {
    final LongAdder[] counts = new LongAdder[BUCKETS.length];
    final LongAdder count = new LongAdder();
    final LongAdder micros = new LongAdder();

    Histogram() {
      for (int i = 0; i < counts.length; i++) counts[i] = new LongAdder();
    }
  }

  /** Counts one answered request. */
  void record(String endpoint, int status, long nanos, long in, long out) {
    requests.computeIfAbsent(endpoint + "\u0000" + status, k -> new LongAdder()).increment();
    Histogram h = latency.computeIfAbsent(endpoint, k -> new Histogram());
    double seconds = nanos / 1e9;
    for (int i = 0; i < BUCKETS.length; i++) if (seconds <= BUCKETS[i]) h.counts[i].increment();
    h.count.increment();
    h.micros.add(nanos / 1000);
    bytesIn.add(Math.max(0, in));
    bytesOut.add(Math.max(0, out));
  }

  /** Counts one page extracted. */
  void pageExtracted() {
    pages.increment();
  }

  /** The exposition text. */
  String scrape() {
    StringBuilder s = new StringBuilder(2048);
    s.append("# HELP newskit_http_requests_total Requests answered, by endpoint and status.\n");
    s.append("# TYPE newskit_http_requests_total counter\n");
    new TreeMap<>(requests).forEach((key, n) -> {
      int sep = key.indexOf('\u0000');
      s.append("newskit_http_requests_total{endpoint=\"").append(key, 0, sep).append("\",status=\"")
          .append(key, sep + 1, key.length()).append("\"} ").append(n.sum()).append('\n');
    });
    s.append("# HELP newskit_http_request_duration_seconds Time from the request's first byte to the response's last.\n");
    s.append("# TYPE newskit_http_request_duration_seconds histogram\n");
    new TreeMap<>(latency).forEach((endpoint, h) -> {
      for (int i = 0; i < BUCKETS.length; i++) {
        s.append("newskit_http_request_duration_seconds_bucket{endpoint=\"").append(endpoint).append("\",le=\"")
            .append(BUCKETS[i]).append("\"} ").append(h.counts[i].sum()).append('\n');
      }
      long count = h.count.sum();
      s.append("newskit_http_request_duration_seconds_bucket{endpoint=\"").append(endpoint).append("\",le=\"+Inf\"} ").append(count).append('\n');
      s.append("newskit_http_request_duration_seconds_sum{endpoint=\"").append(endpoint).append("\"} ")
          .append(String.format(Locale.ROOT, "%.6f", h.micros.sum() / 1e6)).append('\n');
      s.append("newskit_http_request_duration_seconds_count{endpoint=\"").append(endpoint).append("\"} ").append(count).append('\n');
    });
    gauge(s, "newskit_http_in_flight", "Requests admitted and not yet answered.", inFlight.getAsInt());
    gauge(s, "newskit_http_queue_depth", "Requests waiting for a worker.", queueDepth.getAsInt());
    counter(s, "newskit_pages_extracted_total", "Pages turned into articles.", pages.sum());
    counter(s, "newskit_http_request_bytes_total", "Request body bytes received.", bytesIn.sum());
    counter(s, "newskit_http_response_bytes_total", "Response body bytes sent.", bytesOut.sum());
    return s.toString();
  }

  private static void gauge(StringBuilder s, String name, String help, long value) {
    s.append("# HELP ").append(name).append(' ').append(help).append('\n');
    s.append("# TYPE ").append(name).append(" gauge\n").append(name).append(' ').append(value).append('\n');
  }

  private static void counter(StringBuilder s, String name, String help, long value) {
    s.append("# HELP ").append(name).append(' ').append(help).append('\n');
    s.append("# TYPE ").append(name).append(" counter\n").append(name).append(' ').append(value).append('\n');
  }
}
