package dev.newskit.examples.cli;

/**
 * Text made safe to print on a terminal: escape sequences (CSI, OSC and the other {@code ESC}
 * forms) and every other C0 and C1 control character are removed, except line feed and tab. Page
 * text can carry them, and a terminal would act on them: move the cursor, retitle the window, or
 * rewrite what was printed before.
 */
final class TerminalText {
  private static final char ESC = '\u001b';
  private static final char BEL = '\u0007';

  private TerminalText() {}

  static String strip(String text) {
    int n = text.length();
    StringBuilder out = null;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (!isControl(c)) {
        if (out != null) out.append(c);
        continue;
      }
      if (out == null) out = new StringBuilder(n).append(text, 0, i);
      if (c == ESC || c == '\u009b' || c == '\u009d' || c == '\u0090' || c == '\u009e' || c == '\u009f') i = endOfSequence(text, i) - 1;
    }
    return out == null ? text : out.toString();
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f);
  }

  /** The index just past the escape sequence starting at {@code start}. */
  private static int endOfSequence(String text, int start) {
    int n = text.length();
    char c = text.charAt(start);
    int i = start + 1;
    char kind = c;
    if (c == ESC) {
      if (i >= n) return i;
      kind = text.charAt(i);
      i++;
      if (kind != '[' && kind != ']' && kind != 'P' && kind != '^' && kind != '_' && kind != 'X') {
        // ESC followed by intermediates (0x20-0x2F) and one final byte.
        while (i < n && text.charAt(i) >= 0x20 && text.charAt(i) <= 0x2f) i++;
        return Math.min(n, kind >= 0x20 && kind <= 0x2f ? i + 1 : i);
      }
    }
    if (kind == '[' || kind == '\u009b') {
      // CSI: parameter and intermediate bytes, then a final byte in 0x40-0x7E.
      while (i < n && text.charAt(i) >= 0x20 && text.charAt(i) <= 0x3f) i++;
      return i < n && text.charAt(i) >= 0x40 && text.charAt(i) <= 0x7e ? i + 1 : i;
    }
    // OSC, DCS, PM, APC, SOS: a string ended by BEL or ST (ESC \ or U+009C).
    while (i < n) {
      char s = text.charAt(i);
      if (s == BEL || s == '\u009c') return i + 1;
      if (s == ESC) return i + 1 < n && text.charAt(i + 1) == '\\' ? i + 2 : i + 1;
      i++;
    }
    return n;
  }
}
