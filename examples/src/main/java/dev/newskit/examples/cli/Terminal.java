package dev.newskit.examples.cli;

import java.io.IOException;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * Whether this process's standard error is a terminal, and how wide, as JLine's terminal detection
 * decides. Only standard error counts: standard output may go to a file or a pipe while the progress
 * line still belongs on the screen, and {@code System.console()} is null exactly then.
 */
final class Terminal {
  private Terminal() {}

  /** The width of the terminal on standard error, or empty when standard error is not a terminal. */
  static java.util.OptionalInt stderrWidth() {
    try {
      TerminalProvider provider = TerminalProvider.load("exec");
      if (!provider.isSystemStream(SystemStream.Error)) return java.util.OptionalInt.empty();
      int width = provider.systemStreamWidth(SystemStream.Error);
      return java.util.OptionalInt.of(width > 0 ? width : 80);
    } catch (IOException | RuntimeException | LinkageError e) {
      return java.util.OptionalInt.empty(); // no way to tell: no progress line, never a wrong one
    }
  }
}
