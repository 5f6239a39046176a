package dev.newskit.html.internal;

/**
 * Removes from text the invisible characters that can spoof what a reader sees: bidi embeddings,
 * overrides, isolates and marks, zero-width spaces and joiners outside words, and other format
 * characters. ZWJ and ZWNJ between letters stay, because Persian, Arabic, Indic scripts and emoji
 * sequences need them.
 */
public final class TextSanitizer {
  private TextSanitizer() {}

  public static String clean(String text) {
    StringBuilder out = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean drop;
      if (c == '\u200C' || c == '\u200D') {
        drop = !(i > 0 && i + 1 < n && joins(text, i));
      } else {
        drop = isSpoofing(c);
      }
      if (drop) {
        if (out == null) out = new StringBuilder(n).append(text, 0, i);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean joins(String text, int i) {
    int before = Character.codePointBefore(text, i);
    int after = Character.codePointAt(text, i + 1);
    return isJoinable(before) && isJoinable(after);
  }

  private static boolean isJoinable(int cp) {
    int type = Character.getType(cp);
    return Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.OTHER_SYMBOL || type == Character.SURROGATE || Character.isDigit(cp) || cp == 0xFE0F;
  }

  public static boolean isSpoofing(char c) {
    // U+FFFE, U+FFFF and U+FDD0..U+FDEF are noncharacters: not text, and U+FFFF ends input in some parsers.
    return c == '\uFFFE' || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF') || c == '\u200B' || c == '\u200E' || c == '\u200F' || c == '\u061C' || c == '\u2060' || c == '\uFEFF'
        || c == '\u180E' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || (c >= '\u2061' && c <= '\u2064') || (c >= '\uFFF9' && c <= '\uFFFB') || c == '\u0000';
  }
}
