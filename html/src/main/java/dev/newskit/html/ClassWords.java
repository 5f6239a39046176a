package dev.newskit.html;

import dev.newskit.html.internal.Texts;
import java.util.Locale;

/**
 * A vocabulary of words matched against the words of a {@code class} or {@code id} value, where words
 * are separated by spaces, hyphens and underscores, or start with an upper-case letter after a lower-case one
 * (camelCase); a vocabulary entry of two hyphenated words
 * ({@code read-more}) matches those words in sequence, hyphenated or written together.
 */
final class ClassWords {
  /**
   * The entries (each hyphenated one also written together) in an open-addressing table keyed by
   * {@link String#hashCode}, so that a word of the value is looked up where it stands, without being
   * copied out of it: this runs on every element of every page.
   */
  private final String[] table;
  private final int mask;

  /** Whether camelCase parts count as words ({@code relatedArticleRow}). */
  private final boolean camelCase;

  ClassWords(String vocabulary) {
    this(vocabulary, false);
  }

  ClassWords(String vocabulary, boolean camelCase) {
    this.camelCase = camelCase;
    String[] entries = vocabulary.split("\\s+");
    int capacity = Integer.highestOneBit(entries.length * 4) * 2;
    table = new String[capacity];
    mask = capacity - 1;
    for (String w : entries) {
      add(w);
      if (w.indexOf('-') > 0) add(w.replace("-", ""));
    }
  }

  private void add(String word) {
    int i = word.hashCode() & mask;
    while (table[i] != null) {
      if (table[i].equals(word)) return;
      i = (i + 1) & mask;
    }
    table[i] = word;
  }

  boolean test(String classAndId) {
    int n = classAndId.length();
    for (int k = 0; k < n; k++) if (classAndId.charAt(k) >= 0x80) return testLowerCased(classAndId);
    // An ASCII value, nearly every one, is read in place, its upper case folded as it is read: each word is
    // hashed once, and the hash of a pair of words written together is made from the two words' hashes.
    int previousStart = -1;
    int previousEnd = -1;
    int previousHash = 0;
    int i = 0;
    while (i < n) {
      while (i < n && isSeparator(classAndId.charAt(i))) i++;
      int start = i;
      int h = 0;
      // 31 to the word's length, which shifts the previous word's hash past this word's characters.
      int shift = 1;
      while (i < n) {
        char c = classAndId.charAt(i);
        if (isSeparator(c) || (camelCase && i > start && isAsciiCamelStart(c, classAndId.charAt(i - 1)))) break;
        h = 31 * h + Texts.asciiLower(c);
        shift *= 31;
        i++;
      }
      if (i == start) break;
      if (containsAscii(h, classAndId, start, i, -1, -1)) return true;
      // Each hyphenated entry is in the table written together too, so a pair is looked up joined only.
      if (previousStart >= 0 && containsAscii(previousHash * shift + h, classAndId, previousStart, previousEnd, start, i)) {
        return true;
      }
      previousStart = start;
      previousEnd = i;
      previousHash = h;
    }
    return false;
  }

  /**
   * Whether the vocabulary holds the word {@code s[from, to)} of an ASCII value, its upper case folded, followed
   * when {@code from2 >= 0} by the word {@code s[from2, to2)} written together with it; {@code h} is the hash
   * ({@link String#hashCode}) that entry would have.
   */
  private boolean containsAscii(int h, String s, int from, int to, int from2, int to2) {
    int length = to - from + (from2 < 0 ? 0 : to2 - from2);
    for (int i = h & mask; table[i] != null; i = (i + 1) & mask) {
      String w = table[i];
      if (w.length() == length && equalsFolded(w, 0, s, from, to) && (from2 < 0 || equalsFolded(w, to - from, s, from2, to2))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code w} holds, from {@code at}, the ASCII characters {@code s[from, to)} with upper case folded. */
  private static boolean equalsFolded(String w, int at, String s, int from, int to) {
    for (int k = from; k < to; k++) if (w.charAt(at++) != Texts.asciiLower(s.charAt(k))) return false;
    return true;
  }

  /** {@link #isCamelStart} for ASCII characters, where only A to Z are upper case and a to z lower case. */
  private static boolean isAsciiCamelStart(char c, char before) {
    return c >= 'A' && c <= 'Z' && before >= 'a' && before <= 'z';
  }

  /** {@link #test} for a value with other than ASCII characters, lower-cased whole first (a letter may lengthen). */
  private boolean testLowerCased(String classAndId) {
    String s = classAndId.toLowerCase(Locale.ROOT);
    int n = s.length();
    // camelCase words ("relatedArticleRow") are words too, where lower-casing kept the value's length.
    boolean camel = camelCase && n == classAndId.length();
    int previousStart = -1;
    int previousEnd = -1;
    int i = 0;
    while (i < n) {
      while (i < n && isSeparator(s.charAt(i))) i++;
      int start = i;
      while (i < n && !isSeparator(s.charAt(i)) && !(i > start && camel && isCamelStart(classAndId, i))) i++;
      if (i == start) break;
      if (contains(s, start, i, -1, -1, false)) return true;
      if (previousStart >= 0 && (contains(s, previousStart, previousEnd, start, i, true)
          || contains(s, previousStart, previousEnd, start, i, false))) {
        return true;
      }
      previousStart = start;
      previousEnd = i;
    }
    return false;
  }

  /**
   * Whether the vocabulary holds the word {@code s[from, to)}, followed, when {@code from2 >= 0}, by a
   * hyphen if {@code hyphen} and the word {@code s[from2, to2)}.
   */
  private boolean contains(String s, int from, int to, int from2, int to2, boolean hyphen) {
    int h = 0;
    for (int k = from; k < to; k++) h = 31 * h + s.charAt(k);
    int length = to - from;
    if (from2 >= 0) {
      if (hyphen) h = 31 * h + '-';
      for (int k = from2; k < to2; k++) h = 31 * h + s.charAt(k);
      length += (hyphen ? 1 : 0) + to2 - from2;
    }
    for (int i = h & mask; table[i] != null; i = (i + 1) & mask) {
      String w = table[i];
      if (w.length() != length || !w.regionMatches(0, s, from, to - from)) continue;
      if (from2 < 0) return true;
      int at = to - from;
      if (hyphen && w.charAt(at++) != '-') continue;
      if (w.regionMatches(at, s, from2, to2 - from2)) return true;
    }
    return false;
  }

  /** Whether a new camelCase word starts at {@code i}: an upper-case letter after a lower-case one. */
  private static boolean isCamelStart(String value, int i) {
    return Character.isUpperCase(value.charAt(i)) && Character.isLowerCase(value.charAt(i - 1));
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n';
  }
}
