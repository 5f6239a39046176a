package dev.newskit.bench.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Token-level precision, recall and F1 of an extracted text against the expected one, as the
 * article-extraction-benchmark (ScrapingHub) defines them: both texts are lower-cased and split into
 * word tokens; the overlap is the multiset intersection of the two bags of tokens.
 *
 * @param precision share of extracted tokens that are expected
 * @param recall share of expected tokens that were extracted
 */
public record TokenScore(double precision, double recall) {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

  /** The harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /** Scores {@code extracted} against {@code expected}. Two empty texts score 1. */
  public static TokenScore of(String extracted, String expected) {
    Map<String, Integer> got = bag(extracted);
    Map<String, Integer> want = bag(expected);
    int gotTotal = got.values().stream().mapToInt(Integer::intValue).sum();
    int wantTotal = want.values().stream().mapToInt(Integer::intValue).sum();
    if (gotTotal == 0 && wantTotal == 0) return new TokenScore(1, 1);
    int overlap = 0;
    for (Map.Entry<String, Integer> e : got.entrySet()) overlap += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
    return new TokenScore(gotTotal == 0 ? 0 : overlap / (double) gotTotal, wantTotal == 0 ? 0 : overlap / (double) wantTotal);
  }

  static Map<String, Integer> bag(String text) {
    Map<String, Integer> bag = new HashMap<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) bag.merge(m.group(), 1, Integer::sum);
    return bag;
  }
}
