package dev.newskit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Fetches http(s) inputs: one client for the whole run, the caller's User-Agent and timeout, a few
 * retries for failures that may pass (network errors, 429 and 5xx), and failures that say what went
 * wrong (refused, name not found, timeout, HTTP status) instead of an exception's bare message.
 * Thread-safe.
 */
final class Fetcher {
  /** The User-Agent sent unless the user gives one. */
  static final String DEFAULT_USER_AGENT = "newskit";

  private final HttpClient client;
  private final String userAgent;
  private final Duration timeout;
  private final int retries;
  private final int maxBytes;
  private final Log log;

  Fetcher(String userAgent, Duration timeout, int retries, int maxBytes, Log log) {
    this.userAgent = userAgent;
    this.timeout = timeout;
    this.retries = retries;
    this.maxBytes = maxBytes;
    this.log = log;
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(timeout)
        .build();
  }

  Inputs.Page fetch(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(url + ": not a valid URL");
    }
    for (int attempt = 0; ; attempt++) {
      String failure;
      try {
        Inputs.Page page = once(url, uri);
        if (page != null) return page;
        failure = null;
      } catch (Retryable e) {
        failure = e.getMessage();
      }
      if (attempt >= retries) throw new BadInputException(url + ": cannot fetch: " + failure);
      log.verbose(url + ": " + failure + "; retrying (" + (attempt + 1) + " of " + retries + ")");
      try {
        Thread.sleep(Math.min(8000, 250L << attempt));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BadInputException(url + ": interrupted");
      }
    }
  }

  private Inputs.Page once(String url, URI uri) throws Retryable {
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", userAgent).GET().build();
    } catch (IllegalArgumentException e) {
      throw new BadInputException(url + ": not a valid URL: " + Main.oneLine(e.getMessage()));
    }
    try {
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        int status = response.statusCode();
        if (status == 429 || status >= 500) throw new Retryable("HTTP " + status);
        if (status >= 400) throw new BadInputException(url + ": cannot fetch: HTTP " + status);
        long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
        if (declared > maxBytes) throw Inputs.tooLarge(url, declared, maxBytes);
        byte[] bytes = body.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) throw Inputs.tooLarge(url, bytes.length, maxBytes);
        Optional<Charset> charset = response.headers().firstValue("content-type").flatMap(Inputs::charsetOf);
        // The fetch time is this page's reference for relative dates ("2 hours ago").
        return new Inputs.Page(url, bytes, charset, Optional.of(response.uri().toString()), Optional.of(Instant.now()));
      }
    } catch (IOException e) {
      throw new Retryable(describe(e, uri));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadInputException(url + ": interrupted");
    }
  }

  /** What a failed exchange means to a user, from the exception and its causes. */
  String describe(IOException e, URI uri) {
    String host = uri.getHost() == null ? uri.toString() : uri.getHost();
    if (e instanceof HttpConnectTimeoutException) return "connection to " + host + " timed out after " + seconds();
    if (e instanceof HttpTimeoutException) return "no response from " + host + " within " + seconds();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
        return "cannot resolve host " + host;
      }
      if (t instanceof SSLException) return "TLS handshake with " + host + " failed: " + Main.oneLine(t.getMessage());
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        String where = host + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        String message = t.getMessage();
        return message == null || message.isBlank() || message.toLowerCase(java.util.Locale.ROOT).contains("refused")
            ? "connection refused by " + where
            : "cannot connect to " + where + ": " + Main.oneLine(message);
      }
    }
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + Main.oneLine(message));
  }

  private String seconds() {
    long millis = timeout.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  /** A failure that a later attempt may not meet. */
  private static final class Retryable extends Exception {
    private static final long serialVersionUID = 1L;

    Retryable(String message) {
      super(message, null, false, false);
    }
  }
}
