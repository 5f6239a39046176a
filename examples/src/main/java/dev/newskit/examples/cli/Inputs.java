package dev.newskit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Reads the inputs commands accept: a file, an http(s) URL, or {@code -} for standard input. */
final class Inputs {
  private Inputs() {}

  /** The bytes of one input, with the charset its source declared (an HTTP header), if any. */
  record Page(String source, byte[] bytes, Optional<Charset> charset, Optional<String> url) {}

  /**
   * The inputs with directories replaced by the {@code .html} and {@code .htm} files under them,
   * sorted, so that a batch runs in a stable order.
   */
  static java.util.List<String> expand(java.util.List<String> inputs) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String input : inputs) {
      Path path = input.equals("-") || input.matches("(?i)https?://.+") ? null : Path.of(input);
      if (path != null && Files.isDirectory(path)) {
        try (java.util.stream.Stream<Path> files = Files.walk(path)) {
          files.filter(Files::isRegularFile)
              .filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).matches(".*\\.html?"))
              .sorted()
              .forEach(f -> out.add(f.toString()));
        } catch (IOException e) {
          throw new BadInputException(input + ": cannot list directory: " + e.getMessage(), e);
        }
      } else {
        out.add(input);
      }
    }
    if (out.isEmpty()) throw new BadInputException("no input pages found in " + inputs);
    return out;
  }

  static Page read(String source, InputStream stdin) {
    if (source.equals("-")) {
      try {
        return new Page(source, stdin.readAllBytes(), Optional.empty(), Optional.empty());
      } catch (IOException e) {
        throw new BadInputException("-: cannot read standard input: " + e.getMessage(), e);
      }
    }
    if (source.matches("(?i)https?://.+")) return fetch(source);
    Path path = Path.of(source);
    try {
      return new Page(source, Files.readAllBytes(path), Optional.empty(), Optional.empty());
    } catch (NoSuchFileException e) {
      throw new BadInputException(source + ": no such file");
    } catch (IOException e) {
      throw new BadInputException(source + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static Page fetch(String url) {
    HttpClient client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(url))
          .timeout(Duration.ofSeconds(30))
          .header("User-Agent", "newskit")
          .GET().build();
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() >= 400) throw new BadInputException(url + ": HTTP " + response.statusCode());
      Optional<Charset> charset = response.headers().firstValue("content-type").flatMap(Inputs::charsetOf);
      return new Page(url, response.body(), charset, Optional.of(response.uri().toString()));
    } catch (IOException e) {
      throw new BadInputException(url + ": cannot fetch: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadInputException(url + ": interrupted", e);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(url + ": not a valid URL", e);
    }
  }

  static Optional<Charset> charsetOf(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        try {
          return Optional.of(Charset.forName(p.substring(8).replace("\"", "").strip()));
        } catch (RuntimeException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }
}
