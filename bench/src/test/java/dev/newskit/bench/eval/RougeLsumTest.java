package dev.newskit.bench.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RougeLsumTest {
  private static final Punkt PUNKT = new Punkt(Set.of(), Set.of(), Set.of(), Map.of());

  @Test
  void summaryLevelUnionOfLcsCountsEachTokenOnce() {
    // gold sentences [The cat sat.] [The dog ran.], output [The cat ran.]:
    // union LCS hits: The, cat (first sentence), ran. (second; its "The" is used up) = 3.
    RougeLsum r = RougeLsum.score("The cat sat. The dog ran.", "The cat ran.", PUNKT);
    assertEquals(1.0, r.precision(), 1e-12);
    assertEquals(0.5, r.recall(), 1e-12);
    assertEquals(2 / 3.0, r.f1(), 1e-12);
  }

  @Test
  void tokensAreWhitespaceSeparatedWithCaseAndPunctuation() {
    RougeLsum r = RougeLsum.score("Hello, world", "hello world", PUNKT); // only "world" matches
    assertEquals(0.5, r.f1(), 1e-12);
    assertEquals(1.0, RougeLsum.score("a  b\n c", "a b c", PUNKT).f1(), 1e-12);
  }

  @Test
  void sentenceOrderMattersOnlyWithinSentences() {
    assertEquals(1.0, RougeLsum.score("One two. Three four.", "Three four. One two.", PUNKT).f1(), 1e-12);
    RougeLsum r = RougeLsum.score("a b c d", "d c b a", PUNKT);
    assertEquals(0.25, r.recall(), 1e-12);
  }

  @Test
  void blankGoldAndBlankOutput() {
    assertEquals(new RougeLsum(1, 1, 1), RougeLsum.score(" \n", "", PUNKT));
    assertEquals(new RougeLsum(0, 1, 0), RougeLsum.score("", "some text", PUNKT));
    assertEquals(new RougeLsum(0, 0, 0), RougeLsum.score("some text", "  ", PUNKT));
  }

  @Test
  void backtrackPrefersMovingUpOnTies() {
    BitSet positions = new BitSet();
    RougeLsum.lcsPositions(new int[] {1, 2}, new int[] {2, 1}, positions);
    assertEquals(BitSet.valueOf(new long[] {1}), positions); // position 0 ("a"), as rouge_score picks
  }

  @Test
  void summaryLevelOnTokenIds() {
    RougeLsum r = RougeLsum.summaryLevelLcs(List.of(new int[] {0, 1, 2}), List.of(new int[] {0, 2}, new int[] {1}), 3);
    assertEquals(1.0, r.precision(), 1e-12);
    assertEquals(1.0, r.recall(), 1e-12);
  }
}
