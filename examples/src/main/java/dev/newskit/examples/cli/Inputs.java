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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Reads the inputs commands accept: a file, an http(s) URL, {@code -} for standard input, or a WARC
 * file ({@code .warc}, {@code .warc.gz}), which stands for every HTML page in it.
 */
final class Inputs {
  private Inputs() {}

  /** The bytes of one input, with the charset its source declared (an HTTP header), if any. */
  record Page(String source, byte[] bytes, Optional<Charset> charset, Optional<String> url) {}

  /** One page to process: its name in output and errors, and how to read it (on a worker thread). */
  record Source(String name, Supplier<Page> reader) {
    Page read() {
      return reader.get();
    }
  }

  /**
   * The inputs with directories replaced by the {@code .html}, {@code .htm}, {@code .warc} and {@code
   * .warc.gz} files under them, sorted, so that a batch runs in a stable order.
   */
  static List<String> expand(List<String> inputs) {
    List<String> out = new ArrayList<>();
    for (String input : inputs) {
      Path path = input.equals("-") || isUrl(input) ? null : Path.of(input);
      if (path != null && Files.isDirectory(path)) {
        try (Stream<Path> files = Files.walk(path)) {
          files.filter(Files::isRegularFile)
              .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(html?|warc|warc\\.gz)"))
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

  static boolean isWarc(String input) {
    String lower = input.toLowerCase(Locale.ROOT);
    return !isUrl(input) && (lower.endsWith(".warc") || lower.endsWith(".warc.gz"));
  }

  static Page read(String source, InputStream stdin) {
    if (source.equals("-")) {
      try {
        return new Page(source, stdin.readAllBytes(), Optional.empty(), Optional.empty());
      } catch (IOException e) {
        throw new BadInputException("-: cannot read standard input: " + e.getMessage(), e);
      }
    }
    if (isUrl(source)) return fetch(source);
    Path path = Path.of(source);
    try {
      return new Page(source, Files.readAllBytes(path), Optional.empty(), Optional.empty());
    } catch (NoSuchFileException e) {
      throw new BadInputException(source + ": no such file");
    } catch (IOException e) {
      throw new BadInputException(source + ": cannot read: " + e.getMessage(), e);
    }
  }

  static boolean isUrl(String input) {
    return input.matches("(?i)https?://.+");
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
      if (p.regionMatches(true, 0, "charset=", 0, 8)) return charsetNamed(p.substring(8).replace("\"", "").strip());
    }
    return Optional.empty();
  }

  static Optional<Charset> charsetNamed(String label) {
    try {
      return Optional.of(Charset.forName(label));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
