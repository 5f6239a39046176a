package dev.newskit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** URL inputs against a server on loopback: what a failed fetch says, retries, User-Agent, timeout. */
class FetchCliTest {
  private static final String PAGE = "<html><body><article><h1>Fetched</h1><p>A paragraph long enough to be the body of "
      + "an article fetched over HTTP from a local server.</p></article></body></html>";

  private HttpServer server;
  private final List<String> agents = new CopyOnWriteArrayList<>();
  private final AtomicInteger flaky = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/page", exchange -> {
      agents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
      send(exchange, 200, PAGE);
    });
    server.createContext("/missing", exchange -> send(exchange, 404, "no"));
    server.createContext("/flaky", exchange -> send(exchange, flaky.getAndIncrement() == 0 ? 503 : 200, PAGE));
    server.createContext("/slow", exchange -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      send(exchange, 200, PAGE);
    });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static void send(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Test
  void fetchesWithTheGivenUserAgent() {
    CliRunner.Result r = CliRunner.run("extract", "--format", "text", "--user-agent", "newsroom-bot/2", url("/page"));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("Fetched"), r.out());
    assertEquals(List.of("newsroom-bot/2"), agents);
  }

  @Test
  void anHttpErrorStatusIsNamed() {
    CliRunner.Result r = CliRunner.run("extract", url("/missing"));
    assertEquals(2, r.code());
    assertEquals("error: " + url("/missing") + ": cannot fetch: HTTP 404", r.err().strip());
  }

  @Test
  void aRefusedConnectionIsNamedNotNull() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    String closed = "http://127.0.0.1:" + port + "/x";
    CliRunner.Result r = CliRunner.run("extract", "--retries", "0", closed);
    assertEquals(2, r.code());
    assertEquals("error: " + closed + ": cannot fetch: connection refused by 127.0.0.1:" + port, r.err().strip());
  }

  @Test
  void aTimeoutIsNamedWithItsLength() {
    CliRunner.Result r = CliRunner.run("extract", "--retries", "0", "--timeout", "0.5", url("/slow"));
    assertEquals(2, r.code());
    assertEquals("error: " + url("/slow") + ": cannot fetch: no response from 127.0.0.1 within 500 ms", r.err().strip());
  }

  @Test
  void aServerErrorIsRetried() {
    CliRunner.Result r = CliRunner.run("extract", "--format", "text", "--retries", "1", "--verbose", url("/flaky"));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("Fetched"), r.out());
    assertEquals(2, flaky.get());
    assertTrue(r.err().contains(url("/flaky") + ": HTTP 503; retrying (1 of 1)"), r.err());
    flaky.set(0);
    r = CliRunner.run("extract", "--retries", "0", url("/flaky"));
    assertEquals("error: " + url("/flaky") + ": cannot fetch: HTTP 503", r.err().strip());
  }

  @Test
  void anUnknownHostIsNamed() {
    // Resolving a name would leave this machine; the exception the JDK's client throws for it is built here.
    Fetcher fetcher = new Fetcher("t", Duration.ofSeconds(3), 0, 1024, new Log(new java.io.PrintWriter(java.io.Writer.nullWriter()), Log.Level.QUIET));
    ConnectException e = new ConnectException();
    e.initCause(new UnresolvedAddressException());
    assertEquals("cannot resolve host news.invalid", fetcher.describe(e, URI.create("https://news.invalid/a")));
  }
}
