package dev.newskit.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Words looked for anywhere inside a text, ASCII letters compared without case: what {@code find()} of a
 * pattern {@code (?i)(word|word|...)} answers, without running a regular expression over every position
 * of every class and id of a page. Built from such a pattern, so the pattern stays the one vocabulary.
 * Immutable and thread-safe.
 */
public final class AsciiWords {
  private static final Pattern ALTERNATION = Pattern.compile("\\(\\?i\\)\\(([a-z0-9-]+(?:\\|[a-z0-9-]+)*)\\)");
  /**
   * The words of two characters or more by their first two ({@code a} to {@code z} each, any other character
   * as 26), at {@code 27 * first + second}: most places of a text start no word, and are passed over with one
   * look-up.
   */
  private final String[][] byPair = new String[27 * 27][];
  /** The words of one character. */
  private final String[] single;

  private AsciiWords(List<String> words) {
    List<List<String>> lists = new ArrayList<>();
    for (int i = 0; i < byPair.length; i++) lists.add(new ArrayList<>());
    List<String> singles = new ArrayList<>();
    for (String w : words) {
      if (w.length() == 1) singles.add(w);
      else lists.get(pair(w.charAt(0), w.charAt(1))).add(w);
    }
    for (int i = 0; i < byPair.length; i++) byPair[i] = lists.get(i).toArray(String[]::new);
    single = singles.toArray(String[]::new);
  }

  /**
   * The words of {@code pattern}, which must be a case-insensitive alternation of lower-case literal words,
   * {@code (?i)(date|time|entry-header)}.
   *
   * @throws IllegalArgumentException if the pattern has any other form
   */
  public static AsciiWords ofAlternation(Pattern pattern) {
    var m = ALTERNATION.matcher(pattern.pattern());
    if (!m.matches() || (pattern.flags() & ~Pattern.CASE_INSENSITIVE) != 0) {
      throw new IllegalArgumentException("not an alternation of lower-case words: " + pattern.pattern());
    }
    return new AsciiWords(List.of(m.group(1).split("\\|")));
  }

  /** Whether one of the words occurs in {@code text}, its ASCII letters compared without case. */
  public boolean in(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      for (String w : single) if (matchesAt(text, i, w)) return true;
      if (i + 1 == n) break;
      String[] candidates = byPair[pair(Texts.asciiLower(text.charAt(i)), Texts.asciiLower(text.charAt(i + 1)))];
      for (String w : candidates) {
        if (w.length() <= n - i && matchesAt(text, i, w)) return true;
      }
    }
    return false;
  }

  private static int pair(char first, char second) {
    return 27 * slot(first) + slot(second);
  }

  private static boolean matchesAt(String text, int at, String word) {
    for (int k = 0; k < word.length(); k++) if (Texts.asciiLower(text.charAt(at + k)) != word.charAt(k)) return false;
    return true;
  }

  private static int slot(char c) {
    return c >= 'a' && c <= 'z' ? c - 'a' : 26;
  }
}
