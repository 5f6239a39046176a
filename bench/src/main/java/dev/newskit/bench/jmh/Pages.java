package dev.newskit.bench.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The pages benchmarks run on: every source page of {@code ../shared/corpus} when it is there, else
 * the sample page shipped in {@code examples/samples}.
 */
final class Pages {
  private Pages() {}

  /** The pages round robin, so that one benchmark operation is one page and the score is pages per second. */
  static final class Cycle {
    private final List<String> pages;
    private int next;

    Cycle(List<String> pages) {
      this.pages = pages;
    }

    String next() {
      String p = pages.get(next);
      next = (next + 1) % pages.size();
      return p;
    }
  }

  static List<String> load() {
    List<String> pages = new ArrayList<>();
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path corpus = dir.resolve("../shared/corpus").normalize();
      if (Files.isDirectory(corpus)) {
        try (Stream<Path> files = Files.walk(corpus)) {
          for (Path p : files.filter(f -> f.getFileName().toString().equals("source.html")).sorted().toList()) {
            pages.add(Files.readString(p, StandardCharsets.UTF_8));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return pages;
      }
    }
    try (InputStream in = Pages.class.getResourceAsStream("/dev/newskit/bench/sample.html")) {
      if (in != null) pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages;
  }
}
