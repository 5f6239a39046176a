package dev.newskit.bench.load;

import dev.newskit.examples.service.NewsService;
import dev.newskit.examples.service.ServiceConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slow senders beside a normal client: {@code slow} clients each send a request body at 1 byte a
 * second (reconnecting whenever they are cut off) while one normal client sends extraction requests
 * at {@code rate} a second; reports the normal client's latency (from each request's due
 * time) and errors. Loopback, bounded in time.
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
    try {
      return run(service, slow, rate, seconds);
    } finally {
      service.stop();
    }
  }

  private static Result run(NewsService service, int slow, int rate, int seconds) throws IOException, InterruptedException {
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
    byte[] page = ("<html><body><article><h1>Load test headline</h1>" + "<p>A paragraph of the story, with words. </p>".repeat(20)
        + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
    LoadClient.Call extract = LoadClient.Call.post("extract", URI.create("http://127.0.0.1:" + port + "/v1/extract"), "text/html", page);
    int total = rate * seconds;
    long[] latencies = new long[total];
    java.util.Arrays.fill(latencies, TimeUnit.SECONDS.toNanos(40)); // at least this long: never answered
    AtomicInteger errors = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(total);
    try (LoadClient client = new LoadClient(8)) {
      LoadClient.openLoop(total, rate, (n, due) -> client.send(extract, 30, (status, sent, at, failure) -> {
        if (status != 200) errors.incrementAndGet();
        latencies[n] = at - due;
        done.countDown();
      }));
      if (!done.await(40, TimeUnit.SECONDS)) errors.addAndGet((int) done.getCount());
    } catch (Exception e) {
      throw new IOException("the normal client failed: " + e, e);
    }
    running.set(false);
    trickler.join(5000);
    return new Result(slow, total, errors.get(), LoadClient.percentile(latencies, total, 0.5),
        LoadClient.percentile(latencies, total, 0.99), cutOff.get());
  }
}
