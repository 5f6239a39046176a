package dev.newskit.bench.load;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The load generator's HTTP client: Jetty's asynchronous client with one selector, a fixed pool of a
 * few threads and a pool of keep-alive connections, sending requests on an open-loop schedule and
 * timing each from the moment it was <em>meant</em> to be sent.
 *
 * <p>Why not the JDK's {@code HttpClient}: its {@code sendAsync(...).whenComplete(...)} ran every
 * completion on a new thread (the common pool has parallelism 1 on two cores, so
 * {@code CompletableFuture} starts a thread per task): 10,000 thread starts for 10,000 requests, on
 * the two cores the service itself needs. Here completions run on the client's own fixed threads, and
 * the time spent in them is measured ({@link #cpuNanos()}) so a run can say what the generator cost.
 *
 * <p>No coordinated omission: the schedule never waits for answers, and a request that waits in the
 * client (every connection busy) is timed from its intended send time, so a stalled service shows as
 * latency rather than as requests never sent. Not thread-safe for sending; one schedule at a time.
 */
final class LoadClient implements AutoCloseable {
  private static final String THREAD_NAME = "load-client";

  private final HttpClient http;
  private final QueuedThreadPool threads;

  /** A started client that keeps up to {@code connections} connections open to each server. */
  LoadClient(int connections) throws Exception {
    threads = new QueuedThreadPool(4, 4);
    threads.setName(THREAD_NAME);
    threads.setDaemon(true);
    http = new HttpClient(new HttpClientTransportOverHTTP(1));
    http.setExecutor(threads);
    http.setMaxConnectionsPerDestination(connections);
    http.setMaxRequestsQueuedPerDestination(1 << 20);
    http.setConnectTimeout(5_000);
    http.setIdleTimeout(60_000);
    http.setFollowRedirects(false);
    http.setUserAgentField(null);
    http.start();
  }

  /** One kind of request of a mix: method, path, content type and body (null for none). */
  record Call(String name, HttpMethod method, URI uri, String contentType, byte[] body) {
    static Call get(String name, URI uri) {
      return new Call(name, HttpMethod.GET, uri, null, null);
    }

    static Call post(String name, URI uri, String contentType, byte[] body) {
      return new Call(name, HttpMethod.POST, uri, contentType, body);
    }
  }

  /**
   * What became of one request: its status (0 when it failed without one), when its headers went out on
   * a connection (0 if they never did) and when its answer was complete.
   */
  interface Outcome {
    void done(int status, long sentNanos, long answeredNanos, Throwable failure);
  }

  /** Sends {@code call} now, asynchronously; {@code outcome} runs on a client thread when it is answered or fails. */
  void send(Call call, long timeoutSeconds, Outcome outcome) {
    Request request = http.newRequest(call.uri()).method(call.method()).timeout(timeoutSeconds, TimeUnit.SECONDS);
    if (call.body() != null) request.body(new BytesRequestContent(call.contentType(), call.body()));
    long[] sent = new long[1];
    request.onRequestCommit(r -> sent[0] = System.nanoTime());
    request.send(new Response.Listener() {
      private volatile long answered;

      @Override
      public void onSuccess(Response response) {
        // The answer is complete here; onComplete may come later, once the request body is all sent too.
        answered = System.nanoTime();
      }

      @Override
      public void onComplete(Result result) {
        Response response = result.getResponse();
        int status = response == null ? 0 : response.getStatus();
        long at = answered != 0 ? answered : System.nanoTime();
        boolean answeredInFull = answered != 0 && status > 0;
        outcome.done(answeredInFull ? status : 0, sent[0], at, answeredInFull ? null : result.getFailure());
      }
    });
  }

  /** Opens {@code n} connections at once (each answers one {@code GET} of {@code warmUp}) so a burst meets open connections. */
  void open(URI warmUp, int n) throws InterruptedException {
    java.util.concurrent.CountDownLatch latch = new java.util.concurrent.CountDownLatch(n);
    for (int i = 0; i < n; i++) {
      http.newRequest(warmUp).headers(h -> h.put(HttpHeader.CONNECTION, "keep-alive")).send(r -> latch.countDown());
    }
    latch.await(30, TimeUnit.SECONDS);
  }

  /**
   * Sends {@code total} requests at {@code rate} a second from the calling thread, request {@code n} due
   * at {@code start + n / rate}; {@code send} gets the request number and its due time. Returns the start.
   */
  static long openLoop(long total, double rate, java.util.function.ObjLongConsumer<Integer> send) {
    long start = System.nanoTime();
    double period = 1e9 / rate;
    for (int n = 0; n < total; n++) {
      long due = start + (long) (n * period);
      long wait;
      while ((wait = due - System.nanoTime()) > 0) LockSupport.parkNanos(wait);
      send.accept(n, due);
    }
    return start;
  }

  /** CPU time the client's own threads have used so far (its selector, and every completion). */
  long cpuNanos() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith(THREAD_NAME)) {
        long cpu = mx.getThreadCpuTime(t.getId());
        if (cpu > 0) sum += cpu;
      }
    }
    return sum;
  }

  @Override
  public void close() throws Exception {
    http.stop();
  }

  /** The {@code p}-quantile (0..1) of {@code nanos} in milliseconds, NaN for none; sorts a copy. */
  static double percentile(long[] nanos, int count, double p) {
    if (count == 0) return Double.NaN;
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    return sorted[(int) Math.min(count - 1, Math.floor(p * count))] / 1e6;
  }
}
