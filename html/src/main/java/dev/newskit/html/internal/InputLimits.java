package dev.newskit.html.internal;

import dev.newskit.html.HtmlLimitException;
import dev.newskit.html.HtmlLimits;

/** The checks of raw input against {@link HtmlLimits} made before anything is parsed. */
public final class InputLimits {
  private InputLimits() {}

  /**
   * Throws {@link HtmlLimitException} when {@code html} is longer than {@link HtmlLimits#maxInputChars()} or
   * holds more start tags than {@link HtmlLimits#maxElements()}; one pass, no allocation.
   */
  public static void check(HtmlLimits limits, CharSequence html) {
    checkSize(limits, html.length());
    int maxElements = limits.maxElements();
    int tags = 0;
    int n = html.length();
    for (int i = 0; i + 1 < n; i++) {
      if (html.charAt(i) == '<') {
        char next = html.charAt(i + 1);
        if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z')) {
          if (++tags > maxElements) throw new HtmlLimitException("maxElements", tags, maxElements);
        }
      }
    }
  }

  /** Throws {@link HtmlLimitException} when an input of {@code length} chars or bytes exceeds the size limit. */
  public static void checkSize(HtmlLimits limits, long length) {
    if (length > limits.maxInputChars()) throw new HtmlLimitException("maxInputChars", length, limits.maxInputChars());
  }
}
