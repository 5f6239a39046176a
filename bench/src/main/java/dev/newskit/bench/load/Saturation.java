package dev.newskit.bench.load;

import dev.newskit.examples.service.NewsService;
import dev.newskit.examples.service.ServiceConfig;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Past saturation: {@code burst} heavy extraction requests sent at once to a service with 2 workers
 * and a queue of 16; reports how many were refused with 503 and how long a refusal took to arrive,
 * from the moment its request was sent. The burst goes over connections opened beforehand (as a
 * client with a connection pool, or a proxy in front of the service, would have them), so the time is
 * the service's admission, not the set-up of 400 TCP connections at once.
 */
final class Saturation {
  private Saturation() {}

  /**
   * The refusal times are from the call that sent the request (so they include the client's own work of
   * writing the whole burst), from the moment its headers went out on the wire, and the service's own
   * (its access log's time from the request's first byte to the 503 written).
   */
  record Result(int sent, int ok, int refused, int other, double refusalP50Millis, double refusalP99Millis,
      double wireP50Millis, double wireP99Millis, double serviceP50Millis, double serviceP99Millis, String otherKinds) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d sent at once over open connections: %d answered 200, %d refused with 503 (p50 %.1f ms, "
          + "p99 %.1f ms from the send call to the 503; p50 %.1f ms, p99 %.1f ms from its headers on the wire; in the service's "
          + "access log, first byte to 503 written: p50 %.1f ms, p99 %.1f ms), %d other %s",
          sent, ok, refused, refusalP50Millis, refusalP99Millis, wireP50Millis, wireP99Millis, serviceP50Millis, serviceP99Millis,
          other, otherKinds);
    }
  }

  static Result run(int burst) throws Exception {
    // The service's own view: each 503's time from its request's first byte to the answer written, from the access log.
    java.util.Queue<Double> served503 = new java.util.concurrent.ConcurrentLinkedQueue<>();
    java.util.regex.Pattern refusal = java.util.regex.Pattern.compile("\"status\":503,\"ms\":([0-9.E]+)");
    NewsService service = NewsService.start(ServiceConfig.builder().port(0).workers(2).queue(16).accessLog(line -> {
      java.util.regex.Matcher m = refusal.matcher(line);
      if (m.find()) served503.add(Double.parseDouble(m.group(1)));
    }).build());
    try (LoadClient client = new LoadClient(burst)) {
      URI base = URI.create("http://127.0.0.1:" + service.port());
      StringBuilder page = new StringBuilder("<html><body><article><h1>Heavy page</h1>");
      for (int i = 0; i < 2000; i++) page.append("<div><p>A paragraph of the story, with words and <a href=/x").append(i).append(">links</a>.</p></div>");
      page.append("</article></body></html>");
      LoadClient.Call extract = LoadClient.Call.post("extract", base.resolve("/v1/extract"), "text/html",
          page.toString().getBytes(StandardCharsets.UTF_8));
      // Warm up the extractor so the burst measures admission, not the JIT.
      for (int i = 0; i < 20; i++) {
        CountDownLatch one = new CountDownLatch(1);
        client.send(extract, 60, (status, sent, at, failure) -> one.countDown());
        one.await(60, TimeUnit.SECONDS);
      }
      client.open(base.resolve("/health"), burst);
      long[] refusals = new long[burst];
      long[] onTheWire = new long[burst];
      AtomicInteger refused = new AtomicInteger();
      AtomicInteger ok = new AtomicInteger();
      java.util.Map<String, Integer> kinds = new java.util.concurrent.ConcurrentSkipListMap<>();
      CountDownLatch done = new CountDownLatch(burst);
      for (int i = 0; i < burst; i++) {
        long called = System.nanoTime();
        client.send(extract, 60, (status, sent, at, failure) -> {
          if (status == 200) {
            ok.incrementAndGet();
          } else if (status == 503) {
            int r = refused.getAndIncrement();
            refusals[r] = at - called;
            onTheWire[r] = at - sent;
          } else {
            kinds.merge(status != 0 ? Integer.toString(status) : ServiceLoadTest.describe(failure), 1, Integer::sum);
          }
          done.countDown();
        });
      }
      done.await(90, TimeUnit.SECONDS);
      Thread.sleep(3000); // the refused connections' lingers end and their access-log lines are written
      long[] server = served503.stream().mapToLong(ms -> (long) (ms * 1e6)).toArray();
      int other = burst - ok.get() - refused.get();
      int n = refused.get();
      return new Result(burst, ok.get(), n, other, LoadClient.percentile(refusals, n, 0.5), LoadClient.percentile(refusals, n, 0.99),
          LoadClient.percentile(onTheWire, n, 0.5), LoadClient.percentile(onTheWire, n, 0.99),
          LoadClient.percentile(server, server.length, 0.5), LoadClient.percentile(server, server.length, 0.99), kinds.toString());
    } finally {
      service.stop();
    }
  }
}
