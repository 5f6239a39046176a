package dev.newskit.bench.eval;

import dev.newskit.core.ArticleJson;
import dev.newskit.html.ArticleExtractor;
import dev.newskit.html.ExtractedPage;
import dev.newskit.html.PageInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Writes what newskit extracts from every page of the corpus (every set, {@code source.html} and
 * {@code source.html.gz}) as one JSON file per page, so that two builds can be compared with {@code diff -r}:
 * a refactoring must leave every file unchanged. Each page is given the same URL and reference instant,
 * whatever its set, and its body HTML is kept too.
 *
 * <p>Arguments: the output folder (created), then optionally the corpus folder (default: found as the
 * evaluation finds it). Run from the repository root:
 * {@code java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" dev.newskit.bench.eval.CorpusSnapshot /tmp/snap}.
 */
public final class CorpusSnapshot {
  static final String URL = "http://fakehost/test/page.html";
  static final Instant REFERENCE = Instant.parse("2026-04-10T09:00:00Z");

  private CorpusSnapshot() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) throw new IllegalArgumentException("usage: CorpusSnapshot <output folder> [corpus folder]");
    Path out = Path.of(args[0]);
    Path corpus = args.length > 1 ? Path.of(args[1])
        : Corpus.locate().orElseThrow(() -> new IllegalStateException("no ../shared/corpus found"));
    Files.createDirectories(out);
    ArticleExtractor extractor = ArticleExtractor.create();
    List<Path> pages;
    try (Stream<Path> files = Files.walk(corpus)) {
      pages = files.filter(p -> {
        String name = p.getFileName().toString();
        return name.equals("source.html") || name.equals("source.html.gz");
      }).sorted().toList();
    }
    int failed = 0;
    for (Path page : pages) {
      String name = corpus.relativize(page.getParent()).toString().replace('/', '_') + ".json";
      String json;
      try {
        ExtractedPage result = extractor.extractPage(
            PageInput.of(read(page)).withUrl(URL).withReferenceInstant(REFERENCE).withBodyHtml(true));
        json = ArticleJson.writePretty(result.article()) + "\n--- body html ---\n" + result.bodyHtml() + "\n";
      } catch (RuntimeException e) {
        failed++;
        json = "error: " + e.getClass().getName() + ": " + e.getMessage() + "\n";
      }
      Files.writeString(out.resolve(name), json, StandardCharsets.UTF_8);
    }
    System.out.println(pages.size() + " pages written to " + out + " (" + failed + " refused or failed)");
  }

  private static byte[] read(Path page) throws IOException {
    if (!page.getFileName().toString().endsWith(".gz")) return Files.readAllBytes(page);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
      return in.readAllBytes();
    }
  }
}
