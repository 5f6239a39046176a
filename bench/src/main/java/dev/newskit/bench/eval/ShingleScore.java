package dev.newskit.bench.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page's shingle overlap as the ScrapingHub article-extraction-benchmark's {@code evaluate.py}
 * computes it: tokens are runs of word characters (case kept), shingles are word 4-grams counted as a
 * multiset (a text of fewer than 4 tokens gives one shorter shingle, an empty text none), and the
 * page's true positives, false positives and false negatives are divided by their sum, so that every
 * page weighs the same. {@link #aggregate} averages them into the set's figures.
 *
 * @param tp shingles both in the output and in the gold, as a share of all shingles counted
 * @param fp shingles only in the output, as a share
 * @param fn shingles only in the gold, as a share
 */
record ShingleScore(double tp, double fp, double fn) {
  /** Python's {@code \w} on str: letters, numbers and the underscore (no combining marks, unlike Java's). */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final int N = 4;

  /** A set's figures: precision and recall averaged over pages, F1 their harmonic mean. */
  record Summary(double precision, double recall, double f1, int precisionPages, int recallPages) {}

  static ShingleScore of(String extracted, String gold) {
    Map<List<String>, Integer> want = shingles(gold);
    Map<List<String>, Integer> got = shingles(extracted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<List<String>, Integer> e : got.entrySet()) {
      int w = want.getOrDefault(e.getKey(), 0);
      tp += Math.min(w, e.getValue());
      fp += Math.max(0, e.getValue() - w);
    }
    for (Map.Entry<List<String>, Integer> e : want.entrySet()) {
      fn += Math.max(0, e.getValue() - got.getOrDefault(e.getKey(), 0));
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new ShingleScore(tp / sum, fp / sum, fn / sum) : new ShingleScore(0, 0, 0);
  }

  /** {@code precision_score} of evaluate.py. */
  double precision() {
    if (fp == 0 && fn == 0) return 1;
    if (tp == 0 && fp == 0) return 0;
    return tp / (tp + fp);
  }

  /** {@code recall_score} of evaluate.py. */
  double recall() {
    if (fp == 0 && fn == 0) return 1;
    if (tp == 0 && fn == 0) return 0;
    return tp / (tp + fn);
  }

  /** This page's own F1 (for finding bad pages; the set's F1 is not a mean of these). */
  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /**
   * {@code metrics_from_tp_fp_fns}: precision averaged over pages whose output has shingles, recall over
   * pages whose gold has shingles, F1 the harmonic mean of the two averages. NaN when no page counts.
   */
  static Summary aggregate(List<ShingleScore> pages) {
    double p = 0;
    double r = 0;
    int pn = 0;
    int rn = 0;
    for (ShingleScore s : pages) {
      if (s.tp + s.fp > 0) {
        p += s.precision();
        pn++;
      }
      if (s.tp + s.fn > 0) {
        r += s.recall();
        rn++;
      }
    }
    double precision = pn == 0 ? Double.NaN : p / pn;
    double recall = rn == 0 ? Double.NaN : r / rn;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Summary(precision, recall, f1, pn, rn);
  }

  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) tokens.add(m.group());
    Map<List<String>, Integer> out = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
      if (!shingle.isEmpty()) out.merge(List.copyOf(shingle), 1, Integer::sum);
    }
    return out;
  }
}
