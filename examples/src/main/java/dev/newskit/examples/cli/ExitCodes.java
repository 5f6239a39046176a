package dev.newskit.examples.cli;

/** The exit codes every command uses. */
final class ExitCodes {
  static final int OK = 0;
  static final int INTERNAL = 1;
  static final int BAD_INPUT = 2;
  static final int SOME_FAILED = 3;

  private ExitCodes() {}
}
