package dev.newskit.html;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A vocabulary of words matched against the words of a {@code class} or {@code id} value, where words
 * are separated by spaces, hyphens and underscores; a vocabulary entry of two hyphenated words
 * ({@code read-more}) matches those words in sequence, hyphenated or written together.
 */
final class ClassWords {
  private final Set<String> words = new HashSet<>();

  ClassWords(String vocabulary) {
    for (String w : vocabulary.split("\\s+")) {
      words.add(w);
      if (w.indexOf('-') > 0) words.add(w.replace("-", ""));
    }
  }

  boolean test(String classAndId) {
    String s = classAndId.toLowerCase(Locale.ROOT);
    int n = s.length();
    String previous = null;
    int i = 0;
    while (i < n) {
      while (i < n && isSeparator(s.charAt(i))) i++;
      int start = i;
      while (i < n && !isSeparator(s.charAt(i))) i++;
      if (i == start) break;
      String word = s.substring(start, i);
      if (words.contains(word)) return true;
      if (previous != null && (words.contains(previous + "-" + word) || words.contains(previous + word))) return true;
      previous = word;
    }
    return false;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n';
  }
}
