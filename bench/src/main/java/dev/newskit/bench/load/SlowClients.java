package dev.newskit.bench.load;

import dev.newskit.examples.service.NewsService;
import dev.newskit.examples.service.ServiceConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slow senders beside a normal client: {@code slow} clients each send a request body at 1 byte a
 * second (reconnecting whenever they are cut off) while one normal client sends extraction requests
 * at {@code rate} a second; reports the normal client's latency and errors. Loopback, bounded in time.
 */
final class SlowClients {
  private SlowClients() {}

  record Result(int slowClients, int sent, int errors, double p50Millis, double p99Millis, int slowCutOff) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d slow clients at 1 byte/s; normal client: %d sent, %d errors, p50 %.1f ms, p99 %.1f ms; "
          + "slow connections cut off: %d", slowClients, sent, errors, p50Millis, p99Millis, slowCutOff);
    }
  }

  static Result run(int slow, int rate, int seconds) throws IOException, InterruptedException {
    NewsService service = NewsService.start(ServiceConfig.builder().port(0).accessLog(line -> { }).build());
    int port = service.port();
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger cutOff = new AtomicInteger();
    Thread trickler = new Thread(() -> {
      List<Socket> sockets = new ArrayList<>();
      while (running.get()) {
        while (sockets.size() < slow) {
          try {
            Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
            s.getOutputStream().write(("POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            sockets.add(s);
          } catch (IOException e) {
            break;
          }
        }
        for (int i = sockets.size() - 1; i >= 0; i--) {
          Socket s = sockets.get(i);
          try {
            OutputStream out = s.getOutputStream();
            out.write('x');
            out.flush();
            if (s.getInputStream().available() > 0) throw new IOException("answered");
          } catch (IOException e) {
            cutOff.incrementAndGet();
            try {
              s.close();
            } catch (IOException ignored) {
              // closing a dead socket
            }
            sockets.remove(i);
          }
        }
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          break;
        }
      }
      for (Socket s : sockets) {
        try {
          s.close();
        } catch (IOException ignored) {
          // closing at the end
        }
      }
    }, "slow-senders");
    trickler.setDaemon(true);
    trickler.start();
    Thread.sleep(3000); // the slow senders are all connected and trickling
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String page = "<html><body><article><h1>Load test headline</h1>" + "<p>A paragraph of the story, with words. </p>".repeat(20)
        + "</article></body></html>";
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/extract"))
        .header("Content-Type", "text/html").timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(page)).build();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger errors = new AtomicInteger();
    int total = rate * seconds;
    long start = System.nanoTime();
    List<java.util.concurrent.CompletableFuture<?>> pending = new ArrayList<>();
    for (int n = 0; n < total; n++) {
      long due = start + n * 1_000_000_000L / rate;
      long wait = due - System.nanoTime();
      if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      long t0 = System.nanoTime();
      pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
        if (e != null || r.statusCode() != 200) errors.incrementAndGet();
        latencies.add(System.nanoTime() - t0);
      }));
    }
    for (var f : pending) {
      try {
        f.join();
      } catch (RuntimeException e) {
        // counted as an error above
      }
    }
    running.set(false);
    trickler.join(5000);
    service.stop();
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    return new Result(slow, total, errors.get(), ServiceLoadTest.percentile(sorted, 0.5), ServiceLoadTest.percentile(sorted, 0.99), cutOff.get());
  }
}
