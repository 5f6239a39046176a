package dev.newskit.bench.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {

  @Test
  void wordFourGramsAsAMultisetCaseKept() {
    // gold: a b c d e -> (a b c d), (b c d e); output: a b c d x -> (a b c d), (b c d x)
    ShingleScore s = ShingleScore.of("a b c d x", "a b c d e");
    assertEquals(1 / 3.0, s.tp(), 1e-12);
    assertEquals(1 / 3.0, s.fp(), 1e-12);
    assertEquals(1 / 3.0, s.fn(), 1e-12);
    assertEquals(0.5, s.precision(), 1e-12);
    assertEquals(0.5, s.recall(), 1e-12);
    // Case counts: "The" is not "the".
    assertEquals(0.0, ShingleScore.of("The cat sat down", "the cat sat down").precision(), 1e-12);
  }

  @Test
  void repeatedShinglesCountAsOftenAsTheyOccur() {
    Map<List<String>, Integer> s = ShingleScore.shingles("a b c d a b c d");
    assertEquals(2, s.get(List.of("a", "b", "c", "d")));
    assertEquals(5, s.values().stream().mapToInt(Integer::intValue).sum());
  }

  @Test
  void shortTextsGiveOneShorterShingleAndEmptyTextsNone() {
    assertEquals(Map.of(List.of("one", "two"), 1), ShingleScore.shingles("one, two!"));
    assertTrue(ShingleScore.shingles(" ,. ").isEmpty());
  }

  @Test
  void tokensArePythonWordRuns() {
    // Python's \w: letters, digits, underscore; no combining marks, and punctuation splits.
    assertEquals(Map.of(List.of("état", "l_x", "2024", "don"), 1, List.of("l_x", "2024", "don", "t"), 1),
        ShingleScore.shingles("état l_x 2024 don't"));
    assertEquals(Map.of(List.of("e", "x"), 1), ShingleScore.shingles("e\u0301x"));
  }

  @Test
  void aggregateAveragesPerPageAndLeavesEmptySidesOut() {
    List<ShingleScore> pages = List.of(
        ShingleScore.of("a b c d x", "a b c d e"), // P 0.5, R 0.5
        ShingleScore.of("", "a b c d"), // empty output: out of precision, recall 0
        ShingleScore.of("", ""), // both empty: in neither average
        ShingleScore.of("a b c d", "")); // empty gold: precision 0, out of recall
    ShingleScore.Summary s = ShingleScore.aggregate(pages);
    assertEquals(2, s.precisionPages());
    assertEquals(2, s.recallPages());
    assertEquals((0.5 + 0) / 2, s.precision(), 1e-12);
    assertEquals((0.5 + 0) / 2, s.recall(), 1e-12);
    assertEquals(0.25, s.f1(), 1e-12);
  }

  @Test
  void normalisationGivesEveryPageTheSameWeight() {
    String longGold = "w ".repeat(1000) + "a b c d";
    ShingleScore longPage = ShingleScore.of(longGold, longGold);
    ShingleScore shortPage = ShingleScore.of("x y z q", "a b c d");
    ShingleScore.Summary s = ShingleScore.aggregate(List.of(longPage, shortPage));
    assertEquals(0.5, s.precision(), 1e-12);
    assertEquals(0.5, s.recall(), 1e-12);
  }
}
