package dev.newskit.examples.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.util.Promise;
import org.jspecify.annotations.Nullable;

/**
 * Fetches a page for {@code ?fetch=}, guarding against server-side request forgery: every host, the
 * first and each redirect's, is resolved and each of its addresses checked against the
 * {@link AddressPolicy}; the connection then goes to exactly the addresses checked (the client's
 * resolver is this class), so a second DNS answer cannot swap in an internal address. Redirects are
 * followed here, one at a time, within the policy's count, time and size bounds.
 */
final class Fetcher implements AutoCloseable {
  /** A fetched page: where it ended up, its bytes and the charset its Content-Type named, if any. */
  record Page(String url, byte[] body, Optional<Charset> charset) {}

  private final FetchPolicy policy;
  private final HttpClient client;

  Fetcher(FetchPolicy policy) {
    this.policy = policy;
    this.client = new HttpClient();
    client.setFollowRedirects(false);
    client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, policy.userAgent()));
    client.setConnectTimeout(policy.timeout().toMillis());
    client.setSocketAddressResolver(this::resolve);
    try {
      client.start();
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the fetch client", e);
    }
  }

  private void resolve(String host, int port, Map<String, Object> context, Promise<List<InetSocketAddress>> promise) {
    client.getExecutor().execute(() -> {
      try {
        promise.succeeded(checked(host, port));
      } catch (HttpError e) {
        promise.failed(e);
      }
    });
  }

  /** The addresses of {@code host}, all of them allowed by the policy, or a 400 naming the one refused. */
  List<InetSocketAddress> checked(String host, int port) {
    InetAddress[] all;
    try {
      all = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new HttpError(502, "fetch: cannot resolve " + host);
    }
    List<InetSocketAddress> out = new ArrayList<>();
    for (InetAddress a : all) {
      Optional<String> refusal = policy.addresses().refusal(a);
      if (refusal.isPresent()) throw new HttpError(400, "fetch refused: " + host + " resolves to " + refusal.get());
      out.add(new InetSocketAddress(a, port));
    }
    return out;
  }

  /** Fetches {@code url}, following redirects; HttpError with 400, 502 or 504 when it cannot. */
  Page fetch(String url) {
    long deadline = System.nanoTime() + policy.timeout().toNanos();
    URI uri = parse(url, null);
    for (int redirects = 0; ; redirects++) {
      checked(uri.getHost(), port(uri));
      long left = deadline - System.nanoTime();
      if (left <= 0) throw new HttpError(504, "fetch: timed out after " + policy.timeout().toMillis() + " ms");
      InputStreamResponseListener listener = new InputStreamResponseListener();
      client.newRequest(uri).followRedirects(false).timeout(left, TimeUnit.NANOSECONDS).send(listener);
      Response response;
      try {
        response = listener.get(left, TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        throw new HttpError(504, "fetch: timed out after " + policy.timeout().toMillis() + " ms");
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof HttpError h) throw h;
        if (cause instanceof TimeoutException) throw new HttpError(504, "fetch: timed out after " + policy.timeout().toMillis() + " ms");
        throw new HttpError(502, "fetch: " + uri.getHost() + ": " + (cause == null ? e : cause).getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new HttpError(503, "fetch interrupted");
      }
      int status = response.getStatus();
      if (status >= 300 && status < 400 && response.getHeaders().get(HttpHeader.LOCATION) != null) {
        response.abort(new IOException("redirect"));
        if (redirects >= policy.maxRedirects()) throw new HttpError(502, "fetch: more than " + policy.maxRedirects() + " redirects");
        uri = parse(response.getHeaders().get(HttpHeader.LOCATION), uri);
        continue;
      }
      if (status != 200) {
        response.abort(new IOException("status " + status));
        throw new HttpError(502, "fetch: " + uri + " answered " + status);
      }
      byte[] body = read(listener, response);
      String charset = MimeTypes.getCharsetFromContentType(response.getHeaders().get(HttpHeader.CONTENT_TYPE));
      Optional<Charset> cs = Optional.empty();
      try {
        if (charset != null) cs = Optional.of(Charset.forName(charset));
      } catch (RuntimeException e) {
        // An unknown charset name: let the extractor detect it from the page.
      }
      return new Page(uri.toString(), body, cs);
    }
  }

  private byte[] read(InputStreamResponseListener listener, Response response) {
    try (InputStream in = listener.getInputStream()) {
      byte[] body = in.readNBytes(policy.maxBytes() + 1);
      if (body.length > policy.maxBytes()) {
        response.abort(new IOException("too large"));
        throw new HttpError(502, "fetch: page larger than " + policy.maxBytes() + " bytes");
      }
      return body;
    } catch (IOException e) {
      Throwable cause = e.getCause() instanceof TimeoutException ? e.getCause() : e;
      if (cause instanceof TimeoutException) throw new HttpError(504, "fetch: timed out after " + policy.timeout().toMillis() + " ms");
      throw new HttpError(502, "fetch: " + e.getMessage());
    }
  }

  private static URI parse(String url, @Nullable URI base) {
    URI uri;
    try {
      uri = base == null ? new URI(url) : base.resolve(new URI(url));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new HttpError(400, "fetch: not a URL: " + url);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) throw new HttpError(400, "fetch: only http and https URLs, not " + url);
    if (uri.getHost() == null || uri.getRawUserInfo() != null) throw new HttpError(400, "fetch: a URL with a host and no user info, not " + url);
    return uri;
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) return uri.getPort();
    return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
  }

  @Override
  public void close() {
    try {
      client.stop();
    } catch (Exception e) {
      // Stopping an idle client: nothing left to do.
    }
  }
}
