package dev.newskit.bench.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetCountsTest {

  @Test
  void countsSnippetsAfterWhitespaceNormalisation() {
    SnippetCounts c = SnippetCounts.of("Der  Text\nbeginnt hier.\u00a0Mehr lesen",
        List.of("Text beginnt", "fehlt"), List.of("Mehr lesen", "Impressum"));
    assertEquals(new SnippetCounts(1, 1, 1, 1), c);
  }

  @Test
  void sumsOverPagesThenDividesLikeTrafilatura() {
    SnippetCounts total = SnippetCounts.ZERO
        .plus(new SnippetCounts(3, 1, 0, 2))
        .plus(SnippetCounts.of("", List.of("a", "b"), List.of("c"))); // no output: 0 tp, 2 fn, 1 tn
    assertEquals(new SnippetCounts(3, 1, 2, 3), total);
    assertEquals(3 / 4.0, total.precision(), 1e-12);
    assertEquals(3 / 5.0, total.recall(), 1e-12);
    assertEquals(6 / 9.0, total.accuracy(), 1e-12);
    assertEquals(6 / 9.0, total.f1(), 1e-12);
  }
}
