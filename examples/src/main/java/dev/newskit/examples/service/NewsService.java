package dev.newskit.examples.service;

import dev.newskit.examples.inspect.InspectReport;
import dev.newskit.html.HtmlLimitException;
import dev.newskit.html.NotHtmlException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.VirtualThreads;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.Scheduler;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * newskit over HTTP, on an embedded Jetty 12 server. Endpoints (described in {@code /openapi.json}):
 *
 * <ul>
 *   <li>{@code POST /v1/extract[?url=...]}: an HTML page in (its {@code Content-Type} charset is
 *       honoured), the article JSON out; {@code GET /v1/extract?fetch=URL} fetches the page first
 *       when {@link FetchPolicy} allows it.</li>
 *   <li>{@code POST /v1/clean?policy=text|basic|article[&base=...]}: HTML in, cleaned HTML out.</li>
 *   <li>{@code POST /v1/date/parse} and {@code POST /v1/date/format}: JSON in, JSON out.</li>
 *   <li>{@code POST /v1/batch}: NDJSON of pages in, NDJSON of articles or typed errors out, streamed.</li>
 *   <li>{@code GET /inspect}: a form for {@code POST /v1/inspect[?url=...]}, which takes a page (or the form)
 *       and answers its inspection report, an HTML page; {@code GET /v1/inspect?fetch=URL} fetches it first.</li>
 *   <li>{@code GET /health}, {@code /ready}, {@code /version}, {@code /metrics}, {@code /openapi.json}; HEAD
 *       wherever GET is served without {@code ?fetch=}.</li>
 * </ul>
 *
 * <p>Request bodies are read without holding a worker (a slow sender costs a connection, not a
 * thread) within the read timeout and a minimum data rate; only complete requests queue for the
 * bounded workers. A request takes one of the workers-plus-queue places when its headers are in, and
 * when none is left it is answered at once with 503 and {@code Retry-After}, before its body is read;
 * a body arriving slowly gives its place up to a newcomer (see {@link #FAST_BODY_RATE}). Every
 * refusal is JSON {@code {"error": ..., "status": ...}}. Every request gets an {@code X-Request-Id}
 * and one JSON access-log line. {@link #drain()} turns {@code /ready} false, refuses new work with
 * 503, lets requests in flight finish and then stops. Thread-safe; one instance per server.
 */
public final class NewsService implements AutoCloseable {
  static final String REQUEST_ID_HEADER = "X-Request-Id";
  private static final String ID = "newskit.id";
  private static final String ENDPOINT = "newskit.endpoint";
  private static final String BYTES_IN = "newskit.in";
  /** When the response was all written: a refused request's log and latency leave out the linger that follows. */
  private static final String WRITTEN_AT = "newskit.written";
  private static final Pattern CALLER_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
  private static final Set<String> ENDPOINTS = Set.of("/v1/extract", "/v1/clean", "/v1/date/parse", "/v1/date/format",
      "/v1/batch", "/v1/inspect", "/inspect", "/health", "/ready", "/version", "/metrics", "/openapi.json");
  /** Bytes a second a client must at least send a body at; a 1 byte/s sender is cut off. */
  private static final long MIN_REQUEST_DATA_RATE = 1024;
  private static final int MAX_HEADER_BYTES = 16 * 1024;
  private static final long KEEP_ALIVE_MILLIS = 30_000;
  /** How long a refused request's body is read and dropped before its connection closes. */
  private static final long LINGER_MILLIS = 2_000;
  /**
   * Bytes a second below which a body still arriving gives its place up to a newcomer when every place
   * is taken (64 times the minimum data rate): a slow sender cannot keep others out, a fast one keeps
   * its place while it finishes.
   */
  private static final long FAST_BODY_RATE = 64 * 1024;

  private static final Reply HEALTHY = Reply.json(Reply.JSON.createObjectNode().put("status", "ok"));

  private final ServiceConfig config;
  private final Server server;
  private final ServerConnector connector;
  private final ThreadPoolExecutor workers;
  private final Endpoints endpoints = new Endpoints();
  private final Metrics metrics;
  private final Batch batch;
  private final Optional<Fetcher> fetcher;
  private final AtomicInteger inFlight = new AtomicInteger();
  /** Places for work: requests admitted and not yet answered, on a worker, queued or with a body arriving. */
  private final Semaphore places;
  /** Requests that hold a place while their body arrives; a slow one among them may give its place up. */
  private final Set<Exchange> arriving = ConcurrentHashMap.newKeySet();
  private final AtomicInteger served = new AtomicInteger();
  private final byte[] openapi;
  private final String version;
  private volatile boolean draining;

  private NewsService(ServiceConfig config) {
    this.config = config;
    QueuedThreadPool jetty = new QueuedThreadPool(Math.max(16, 4 * Runtime.getRuntime().availableProcessors()), 4);
    jetty.setName("newskit-jetty");
    if (VirtualThreads.areSupported()) jetty.setVirtualThreadsExecutor(VirtualThreads.getNamedVirtualThreadsExecutor("newskit-jetty-v"));
    this.server = new Server(jetty);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(MAX_HEADER_BYTES);
    http.setMinRequestDataRate(MIN_REQUEST_DATA_RATE);
    this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(config.bind().getHostAddress());
    connector.setPort(config.port());
    // Idle keep-alive connections cost no thread; a short idle timeout would only make clients race the
    // close when they reuse a pooled connection. Slow bodies are bounded by the read deadline instead.
    connector.setIdleTimeout(Math.max(config.readTimeout().toMillis(), KEEP_ALIVE_MILLIS));
    connector.setAcceptQueueSize(1024);
    server.addConnector(connector);
    server.setHandler(new Router());
    server.setErrorHandler(new JsonErrorHandler());
    server.setRequestLog(this::log);
    server.setStopTimeout(1000);
    this.workers = new ThreadPoolExecutor(config.workers(), config.workers(), 60, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(config.queue()), workerThreads());
    this.places = new Semaphore(config.workers() + config.queue());
    this.metrics = new Metrics(inFlight::get, () -> workers.getQueue().size());
    this.batch = new Batch(endpoints, metrics, config.maxBodyBytes());
    this.fetcher = config.fetch().enabled() ? Optional.of(new Fetcher(config.fetch())) : Optional.empty();
    this.openapi = resource("openapi.json");
    this.version = versionString();
  }

  /** Starts a service with {@code config}; stop it with {@link #stop()} or {@link #drain()}. */
  public static NewsService start(ServiceConfig config) throws IOException {
    NewsService service = new NewsService(config);
    try {
      service.server.start();
    } catch (Exception e) {
      service.stop();
      throw new IOException("cannot listen on " + config.bind().getHostAddress() + ":" + config.port() + ": " + e.getMessage(), e);
    }
    return service;
  }

  /** The port the service listens on (useful with port 0). */
  public int port() {
    return connector.getLocalPort();
  }

  /** Requests answered so far. */
  public int served() {
    return served.get();
  }

  /**
   * Drains: {@code /ready} answers 503 and new work is refused with 503 at once, requests in flight
   * finish (up to the configured drain time), then the server stops. Returns whether every request
   * in flight finished in time.
   */
  public boolean drain() {
    draining = true;
    long end = System.nanoTime() + config.drain().toNanos();
    while (inFlight.get() > 0 && System.nanoTime() < end) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    boolean clean = inFlight.get() == 0;
    stop();
    return clean;
  }

  /** Stops at once: connections are closed and requests in flight abandoned. */
  public void stop() {
    draining = true;
    try {
      server.stop();
    } catch (Exception e) {
      // Stopping is best effort; the workers go next either way.
    }
    workers.shutdownNow();
    fetcher.ifPresent(Fetcher::close);
  }

  @Override
  public void close() {
    stop();
  }

  /** The caller's X-Request-Id when it is well formed, otherwise a new one; the same for the whole request. */
  static String requestId(Request request) {
    Object id = request.getAttribute(ID);
    if (id instanceof String s) return s;
    String given = request.getHeaders().get(REQUEST_ID_HEADER);
    String value = given != null && CALLER_ID.matcher(given).matches() ? given
        : Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
    request.setAttribute(ID, value);
    return value;
  }

  /** One request: answers it exactly once, and counts it in flight while it holds a place in the queue. */
  private final class Exchange {
    final Request request;
    final Response response;
    final Callback callback;
    final Map<String, String> query;
    private final AtomicBoolean answered = new AtomicBoolean();
    private final AtomicBoolean hasPlace = new AtomicBoolean();
    private volatile boolean admitted;
    /** Body bytes received so far, for {@link #slowerThan}. */
    volatile long received;
    volatile Scheduler.Task deadline;

    Exchange(Request request, Response response, Callback callback, Map<String, String> query) {
      this.request = request;
      this.response = response;
      this.callback = callback;
      this.query = query;
    }

    /**
     * Takes a place for work as soon as the headers are in, or answers 503 at once when draining or
     * when every place is taken: a burst past the workers and the queue is refused before its bodies
     * are read, not after. A body arriving slower than {@link #FAST_BODY_RATE} gives its place up to
     * the newcomer, so slow senders cannot keep anyone out (they are cut off by the minimum data rate).
     */
    boolean admit() {
      if (draining) {
        fail(503, "the service is draining; retry on another instance");
        return false;
      }
      if (!places.tryAcquire() && !placeOfASlowSender()) {
        fail(503, "the service is busy; retry shortly");
        return false;
      }
      hasPlace.set(true);
      inFlight.incrementAndGet();
      admitted = true;
      return true;
    }

    /** Whether its body, still arriving, has come slower than {@code rate} bytes a second so far. */
    boolean slowerThan(long rate, long now) {
      return received < rate * (now - request.getBeginNanoTime()) / 1_000_000_000L;
    }

    /** Gives up this request's place (it competes again when its body is complete); false when it had none. */
    boolean givePlaceUp() {
      return hasPlace.compareAndSet(true, false);
    }

    /** Holds a place for the work its complete body asks for: the one it kept, or a free one. */
    boolean holdPlace() {
      arriving.remove(this);
      if (hasPlace.get()) return true;
      if (!places.tryAcquire()) return false;
      hasPlace.set(true);
      return true;
    }

    /** Answers with {@code reply}; with {@code close} when the request body may be unread. */
    void send(Reply reply, boolean close) {
      send(reply, close, false);
    }

    private void send(Reply reply, boolean close, boolean linger) {
      if (!answered.compareAndSet(false, true)) return;
      releasePlace();
      Scheduler.Task d = deadline;
      if (d != null) d.cancel();
      response.setStatus(reply.status());
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, reply.body().length);
      if (reply.status() == 503) response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
      if (close) response.getHeaders().put(HttpHeader.CONNECTION, "close");
      Runnable then = linger ? new Linger()::start : this::finished;
      Runnable written = () -> {
        request.setAttribute(WRITTEN_AT, System.nanoTime());
        then.run();
      };
      response.write(true, ByteBuffer.wrap(reply.body()), Callback.from(written, this::failed));
    }

    /**
     * Refuses the request and closes the connection. A client still sending its body would otherwise
     * meet a connection reset that can destroy the answer before it reads it; so, like a lingering
     * close, the rest of the body is read and dropped, within {@link #LINGER_MILLIS} and twice the
     * body cap, before the connection goes.
     */
    void fail(int status, String message) {
      send(Reply.error(status, message), true, true);
    }

    /** Fails without reading more: the client is too slow to wait for (408). */
    void failNow(int status, String message) {
      send(Reply.error(status, message), true, false);
    }

    /** Reads and drops what is left of the request body, then completes the exchange once. */
    private final class Linger implements Runnable {
      private final AtomicBoolean done = new AtomicBoolean();
      private long dropped;
      private volatile Scheduler.Task timer;

      void start() {
        timer = server.getScheduler().schedule(this::end, LINGER_MILLIS, TimeUnit.MILLISECONDS);
        run();
      }

      @Override
      public void run() {
        while (!done.get()) {
          Content.Chunk chunk = request.read();
          if (chunk == null) {
            request.demand(this);
            return;
          }
          dropped += chunk.remaining();
          boolean last = chunk.isLast() || Content.Chunk.isFailure(chunk);
          chunk.release();
          if (last || dropped > 2L * config.maxBodyBytes()) {
            end();
            return;
          }
        }
      }

      private void end() {
        if (!done.compareAndSet(false, true)) return;
        Scheduler.Task t = timer;
        if (t != null) t.cancel();
        finished();
      }
    }

    /** Takes over answering for a streamed response; false when already answered. */
    boolean stream() {
      return answered.compareAndSet(false, true);
    }

    void finished() {
      release();
      callback.succeeded();
    }

    void failed(Throwable failure) {
      release();
      callback.failed(failure);
    }

    /** Frees this request's place, once its answer is decided. */
    private void releasePlace() {
      arriving.remove(this);
      if (givePlaceUp()) places.release();
    }

    private void release() {
      releasePlace();
      if (admitted) {
        admitted = false;
        inFlight.decrementAndGet();
      }
    }

    boolean answered() {
      return answered.get();
    }
  }

  private final class Router extends Handler.Abstract.NonBlocking {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      response.getHeaders().put(REQUEST_ID_HEADER, requestId(request));
      String path = Request.getPathInContext(request);
      request.setAttribute(ENDPOINT, ENDPOINTS.contains(path) ? path : "other");
      Map<String, String> query;
      try {
        query = query(request.getHttpURI().getQuery());
      } catch (IllegalArgumentException e) {
        new Exchange(request, response, callback, Map.of()).fail(400, "malformed query string");
        return true;
      }
      Exchange x = new Exchange(request, response, callback, query);
      String method = request.getMethod();
      switch (path) {
        case "/health" -> get(x, method, () -> HEALTHY);
        case "/ready" -> get(x, method, () -> draining
            ? Reply.error(503, "draining")
            : Reply.json(Reply.JSON.createObjectNode().put("status", "ready")));
        case "/version" -> get(x, method, () -> Reply.json(Reply.JSON.createObjectNode().put("version", version)
            .put("java", Runtime.version().toString())));
        case "/metrics" -> get(x, method, () -> new Reply(200, "text/plain; version=0.0.4; charset=utf-8",
            metrics.scrape().getBytes(StandardCharsets.UTF_8)));
        case "/openapi.json" -> get(x, method, () -> new Reply(200, Reply.JSON_TYPE, openapi));
        case "/v1/extract" -> {
          if (query.containsKey("fetch")) {
            fetch(x, method, endpoints::extractFetched);
          } else if (post(x, method)) {
            readThenRun(x, body -> endpoints.extract(body, contentType(x), query));
          }
        }
        case "/inspect" -> {
          inspectHeaders(x, InspectForm.CONTENT_SECURITY_POLICY);
          get(x, method, () -> new Reply(200, "text/html; charset=utf-8",
              InspectForm.page(fetcher.isPresent()).getBytes(StandardCharsets.UTF_8)));
        }
        case "/v1/inspect" -> {
          inspectHeaders(x, InspectReport.CONTENT_SECURITY_POLICY);
          if (query.containsKey("fetch")) {
            fetch(x, method, endpoints::inspectFetched);
          } else if (post(x, method)) {
            readThenRun(x, body -> endpoints.inspect(body, contentType(x), query));
          }
        }
        case "/v1/clean" -> {
          if (post(x, method)) readThenRun(x, body -> endpoints.clean(body, contentType(x), query));
        }
        case "/v1/date/parse" -> {
          if (post(x, method)) readThenRun(x, body -> endpoints.parseDate(body, contentType(x)));
        }
        case "/v1/date/format" -> {
          if (post(x, method)) readThenRun(x, body -> endpoints.formatDate(body, contentType(x)));
        }
        case "/v1/batch" -> {
          if (post(x, method)) batch(x);
        }
        default -> x.fail(404, "no such endpoint: " + path);
      }
      return true;
    }
  }

  private interface Work {
    Reply run(byte[] body);
  }

  /** Answers GET, and HEAD with the same status and headers (Jetty leaves the body of a HEAD answer out). */
  private void get(Exchange x, String method, java.util.function.Supplier<Reply> reply) {
    if (!method.equals("GET") && !method.equals("HEAD")) {
      x.response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
      x.fail(405, method + " is not allowed here; use GET or HEAD");
      return;
    }
    x.send(reply.get(), false);
  }

  private static boolean post(Exchange x, String method) {
    if (method.equals("POST")) return true;
    x.response.getHeaders().put(HttpHeader.ALLOW, "POST");
    x.fail(405, method + " is not allowed here; use POST");
    return false;
  }

  private static String contentType(Exchange x) {
    return x.request.getHeaders().get(HttpHeader.CONTENT_TYPE);
  }

  /**
   * Reads the body without a thread (Jetty calls back as bytes arrive), refusing it with 413 at the
   * first byte past the cap (at once from Content-Length) and with 408 past the read timeout; then
   * queues the work for a worker. The read-timeout timer is set only when the body has to be waited
   * for: most bodies are complete when the headers are.
   */
  private void readThenRun(Exchange x, Work work) {
    long declared = x.request.getLength();
    if (declared > config.maxBodyBytes()) {
      x.fail(413, "request body larger than " + config.maxBodyBytes() + " bytes");
      return;
    }
    if (!x.admit()) return;
    arriving.add(x);
    Body body = new Body(declared);
    new Runnable() {
      @Override
      public void run() {
        while (!x.answered()) {
          Content.Chunk chunk = x.request.read();
          if (chunk == null) {
            if (x.deadline == null) {
              long timeout = config.readTimeout().toMillis();
              x.deadline = server.getScheduler().schedule(
                  () -> x.failNow(408, "request body not received within " + timeout + " ms"), timeout, TimeUnit.MILLISECONDS);
            }
            x.request.demand(this);
            return;
          }
          if (Content.Chunk.isFailure(chunk)) {
            Throwable failure = chunk.getFailure();
            x.fail(readFailureStatus(failure), "request body not received: " + readFailureMessage(failure));
            return;
          }
          ByteBuffer bytes = chunk.getByteBuffer();
          if (body.size() + bytes.remaining() > config.maxBodyBytes()) {
            chunk.release();
            x.fail(413, "request body larger than " + config.maxBodyBytes() + " bytes");
            return;
          }
          body.append(bytes);
          x.received = body.size();
          boolean last = chunk.isLast();
          chunk.release();
          if (last) {
            Scheduler.Task d = x.deadline;
            if (d != null) d.cancel();
            x.request.setAttribute(BYTES_IN, (long) body.size());
            dispatch(x, () -> work.run(body.bytes()));
            return;
          }
        }
      }
    }.run();
  }

  /** A request body as it arrives: sized from Content-Length when there is one, so a complete body is not copied again. */
  private static final class Body {
    private byte[] bytes;
    private int size;

    Body(long declared) {
      bytes = new byte[declared >= 0 ? (int) declared : 8192];
    }

    int size() {
      return size;
    }

    void append(ByteBuffer chunk) {
      int n = chunk.remaining();
      if (size + n > bytes.length) bytes = java.util.Arrays.copyOf(bytes, Math.max(size + n, 2 * bytes.length));
      chunk.get(bytes, size, n);
      size += n;
    }

    byte[] bytes() {
      return size == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, size);
    }
  }

  private static int readFailureStatus(Throwable failure) {
    if (failure instanceof HttpException h) return h.getCode();
    if (failure instanceof TimeoutException || failure.getCause() instanceof TimeoutException) return 408;
    return 400;
  }

  private static String readFailureMessage(Throwable failure) {
    String m = failure.getMessage();
    return m == null || m.isBlank() ? failure.getClass().getSimpleName() : m;
  }

  interface Job {
    Reply run();
  }

  /**
   * What {@code job} answers, its refusals turned into JSON errors. An error thrown by the job that the
   * service can survive (a stack overflow on a hostile page, a missing class) is a 500 like any failure:
   * without this the worker would die and the request would wait for ever.
   */
  static Reply answer(Job job) {
    try {
      return job.run();
    } catch (HttpError e) {
      return Reply.error(e.status, e.getMessage());
    } catch (HtmlLimitException e) {
      return Reply.error(413, e.getMessage());
    } catch (NotHtmlException e) {
      return Reply.error(415, e.getMessage());
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      return Reply.error(500, "internal error: " + e.getClass().getSimpleName());
    }
  }

  /** Takes the place of a request whose body is arriving slower than {@link #FAST_BODY_RATE}; false when there is none. */
  private boolean placeOfASlowSender() {
    long now = System.nanoTime();
    for (Exchange other : arriving) {
      if (other.slowerThan(FAST_BODY_RATE, now) && other.givePlaceUp()) {
        arriving.remove(other);
        return true;
      }
    }
    return false;
  }

  /** Runs {@code job} on a worker and always answers, even when the job fails; 503 at once when the queue is full. */
  private void dispatch(Exchange x, Job job) {
    if (!x.holdPlace()) {
      x.fail(503, "the service is busy; retry shortly");
      return;
    }
    try {
      workers.execute(() -> {
        Reply reply = Reply.error(500, "internal error");
        try {
          reply = answer(job);
        } finally { // an OutOfMemoryError still answers its request before it goes on up
          if (reply.status() == 200 && x.request.getAttribute(ENDPOINT).equals("/v1/extract")) metrics.pageExtracted();
          x.send(reply, false);
        }
      });
    } catch (RejectedExecutionException e) {
      x.fail(503, draining ? "the service is draining; retry on another instance" : "the service is busy; retry shortly");
    }
  }

  /** The report and the form are pages: they get a policy that forbids everything they do not need. */
  private static void inspectHeaders(Exchange x, String policy) {
    x.response.getHeaders().put("Content-Security-Policy", policy);
    x.response.getHeaders().put("X-Content-Type-Options", "nosniff");
    x.response.getHeaders().put("Referrer-Policy", "no-referrer");
  }

  private void fetch(Exchange x, String method, java.util.function.BiFunction<Fetcher.Page, Map<String, String>, Reply> work) {
    if (!method.equals("GET")) {
      x.response.getHeaders().put(HttpHeader.ALLOW, "GET");
      x.fail(405, "?fetch= takes GET, without a body");
      return;
    }
    if (fetcher.isEmpty()) {
      x.fail(403, "fetching by URL is off; start the service with --allow-fetch to turn it on");
      return;
    }
    if (!x.admit()) return;
    dispatch(x, () -> work.apply(fetcher.get().fetch(x.query.get("fetch")), x.query));
  }

  private void batch(Exchange x) {
    String type = Optional.ofNullable(contentType(x)).orElse("").toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/x-ndjson") && !type.startsWith("application/ndjson") && !type.startsWith("application/jsonl")) {
      x.fail(415, "Content-Type must be application/x-ndjson");
      return;
    }
    if (!x.admit()) return;
    try {
      workers.execute(() -> {
        InputStream in = new BufferedInputStream(Content.Source.asInputStream(x.request), 16 * 1024);
        try {
          // An empty body is refused like every other endpoint's, before the 200 of the stream is sent.
          in.mark(1);
          if (in.read() < 0) {
            x.send(Reply.error(400, "empty request body"), false);
            return;
          }
          in.reset();
        } catch (IOException | UncheckedIOException e) {
          x.failNow(400, "request body not received: " + readFailureMessage(e));
          return;
        }
        if (!x.stream()) return;
        x.response.setStatus(200);
        x.response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/x-ndjson; charset=utf-8");
        try (in; OutputStream out = Content.Sink.asOutputStream(x.response)) {
          batch.run(in, out);
        } catch (IOException | UncheckedIOException e) {
          // The client went away or stopped sending mid-stream; what was answered stays answered.
        }
        x.finished();
      });
    } catch (RejectedExecutionException e) {
      x.fail(503, "the service is busy; retry shortly");
    }
  }

  /** Counts and logs a finished request, whether the service or Jetty answered it. */
  private void log(Request request, Response response) {
    served.incrementAndGet();
    Object endpoint = request.getAttribute(ENDPOINT);
    String name = endpoint == null ? "other" : endpoint.toString();
    long nanos = (request.getAttribute(WRITTEN_AT) instanceof Long at ? at : System.nanoTime()) - request.getBeginNanoTime();
    Object in = request.getAttribute(BYTES_IN);
    long bytesIn = in instanceof Long l ? l : 0;
    long bytesOut = Response.getContentBytesWritten(response);
    metrics.record(name, response.getStatus(), nanos, bytesIn, bytesOut);
    config.accessLog().accept(accessLogLine(Instant.now(), requestId(request), Request.getRemoteAddr(request), request.getMethod(),
        request.getHttpURI() == null ? "" : String.valueOf(request.getHttpURI().getPath()), response.getStatus(), nanos, bytesIn, bytesOut));
  }

  /**
   * One access-log line, {@code {"time", "id", "remote", "method", "path", "status", "ms", "in", "out"}}, written
   * straight into a string (every request writes one: a JSON tree and a mapper per line cost more than the rest of a
   * {@code /health}); the text fields are JSON-escaped.
   */
  static String accessLogLine(Instant time, String id, String remote, String method, String path, int status, long nanos,
      long in, long out) {
    StringBuilder line = new StringBuilder(160 + path.length()).append("{\"time\":\"").append(time).append("\",\"id\":\"");
    JsonStringEncoder json = JsonStringEncoder.getInstance();
    json.quoteAsString(id, line);
    line.append("\",\"remote\":\"");
    json.quoteAsString(remote, line);
    line.append("\",\"method\":\"");
    json.quoteAsString(method, line);
    line.append("\",\"path\":\"");
    json.quoteAsString(path, line);
    return line.append("\",\"status\":").append(status).append(",\"ms\":").append(Math.round(nanos / 1e4) / 100.0)
        .append(",\"in\":").append(in).append(",\"out\":").append(out).append('}').toString();
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null) return out;
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.putIfAbsent(key, value);
    }
    return out;
  }

  private static ThreadFactory workerThreads() {
    AtomicInteger n = new AtomicInteger();
    ThreadFactory virtual = virtualThreadFactory();
    return r -> {
      Thread t = virtual != null ? virtual.newThread(r) : new Thread(r);
      t.setName("newskit-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Virtual threads on JDK 21 and later (read reflectively: the code is compiled for 17), else null. */
  private static @Nullable ThreadFactory virtualThreadFactory() {
    try {
      Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
      return (ThreadFactory) builder.getClass().getMethod("factory").invoke(builder);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = NewsService.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String versionString() {
    Properties p = new Properties();
    try (InputStream in = NewsService.class.getResourceAsStream("/dev/newskit/examples/cli/version.properties")) {
      if (in != null) p.load(in);
    } catch (IOException e) {
      // No version file: report unknown.
    }
    return p.getProperty("version", "unknown");
  }

  /** For tests: the worker pool, to occupy it deterministically. */
  ThreadPoolExecutor workers() {
    return workers;
  }
}
