package dev.newskit.bench.eval;

import dev.newskit.core.ArticleJson;
import dev.newskit.html.ArticleExtractor;
import dev.newskit.html.safety.CleaningPolicy;
import dev.newskit.html.safety.HtmlCleaner;
import dev.newskit.i18n.HebrewDateFormatter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One extractor, one cleaner and one formatter shared by 16 threads over the whole corpus give
 * byte-identical results to a single-threaded run (each thread in its own shuffled order).
 */
class SharedInstancesTest {

  @Test
  void sixteenThreadsGiveTheSameBytesAsOne() throws Exception {
    Optional<Path> corpus = Corpus.locate();
    assumeTrue(corpus.isPresent(), "../shared/corpus is absent: concurrency test over the corpus skipped");
    List<String> pages = new ArrayList<>();
    for (CorpusCase c : Corpus.load(corpus.get())) pages.add(Files.readString(c.source(), StandardCharsets.UTF_8));

    ArticleExtractor extractor = ArticleExtractor.create();
    HtmlCleaner cleaner = HtmlCleaner.of(CleaningPolicy.ARTICLE);
    HebrewDateFormatter formatter = HebrewDateFormatter.HEBREW_DATE_FULL;
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) expected.add(work(extractor, cleaner, formatter, pages.get(i), i));

    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<String[]>> runs = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        long seed = t;
        runs.add(pool.submit(() -> {
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < pages.size(); i++) order.add(i);
          Collections.shuffle(order, new Random(seed));
          String[] out = new String[pages.size()];
          for (int i : order) out[i] = work(extractor, cleaner, formatter, pages.get(i), i);
          return out;
        }));
      }
      for (Future<String[]> run : runs) assertEquals(expected, List.of(run.get()));
    } finally {
      pool.shutdownNow();
    }
  }

  private static String work(ArticleExtractor extractor, HtmlCleaner cleaner, HebrewDateFormatter formatter, String page, int i) {
    return ArticleJson.write(extractor.extract(page, "https://example.com/" + i))
        + "\n" + cleaner.clean(page, "https://example.com/" + i)
        + "\n" + formatter.format(Instant.ofEpochSecond(1_700_000_000L + i * 86_400L));
  }
}
