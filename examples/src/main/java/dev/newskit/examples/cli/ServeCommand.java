package dev.newskit.examples.cli;

import dev.newskit.examples.service.NewsService;
import dev.newskit.examples.service.ServiceConfig;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newskit serve}: the HTTP service, until SIGTERM or Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve /v1/extract, /v1/clean, /v1/date/parse, /v1/date/format and /health over HTTP.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", description = "Port (0 for any free one). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on. Default: ${DEFAULT-VALUE}.")
  String bind;

  @Option(names = "--max-body", defaultValue = "5242880", paramLabel = "BYTES", description = "Largest request body. Default: ${DEFAULT-VALUE}.")
  int maxBody;

  @Override
  public Integer call() throws Exception {
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new BadInputException("--bind: unknown address " + bind);
    }
    ServiceConfig config = ServiceConfig.defaults().withBind(address).withPort(port).withMaxBodyBytes(maxBody);
    NewsService service = NewsService.start(config);
    PrintWriter err = spec.commandLine().getErr();
    err.println("newskit serving on http://" + address.getHostAddress() + ":" + service.port() + "/ (Ctrl-C to stop)");
    err.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      service.stop();
      stopped.countDown();
    }, "newskit-shutdown"));
    stopped.await();
    return ExitCodes.OK;
  }
}
