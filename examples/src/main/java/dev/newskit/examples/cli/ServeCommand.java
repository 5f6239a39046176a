package dev.newskit.examples.cli;

import dev.newskit.examples.service.FetchPolicy;
import dev.newskit.examples.service.NewsService;
import dev.newskit.examples.service.ServiceConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newskit serve}: the HTTP service, until SIGTERM or Ctrl-C, which drain it. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    // The first line is the summary 'newskit --help' lists: a sentence of its own.
    description = {"Serve newskit over HTTP (Jetty).",
        "Endpoints: /v1/extract, /v1/clean, /v1/date/parse, /v1/date/format, /v1/batch, /v1/inspect, /inspect,",
        "/health, /ready, /version, /metrics and /openapi.json. SIGTERM drains: /ready turns 503, new work gets 503,",
        "requests in flight finish within --drain seconds."})
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", description = "Port (0 for any free one). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on. Default: ${DEFAULT-VALUE}.")
  String bind;

  @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body (413 beyond). Default: 5242880.")
  @Nullable Integer maxBody;

  @Option(names = "--workers", paramLabel = "N", description = "Extraction threads. Default: one per core, at least 2.")
  @Nullable Integer workers;

  @Option(names = "--queue", paramLabel = "N", description = "Requests that may wait for a worker (503 beyond). Default: 64 per worker.")
  @Nullable Integer queue;

  @Option(names = "--read-timeout", paramLabel = "SECONDS", description = "Time a client has to send a request body (408 beyond). Default: 10. "
      + "The time to send the headers is not bounded: see the README.")
  @Nullable Double readTimeout;

  @Option(names = "--drain", paramLabel = "SECONDS", description = "Time requests in flight get to finish on SIGTERM. Default: 20.")
  @Nullable Double drain;

  @Option(names = "--allow-fetch", description = "Allow GET /v1/extract?fetch=URL (public addresses only). Default: off.")
  boolean allowFetch;

  @Option(names = "--user-agent", paramLabel = "TEXT", description = "User-Agent sent by ?fetch=. Default: newskit.")
  @Nullable String userAgent;

  @Override
  public Integer call() throws Exception {
    ServiceConfig config = config();
    NewsService service;
    try {
      service = NewsService.start(config);
    } catch (IOException e) {
      throw new BadInputException(e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println("newskit serving on http://" + config.bind().getHostAddress() + ":" + service.port() + "/ (Ctrl-C to stop)");
    err.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      service.drain();
      stopped.countDown();
    }, "newskit-shutdown"));
    stopped.await();
    return ExitCodes.OK;
  }

  private ServiceConfig config() {
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new BadInputException("--bind: unknown address " + bind);
    }
    ServiceConfig.Builder b = ServiceConfig.builder().bind(address);
    flag("--port", () -> b.port(port));
    if (maxBody != null) flag("--max-body", () -> b.maxBodyBytes(maxBody));
    if (workers != null) flag("--workers", () -> b.workers(workers));
    if (queue != null) flag("--queue", () -> b.queue(queue));
    else if (workers != null) flag("--workers", () -> b.queue(64 * workers));
    if (readTimeout != null) flag("--read-timeout", () -> b.readTimeout(seconds(readTimeout)));
    if (drain != null) flag("--drain", () -> b.drain(seconds(drain)));
    if (allowFetch) {
      FetchPolicy fetch = FetchPolicy.on();
      flag("--user-agent", () -> b.fetch(userAgent == null ? fetch : fetch.withUserAgent(userAgent)));
    }
    return b.build();
  }

  /** Applies one flag's value, a refusal of it named by the flag: {@code error: --workers: ...}. */
  private static void flag(String name, Runnable apply) {
    try {
      apply.run();
    } catch (IllegalArgumentException e) {
      throw new BadInputException(name + ": " + e.getMessage());
    }
  }

  private static Duration seconds(double s) {
    if (!(s >= 0) || s > 86_400) throw new IllegalArgumentException("a time must be 0 to 86400 seconds, not " + s);
    return Duration.ofMillis(Math.round(s * 1000));
  }
}
