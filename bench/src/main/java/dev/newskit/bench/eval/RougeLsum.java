package dev.newskit.bench.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * ROUGE-LSum of an extracted text against the gold text, as the Web Content Extraction Benchmark
 * computes it ({@code rouge_score} 0.1.2, {@code rougeLsum}, {@code split_summaries=True}, whitespace
 * tokens): both texts are split into sentences by Punkt, each sentence into whitespace-separated tokens
 * (case and punctuation kept); for every gold sentence the union of its LCS positions with each output
 * sentence counts as hits, each token at most as often as it occurs on both sides. P = hits / output
 * tokens, R = hits / gold tokens. A blank gold gives R = 1 (and P = R = F1 = 1 when the output is blank
 * too).
 *
 * @param precision share of output tokens that are hits
 * @param recall share of gold tokens that are hits
 * @param f1 the harmonic mean of the two; 0 when both are 0
 */
record RougeLsum(double precision, double recall, double f1) {
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\x1c-\\x1f]+", Pattern.UNICODE_CHARACTER_CLASS);

  static RougeLsum score(String gold, String output, Punkt punkt) {
    boolean goldBlank = Punkt.pythonStrip(gold).isEmpty();
    boolean outputBlank = Punkt.pythonStrip(output).isEmpty();
    if (goldBlank) return outputBlank ? new RougeLsum(1, 1, 1) : new RougeLsum(0, 1, 0);
    Map<String, Integer> ids = new HashMap<>();
    List<int[]> ref = sentences(gold, punkt, ids);
    List<int[]> can = sentences(output, punkt, ids);
    return summaryLevelLcs(ref, can, ids.size());
  }

  private static List<int[]> sentences(String text, Punkt punkt, Map<String, Integer> ids) {
    List<int[]> out = new ArrayList<>();
    for (String sentence : punkt.split(text)) {
      if (sentence.isEmpty()) continue;
      String[] tokens = WHITESPACE.split(Punkt.pythonStrip(sentence), -1);
      int[] coded = new int[tokens.length];
      for (int i = 0; i < tokens.length; i++) coded[i] = ids.computeIfAbsent(tokens[i], k -> ids.size());
      out.add(coded);
    }
    return out;
  }

  /** {@code _summary_level_lcs} of rouge_score, on sentences of token ids below {@code vocabulary}. */
  static RougeLsum summaryLevelLcs(List<int[]> ref, List<int[]> can, int vocabulary) {
    if (ref.isEmpty() || can.isEmpty()) return new RougeLsum(0, 0, 0);
    int m = ref.stream().mapToInt(s -> s.length).sum();
    int n = can.stream().mapToInt(s -> s.length).sum();
    if (m == 0 || n == 0) return new RougeLsum(0, 0, 0);
    int[] countsRef = new int[vocabulary];
    int[] countsCan = new int[vocabulary];
    for (int[] s : ref) for (int t : s) countsRef[t]++;
    for (int[] s : can) for (int t : s) countsCan[t]++;
    int hits = 0;
    for (int[] r : ref) {
      BitSet union = new BitSet(r.length);
      for (int[] c : can) lcsPositions(r, c, union);
      for (int i = union.nextSetBit(0); i >= 0; i = union.nextSetBit(i + 1)) {
        int t = r[i];
        if (countsCan[t] > 0 && countsRef[t] > 0) {
          hits++;
          countsCan[t]--;
          countsRef[t]--;
        }
      }
    }
    double recall = hits / (double) m;
    double precision = hits / (double) n;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new RougeLsum(precision, recall, f1);
  }

  /** Adds to {@code into} the positions in {@code ref} of one LCS with {@code can}, chosen as rouge_score's backtrack does. */
  static void lcsPositions(int[] ref, int[] can, BitSet into) {
    int rows = ref.length;
    int cols = can.length;
    if (rows == 0 || cols == 0) return;
    int width = cols + 1;
    int[] table = new int[(rows + 1) * width];
    for (int i = 1; i <= rows; i++) {
      for (int j = 1; j <= cols; j++) {
        table[i * width + j] = ref[i - 1] == can[j - 1]
            ? table[(i - 1) * width + j - 1] + 1
            : Math.max(table[(i - 1) * width + j], table[i * width + j - 1]);
      }
    }
    int i = rows;
    int j = cols;
    while (i > 0 && j > 0) {
      if (ref[i - 1] == can[j - 1]) {
        into.set(i - 1);
        i--;
        j--;
      } else if (table[i * width + j - 1] > table[(i - 1) * width + j]) {
        j--;
      } else {
        i--;
      }
    }
  }
}
