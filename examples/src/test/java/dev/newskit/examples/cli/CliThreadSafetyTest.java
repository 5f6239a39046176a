package dev.newskit.examples.cli;

import static dev.newskit.testing.SharedUse.THREADS;
import static dev.newskit.testing.SharedUse.onEveryThread;
import static dev.newskit.testing.SharedUse.sameOnEveryThread;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's types documented as thread-safe, one instance shared by 16 threads that start
 * together: {@link Log} writes every line whole and none twice, {@link OutputFiles} writes every
 * result to its own file (names are given from one thread, as its Javadoc asks), and {@link Fetcher}
 * gives every thread the same pages and the same failures from a server on loopback.
 */
class CliThreadSafetyTest {
  private static final int LINES = 300;

  @Test
  void oneLogWritesEveryLineWhole() throws Exception {
    StringWriter sink = new StringWriter();
    Log log = new Log(new PrintWriter(sink), Log.Level.NORMAL);
    AtomicInteger threadIds = new AtomicInteger();
    onEveryThread(1, () -> {
      int t = threadIds.getAndIncrement();
      for (int i = 0; i < LINES; i++) {
        String payload = ("thread " + t + " line " + i + " ").repeat(4);
        if (i % 3 == 0) log.error(payload);
        else log.info(payload);
        log.verbose("left out at the normal level " + i);
      }
      return null;
    });
    List<String> lines = sink.toString().lines().toList();
    assertEquals(THREADS * LINES, lines.size(), "no verbose line, no line lost");
    Set<String> distinct = new HashSet<>(lines);
    assertEquals(lines.size(), distinct.size(), "no line written twice");
    for (int t = 0; t < THREADS; t++) {
      for (int i = 0; i < LINES; i++) {
        String payload = ("thread " + t + " line " + i + " ").repeat(4);
        String expected = i % 3 == 0 ? "error: " + payload.strip() : payload;
        if (!distinct.contains(expected) && !distinct.contains(expected.strip())) {
          throw new AssertionError("missing or broken line: " + expected);
        }
      }
    }
  }

  @Test
  void outputFilesWrittenFromSixteenThreads(@TempDir Path dir) throws Exception {
    OutputFiles files = new OutputFiles(dir, ".json");
    List<Path> names = new ArrayList<>();
    for (int i = 0; i < THREADS * 20; i++) names.add(files.nameFor("https://news.example/story?page=" + i));
    assertEquals(THREADS * 20, new HashSet<>(names).size(), "unique names");
    AtomicInteger threadIds = new AtomicInteger();
    onEveryThread(1, () -> {
      int t = threadIds.getAndIncrement();
      for (int i = t; i < names.size(); i += THREADS) OutputFiles.write(names.get(i), "{\"n\":" + i + "}");
      return null;
    });
    for (int i = 0; i < names.size(); i++) {
      assertEquals("{\"n\":" + i + "}", Files.readString(names.get(i), StandardCharsets.UTF_8));
    }
  }

  @Test
  void oneFetcherOverLoopback() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/page/", exchange -> {
      String n = exchange.getRequestURI().getPath().substring("/page/".length());
      String agent = exchange.getRequestHeaders().getFirst("User-Agent");
      reply(exchange, 200, "text/html; charset=windows-1255", "<p>page " + n + " for " + agent + "</p>");
    });
    server.createContext("/missing", exchange -> reply(exchange, 404, "text/plain", "no"));
    server.createContext("/big", exchange -> reply(exchange, 200, "text/html", "x".repeat(5_000)));
    server.createContext("/moved", exchange -> {
      exchange.getResponseHeaders().add("Location", "/page/moved");
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    });
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
    try {
      Fetcher fetcher = new Fetcher("shared-agent/1", Duration.ofSeconds(20), 0, 4_096, new Log(new PrintWriter(new StringWriter()), Log.Level.NORMAL));
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      List<String> urls = List.of(base + "/page/1", base + "/page/2", base + "/missing", base + "/big", base + "/moved",
          base + "/page/3");
      List<String> alone = sameOnEveryThread(3, () -> fetchAll(fetcher, urls));
      assertEquals(List.of(base + "/page/1 windows-1255 <p>page 1 for shared-agent/1</p>", base + "/missing: cannot fetch: HTTP 404",
          base + "/big: page exceeds maxInputChars: 5000 > 4096", base + "/page/moved windows-1255 <p>page moved for shared-agent/1</p>"),
          List.of(alone.get(0), alone.get(2), alone.get(3), alone.get(4)));
    } finally {
      server.stop(0);
      ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
  }

  private static List<String> fetchAll(Fetcher fetcher, List<String> urls) {
    List<String> out = new ArrayList<>();
    for (String url : urls) {
      try {
        Inputs.Page page = fetcher.fetch(url);
        out.add(page.url().orElseThrow() + " " + page.charset().map(Charset::name).orElse("-") + " "
            + new String(page.bytes(), StandardCharsets.ISO_8859_1));
      } catch (BadInputException e) {
        out.add(e.getMessage());
      }
    }
    return out;
  }

  private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
