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
    // A counted tag is a '<' with a letter after it, so two of them stand at least two characters apart: a text
    // of n characters holds at most n / 2, and one that cannot hold too many is not scanned.
    if (n / 2 <= maxElements) return;
    if (html instanceof String) {
      // String.indexOf is an intrinsic that scans many characters at a time.
      String s = (String) html;
      for (int i = s.indexOf('<'); i >= 0 && i + 1 < n; i = s.indexOf('<', i + 1)) {
        if (isLetter(s.charAt(i + 1)) && ++tags > maxElements) {
          throw new HtmlLimitException("maxElements", tags, maxElements);
        }
      }
      return;
    }
    for (int i = 0; i + 1 < n; i++) {
      if (html.charAt(i) == '<' && isLetter(html.charAt(i + 1)) && ++tags > maxElements) {
        throw new HtmlLimitException("maxElements", tags, maxElements);
      }
    }
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Throws {@link HtmlLimitException} when an input of {@code length} chars or bytes exceeds the size limit. */
  public static void checkSize(HtmlLimits limits, long length) {
    if (length > limits.maxInputChars()) throw new HtmlLimitException("maxInputChars", length, limits.maxInputChars());
  }
}
