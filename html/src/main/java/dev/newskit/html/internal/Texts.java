package dev.newskit.html.internal;

/** Text clean-up shared by the extractor's readers. */
public final class Texts {
  private Texts() {}

  /**
   * Collapses runs of whitespace (including NBSP and other Unicode spaces) to one space, drops bidi
   * controls and zero-width spaces, and strips the ends. ZWJ and ZWNJ stay: they shape Arabic, Persian
   * and emoji.
   */
  public static String normalise(String text) {
    if (text == null) return "";
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isInvisible(c)) continue;
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  public static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\uFEFF' || c == '\u200E' || c == '\u200F' || c == '\u061C' || c == '\u00AD'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  /** A key for comparing texts loosely: normalised, lower-cased, punctuation dropped. */
  public static String key(String text) {
    String n = normalise(text).toLowerCase(java.util.Locale.ROOT);
    StringBuilder out = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isLetterOrDigit(c)) out.append(c);
    }
    return out.toString();
  }

  /** The non-space characters of the text inside {@code root}, counted without building the text. */
  public static int visibleLength(org.jsoup.nodes.Element root) {
    int[] n = new int[1];
    org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
      if (node instanceof org.jsoup.nodes.TextNode) {
        String t = ((org.jsoup.nodes.TextNode) node).getWholeText();
        for (int i = 0; i < t.length(); i++) {
          char c = t.charAt(i);
          if (!Character.isWhitespace(c) && c != '\u00A0') n[0]++;
        }
      }
    }, root);
    return n[0];
  }

  public static int countChar(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
    return n;
  }

  public static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean letter = Character.isLetterOrDigit(s.charAt(i));
      if (letter && !in) n++;
      in = letter;
    }
    return n;
  }
}
