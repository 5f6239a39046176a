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

  /** How many pages {@link #mix()} holds: the pages one benchmark operation covers. */
  static final int MIX = 80;

  /**
   * A fixed sample of {@link #MIX} pages spread evenly over {@link #load()}'s sorted list, so that every
   * corpus set has its share; repeated round robin when there are fewer pages. Each operation over it does
   * the same work, so that iterations measure the page mix, not which pages they happened to get.
   */
  static List<String> mix() {
    List<String> all = load();
    List<String> mix = new ArrayList<>(MIX);
    for (int i = 0; i < MIX; i++) {
      mix.add(all.get(all.size() >= MIX ? (int) ((long) i * all.size() / MIX) : i % all.size()));
    }
    return List.copyOf(mix);
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
