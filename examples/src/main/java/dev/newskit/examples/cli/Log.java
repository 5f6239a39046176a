package dev.newskit.examples.cli;

import java.io.PrintWriter;

/**
 * What a command says on standard error, by level: {@code --quiet} keeps only errors, {@code
 * --verbose} adds what it is doing (retries, each input done). Every line is made safe for a terminal
 * first. Thread-safe.
 */
final class Log {
  enum Level { QUIET, NORMAL, VERBOSE }

  private final PrintWriter err;
  private final Level level;

  Log(PrintWriter err, Level level) {
    this.err = err;
    this.level = level;
  }

  static Level level(boolean quiet, boolean verbose) {
    if (quiet && verbose) throw new BadInputException("--quiet and --verbose cannot be given together");
    return quiet ? Level.QUIET : verbose ? Level.VERBOSE : Level.NORMAL;
  }

  Level level() {
    return level;
  }

  synchronized void error(String message) {
    err.println("error: " + TerminalText.strip(Main.oneLine(message)));
    err.flush();
  }

  synchronized void info(String message) {
    if (level == Level.QUIET) return;
    err.println(TerminalText.strip(message));
    err.flush();
  }

  synchronized void verbose(String message) {
    if (level != Level.VERBOSE) return;
    err.println(TerminalText.strip(message));
    err.flush();
  }
}
