package dev.newskit.i18n;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * A fixed set of words that can be asked whether a stretch of a longer string is one of them, without
 * cutting the stretch out: what lets a search pass over a paragraph's prose words without copying
 * each one. Open addressing over {@link String#hashCode()}; immutable and thread-safe.
 */
final class WordSet {
  private final @Nullable String[] slots;
  private final int mask;

  WordSet(Collection<String> words) {
    int size = Integer.highestOneBit(Math.max(4, words.size() * 3)) * 2;
    slots = new String[size];
    mask = size - 1;
    for (String w : words) {
      int slot = spread(w.hashCode()) & mask;
      while (slots[slot] != null && !slots[slot].equals(w)) slot = (slot + 1) & mask;
      slots[slot] = w;
    }
  }

  /** Whether {@code text[start, end)} is one of the words. */
  boolean contains(String text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) h = 31 * h + text.charAt(i);
    int length = end - start;
    for (int slot = spread(h) & mask; slots[slot] != null; slot = (slot + 1) & mask) {
      String w = slots[slot];
      if (w.length() == length && w.hashCode() == h && text.regionMatches(start, w, 0, length)) return true;
    }
    return false;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
