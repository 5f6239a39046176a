package dev.newskit.examples.service;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * How the service listens and what it bounds: address and port, the largest request body, worker
 * threads and queued requests, and how long a request may take to arrive.
 *
 * @param bind the address to listen on; loopback by default
 * @param port the port; 0 picks a free one
 * @param maxBodyBytes the largest request body accepted (413 beyond it); 5 MiB by default
 * @param workers the worker threads
 * @param queue the requests that may wait for a worker (503 beyond it)
 * @param requestTimeout how long a client may take to send a request before it is cut off
 */
public record ServiceConfig(InetAddress bind, int port, int maxBodyBytes, int workers, int queue, Duration requestTimeout) {
  /** Validates the values. */
  public ServiceConfig {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
    if (maxBodyBytes <= 0) throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
    if (workers <= 0) throw new IllegalArgumentException("workers must be positive: " + workers);
    if (queue < 0) throw new IllegalArgumentException("queue must not be negative: " + queue);
  }

  /** Loopback, port 8080, 5 MiB bodies, one worker per core (at least 4), 256 queued, 10 s to send a request. */
  public static ServiceConfig defaults() {
    return new ServiceConfig(InetAddress.getLoopbackAddress(), 8080, 5 * 1024 * 1024,
        Math.max(4, Runtime.getRuntime().availableProcessors()), 256, Duration.ofSeconds(10));
  }

  /** This configuration on another port. */
  public ServiceConfig withPort(int port) {
    return new ServiceConfig(bind, port, maxBodyBytes, workers, queue, requestTimeout);
  }

  /** This configuration on another address. */
  public ServiceConfig withBind(InetAddress bind) {
    return new ServiceConfig(bind, port, maxBodyBytes, workers, queue, requestTimeout);
  }

  /** This configuration with another body limit. */
  public ServiceConfig withMaxBodyBytes(int maxBodyBytes) {
    return new ServiceConfig(bind, port, maxBodyBytes, workers, queue, requestTimeout);
  }
}
