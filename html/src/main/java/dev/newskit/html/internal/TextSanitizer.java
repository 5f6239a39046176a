package dev.newskit.html.internal;

/**
 * Removes from text the invisible characters that can spoof what a reader sees ({@link Texts#isInvisible}:
 * bidi embeddings, overrides, isolates and marks, zero-width spaces, other format characters), and
 * zero-width joiners outside words. ZWJ and ZWNJ between letters stay, because Persian, Arabic, Indic
 * scripts and emoji sequences need them.
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
        drop = Texts.isInvisible(c);
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
}
