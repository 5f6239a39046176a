package dev.newskit.bench.eval;

import java.util.List;
import java.util.regex.Pattern;

/**
 * trafilatura's snippet metric ({@code tests/eval_common.py}): the text and each snippet are
 * whitespace-normalised; a must-contain snippet found is a true positive, missing a false negative; a
 * must-not-contain snippet found is a false positive, missing a true negative. Counts add up over pages.
 */
record SnippetCounts(int tp, int fp, int fn, int tn) {
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\x1c-\\x1f]+", Pattern.UNICODE_CHARACTER_CLASS);
  static final SnippetCounts ZERO = new SnippetCounts(0, 0, 0, 0);

  static SnippetCounts of(String text, List<String> mustContain, List<String> mustNotContain) {
    String t = collapse(text);
    int tp = 0;
    int fp = 0;
    for (String s : mustContain) if (t.contains(collapse(s))) tp++;
    for (String s : mustNotContain) if (t.contains(collapse(s))) fp++;
    return new SnippetCounts(tp, fp, mustContain.size() - tp, mustNotContain.size() - fp);
  }

  /** Runs of whitespace to one space, stripped. */
  static String collapse(String s) {
    return Punkt.pythonStrip(WHITESPACE.matcher(s).replaceAll(" "));
  }

  SnippetCounts plus(SnippetCounts o) {
    return new SnippetCounts(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
  }

  double precision() {
    return ratio(tp, tp + fp);
  }

  double recall() {
    return ratio(tp, tp + fn);
  }

  double accuracy() {
    return ratio(tp + tn, tp + tn + fp + fn);
  }

  double f1() {
    return ratio(2 * tp, 2 * tp + fp + fn);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? Double.NaN : a / (double) b;
  }
}
