package dev.newskit.examples.service;

import java.time.Duration;
import java.util.Objects;

/**
 * Whether {@code GET /v1/extract?fetch=URL} may fetch pages, and its bounds: the addresses it may
 * connect to, redirects followed, total time, bytes read and the User-Agent sent. Off unless built
 * with {@link #on()}. Immutable.
 *
 * @param enabled whether fetching is allowed at all
 * @param addresses which resolved addresses may be connected to, checked after every redirect
 * @param maxRedirects redirects followed before giving up
 * @param timeout the whole fetch, redirects included
 * @param maxBytes the largest page read
 * @param userAgent the User-Agent header sent
 */
public record FetchPolicy(boolean enabled, AddressPolicy addresses, int maxRedirects, Duration timeout, int maxBytes,
    String userAgent) {
  /** Checks the values. */
  public FetchPolicy {
    Objects.requireNonNull(addresses, "addresses");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(userAgent, "userAgent");
    if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must not be negative");
    if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
    if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
  }

  /** Fetching off: {@code ?fetch=} is refused with 403. */
  public static FetchPolicy off() {
    return new FetchPolicy(false, AddressPolicy.publicOnly(), 5, Duration.ofSeconds(10), 5 * 1024 * 1024, "newskit");
  }

  /** Fetching on, public addresses only, 5 redirects, 10 s, 5 MiB, User-Agent {@code newskit}. */
  public static FetchPolicy on() {
    return new FetchPolicy(true, AddressPolicy.publicOnly(), 5, Duration.ofSeconds(10), 5 * 1024 * 1024, "newskit");
  }

  /** This policy with another address policy. */
  public FetchPolicy withAddresses(AddressPolicy addresses) {
    return new FetchPolicy(enabled, addresses, maxRedirects, timeout, maxBytes, userAgent);
  }

  /** This policy with another User-Agent. */
  public FetchPolicy withUserAgent(String userAgent) {
    return new FetchPolicy(enabled, addresses, maxRedirects, timeout, maxBytes, userAgent);
  }

  /** This policy with other bounds. */
  public FetchPolicy withBounds(int maxRedirects, Duration timeout, int maxBytes) {
    return new FetchPolicy(enabled, addresses, maxRedirects, timeout, maxBytes, userAgent);
  }
}
