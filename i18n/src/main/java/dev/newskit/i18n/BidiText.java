package dev.newskit.i18n;

import java.util.Objects;

/**
 * Mixed-direction strings that stay readable: isolating left-to-right runs (times, numbers, Latin
 * names) inside right-to-left text, and removing bidi control characters from untrusted text.
 * Thread-safe.
 */
public final class BidiText {
  /** LEFT-TO-RIGHT ISOLATE, U+2066. */
  public static final char LRI = '\u2066';
  /** POP DIRECTIONAL ISOLATE, U+2069. */
  public static final char PDI = '\u2069';

  private BidiText() {}

  /**
   * {@code text} with each left-to-right run wrapped in LRI…PDI, so that {@code 7:15 am} or
   * {@code Said Arikat} keep their order inside Hebrew or Arabic text. A run starts at a Latin letter
   * or digit and extends over the spaces and neutral punctuation ({@code : / . , - +}) that join it to
   * more left-to-right characters. Existing bidi controls are removed first, so applying this twice
   * gives the same result.
   */
  public static String isolateLtrRuns(String text) {
    String s = stripControls(text);
    StringBuilder out = new StringBuilder(s.length() + 8);
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!isStrongLtrOrDigit(cp)) {
        out.appendCodePoint(cp);
        i += Character.charCount(cp);
        continue;
      }
      int end = i;
      int j = i;
      while (j < s.length()) {
        int c = s.codePointAt(j);
        if (isStrongLtrOrDigit(c)) {
          j += Character.charCount(c);
          end = j;
        } else if (isJoiner(c)) {
          j += Character.charCount(c);
        } else {
          break;
        }
      }
      out.append(LRI).append(s, i, end).append(PDI);
      i = end;
    }
    return out.toString();
  }

  /**
   * {@code text} without bidi control characters (LRM, RLM, ALM, LRE…RLO, LRI…PDI), which untrusted
   * text can use to reorder what a reader sees. ZWJ and ZWNJ, which shape Arabic and Persian words,
   * are kept.
   */
  public static String stripControls(String text) {
    Objects.requireNonNull(text, "text");
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isBidiControl(c)) {
        if (out == null) out = new StringBuilder(text.length()).append(text, 0, i);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** Whether {@code c} is a bidi formatting character. */
  public static boolean isBidiControl(char c) {
    return c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  private static boolean isStrongLtrOrDigit(int cp) {
    if (Character.isDigit(cp)) return true;
    byte d = Character.getDirectionality(cp);
    return d == Character.DIRECTIONALITY_LEFT_TO_RIGHT && Character.isLetter(cp);
  }

  private static boolean isJoiner(int cp) {
    return cp == ' ' || cp == ':' || cp == '/' || cp == '.' || cp == ',' || cp == '-' || cp == '+' || cp == '\'';
  }
}
