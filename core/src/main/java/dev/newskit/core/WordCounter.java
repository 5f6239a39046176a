package dev.newskit.core;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Counts words with {@link BreakIterator}, which segments Hebrew, Arabic and Latin text on word
 * boundaries. A segment counts when it holds a letter or digit, so punctuation and spaces do not; a
 * number written with inner separators ({@code 7:15}, {@code 10/4/2026}, {@code 1,000.5}) counts once. Chinese and
 * Japanese, written without spaces between words, count each Han or kana character as a word, as word processors
 * count them: the JDK does not segment Han text into words, and a run between two punctuation marks is a clause.
 */
final class WordCounter {
  private WordCounter() {}

  static int count(CharSequence text, Locale locale) {
    if (text.length() == 0) return 0;
    String s = text.toString();
    // BreakIterator instances are not thread-safe, so each call gets its own.
    BreakIterator words = BreakIterator.getWordInstance(locale);
    words.setText(s);
    int count = 0;
    int lastNumberEnd = -2;
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      if (!hasLetterOrDigit(s, start, end)) continue;
      int ideographic = ideographicChars(s, start, end);
      if (ideographic > 0) {
        count += ideographic + (ideographic < lettersAndDigits(s, start, end) ? 1 : 0);
        lastNumberEnd = -2;
        continue;
      }
      boolean number = isDigits(s, start, end);
      boolean continuesNumber = number && start == lastNumberEnd + 1 && isNumberSeparator(s.charAt(lastNumberEnd));
      if (!continuesNumber) count++;
      lastNumberEnd = number ? end : -2;
    }
    return count;
  }

  private static boolean isNumberSeparator(char c) {
    return c == ':' || c == '/' || c == '.' || c == ',' || c == '-';
  }

  private static boolean isDigits(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isDigit(s.charAt(i))) return false;
    }
    return true;
  }

  /** The Han, Hiragana and Katakana characters of a segment: each is a word of a text written without spaces. */
  private static int ideographicChars(String s, int start, int end) {
    int n = 0;
    for (int i = start; i < end; ) {
      int cp = s.codePointAt(i);
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA) {
        n++;
      }
      i += Character.charCount(cp);
    }
    return n;
  }

  private static int lettersAndDigits(String s, int start, int end) {
    int n = 0;
    for (int i = start; i < end; ) {
      int cp = s.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) n++;
      i += Character.charCount(cp);
    }
    return n;
  }

  private static boolean hasLetterOrDigit(String s, int start, int end) {
    for (int i = start; i < end; ) {
      int cp = s.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) return true;
      i += Character.charCount(cp);
    }
    return false;
  }
}
