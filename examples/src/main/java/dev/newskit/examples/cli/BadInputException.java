package dev.newskit.examples.cli;

/** Input the user gave cannot be used; the CLI prints the message as one {@code error:} line and exits 2. */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }

  BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
