package dev.newskit.examples.service;

/** A request the service refuses, with the status and a message for the JSON error body. */
final class HttpError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;

  HttpError(int status, String message) {
    super(message);
    this.status = status;
  }
}
