package dev.newskit.bench.load;

import dev.newskit.examples.service.NewsService;
import dev.newskit.examples.service.ServiceConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

/**
 * Past saturation: {@code burst} heavy extraction requests sent at once to a service with 2 workers
 * and a queue of 16; reports how many were refused with 503 and how long a refusal took to arrive.
 */
final class Saturation {
  private Saturation() {}

  record Result(int sent, int ok, int refused, int other, double refusalP50Millis, double refusalP99Millis) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d sent at once: %d answered 200, %d refused with 503 (p50 %.1f ms, p99 %.1f ms to the 503), "
          + "%d other", sent, ok, refused, refusalP50Millis, refusalP99Millis, other);
    }
  }

  static Result run(int burst) throws IOException, InterruptedException {
    NewsService service = NewsService.start(ServiceConfig.builder().port(0).workers(2).queue(16).accessLog(line -> { }).build());
    HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
    StringBuilder page = new StringBuilder("<html><body><article><h1>Heavy page</h1>");
    for (int i = 0; i < 2000; i++) page.append("<div><p>A paragraph of the story, with words and <a href=/x").append(i).append(">links</a>.</p></div>");
    page.append("</article></body></html>");
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/v1/extract"))
        .header("Content-Type", "text/html").timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(page.toString())).build();
    // Warm up the extractor so the burst measures admission, not the JIT.
    for (int i = 0; i < 20; i++) client.send(request, HttpResponse.BodyHandlers.discarding());
    List<Long> refusals = Collections.synchronizedList(new ArrayList<>());
    int[] counts = new int[3];
    List<CompletableFuture<?>> pending = new ArrayList<>();
    for (int i = 0; i < burst; i++) {
      long t0 = System.nanoTime();
      pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
        synchronized (counts) {
          if (e == null && r.statusCode() == 200) {
            counts[0]++;
          } else if (e == null && r.statusCode() == 503) {
            counts[1]++;
            refusals.add(System.nanoTime() - t0);
          } else {
            counts[2]++;
          }
        }
      }));
    }
    for (CompletableFuture<?> f : pending) {
      try {
        f.join();
      } catch (RuntimeException e) {
        // counted as other
      }
    }
    service.stop();
    List<Long> sorted = new ArrayList<>(refusals);
    Collections.sort(sorted);
    return new Result(burst, counts[0], counts[1], counts[2], ServiceLoadTest.percentile(sorted, 0.5), ServiceLoadTest.percentile(sorted, 0.99));
  }
}
