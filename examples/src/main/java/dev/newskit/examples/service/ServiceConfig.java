package dev.newskit.examples.service;

import java.io.PrintStream;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How the service listens and what it bounds: address and port, the largest request body, worker
 * threads and queued requests, how long a request may take to arrive, how long a drain may take,
 * where access-log lines go, and whether (and how) {@code ?fetch=} may fetch pages. Immutable; build
 * one with {@link #builder()}.
 */
public final class ServiceConfig {
  private final InetAddress bind;
  private final int port;
  private final int maxBodyBytes;
  private final int workers;
  private final int queue;
  private final Duration readTimeout;
  private final Duration drain;
  private final Consumer<String> accessLog;
  private final FetchPolicy fetch;

  private ServiceConfig(Builder b) {
    this.bind = b.bind;
    this.port = b.port;
    this.maxBodyBytes = b.maxBodyBytes;
    this.workers = b.workers;
    this.queue = b.queue;
    this.readTimeout = b.readTimeout;
    this.drain = b.drain;
    this.accessLog = b.accessLog;
    this.fetch = b.fetch;
  }

  /** A builder with the defaults of {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Loopback, port 8080, 5 MiB bodies, one worker per core (at least 2; extraction is CPU work, so
   * more workers than cores only adds latency), 64 queued requests per worker, 10 s to send a request,
   * 20 s to drain, access log on stderr, fetching off.
   */
  public static ServiceConfig defaults() {
    return builder().build();
  }

  /** A builder starting from this configuration. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.bind = bind;
    b.port = port;
    b.maxBodyBytes = maxBodyBytes;
    b.workers = workers;
    b.queue = queue;
    b.readTimeout = readTimeout;
    b.drain = drain;
    b.accessLog = accessLog;
    b.fetch = fetch;
    return b;
  }

  /** The address to listen on. */
  public InetAddress bind() {
    return bind;
  }

  /** The port; 0 picks a free one. */
  public int port() {
    return port;
  }

  /** The largest request body accepted (413 beyond it). */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /** The worker threads that run extraction. */
  public int workers() {
    return workers;
  }

  /** The requests that may wait for a worker (503 beyond it). */
  public int queue() {
    return queue;
  }

  /** How long a client may take to send a request body (408 beyond it). */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** How long a drain waits for requests in flight before the server stops. */
  public Duration drain() {
    return drain;
  }

  /** Where the one-line JSON access-log entries go. */
  public Consumer<String> accessLog() {
    return accessLog;
  }

  /** Whether and how {@code GET /v1/extract?fetch=} fetches pages. */
  public FetchPolicy fetch() {
    return fetch;
  }

  /** Builds a {@link ServiceConfig}; every setter checks its value. */
  public static final class Builder {
    private InetAddress bind = InetAddress.getLoopbackAddress();
    private int port = 8080;
    private int maxBodyBytes = 5 * 1024 * 1024;
    private int workers = Math.max(2, Runtime.getRuntime().availableProcessors());
    private int queue = 64 * workers;
    private Duration readTimeout = Duration.ofSeconds(10);
    private Duration drain = Duration.ofSeconds(20);
    private Consumer<String> accessLog = stderr();
    private FetchPolicy fetch = FetchPolicy.off();

    private Builder() {}

    private static Consumer<String> stderr() {
      PrintStream err = System.err;
      return err::println;
    }

    public Builder bind(InetAddress bind) {
      this.bind = Objects.requireNonNull(bind, "bind");
      return this;
    }

    public Builder port(int port) {
      if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
      this.port = port;
      return this;
    }

    public Builder maxBodyBytes(int maxBodyBytes) {
      if (maxBodyBytes <= 0) throw new IllegalArgumentException("max body must be positive, not " + maxBodyBytes);
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    public Builder workers(int workers) {
      if (workers <= 0) throw new IllegalArgumentException("workers must be positive, not " + workers);
      this.workers = workers;
      return this;
    }

    public Builder queue(int queue) {
      if (queue <= 0) throw new IllegalArgumentException("queue must be positive, not " + queue);
      this.queue = queue;
      return this;
    }

    public Builder readTimeout(Duration readTimeout) {
      if (readTimeout.isNegative() || readTimeout.isZero()) throw new IllegalArgumentException("read timeout must be positive");
      this.readTimeout = readTimeout;
      return this;
    }

    public Builder drain(Duration drain) {
      if (drain.isNegative()) throw new IllegalArgumentException("drain must not be negative");
      this.drain = drain;
      return this;
    }

    public Builder accessLog(Consumer<String> accessLog) {
      this.accessLog = Objects.requireNonNull(accessLog, "accessLog");
      return this;
    }

    public Builder fetch(FetchPolicy fetch) {
      this.fetch = Objects.requireNonNull(fetch, "fetch");
      return this;
    }

    public ServiceConfig build() {
      return new ServiceConfig(this);
    }
  }
}
