package dev.newskit.examples.cli;

import java.io.InputStream;
import picocli.CommandLine.Command;

/** The top-level {@code newskit} command; its subcommands do the work. */
@Command(
    name = "newskit",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Extract, clean and date news content.",
    subcommands = {ExtractCommand.class, InspectCommand.class, CleanCommand.class, DateCommand.class, ServeCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 internal failure, 2 bad input, 3 some inputs of a batch failed."})
final class NewskitCommand implements Runnable {
  private final InputStream stdin;

  NewskitCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  InputStream stdin() {
    return stdin;
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        new picocli.CommandLine(this), "missing command: try 'newskit --help'");
  }
}
