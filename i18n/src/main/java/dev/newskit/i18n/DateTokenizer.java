package dev.newskit.i18n;

import dev.newskit.core.DateParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits a date text into {@link DateToken}s. Works on a normalised copy of the same length (bidi
 * controls and odd spaces become spaces, geresh and gershayim look-alikes become {@code '} and
 * {@code "}, dashes become {@code -}), so every token's index points into the original text.
 */
final class DateTokenizer {
  /** The one-character strings of ASCII, so that a separator token does not allocate its text. */
  private static final String[] ASCII = new String[128];

  static {
    for (char c = 0; c < ASCII.length; c++) ASCII[c] = String.valueOf(c);
  }

  private DateTokenizer() {}

  static String normalise(String text) {
    return normalise(text, false);
  }

  /**
   * The normalised copy; when {@code arabic}, Arabic-Indic and Persian digits also become ASCII ones and the Arabic
   * comma a comma, one character for one.
   */
  static String normalise(String text, boolean arabic) {
    int first = 0;
    while (first < text.length() && isPlain(text.charAt(first))) first++;
    if (first == text.length()) return text;
    char[] chars = text.toCharArray();
    for (int i = first; i < chars.length; i++) {
      char c = chars[i];
      if (isPlain(c)) continue;
      if (arabic && ArabicNames.easternDigit(c) >= 0) {
        chars[i] = (char) ('0' + ArabicNames.easternDigit(c));
      } else if (arabic && (c == '\u060C' || c == '\u061B')) {
        chars[i] = ',';
      } else if (BidiText.isBidiControl(c) || Character.isSpaceChar(c) || c == '\t' || c == '\r' || c == '\n') {
        chars[i] = ' ';
      } else if (c == '\u05F3' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u2032') {
        chars[i] = '\'';
      } else if (c == '\u05F4' || c == '\u201C' || c == '\u201D' || c == '\u2033') {
        chars[i] = '"';
      } else if (c == '\u05BE' || c == '\u2013' || c == '\u2014' || c == '\u2010' || c == '\u2011' || c == '\u2212') {
        chars[i] = '-';
      }
    }
    return new String(chars);
  }

  /** A character that normalising leaves as it is, tested first because it is the common case. */
  private static boolean isPlain(char c) {
    return isHebrewLetter(c) || c > ' ' && c < 127 && c != '`';
  }

  /** The tokens of a date text; a character no date uses is a {@link DateParseException}. */
  static List<DateToken> tokenize(String original) {
    return tokenize(original, null, false);
  }

  /** The tokens of a date text, Arabic-script words read as {@link DateToken.Kind#ARABIC_WORD} when {@code arabic}. */
  static List<DateToken> tokenize(String original, boolean arabic) {
    return tokenize(original, null, arabic);
  }

  /**
   * The tokens of prose that may hold dates: a character no date uses becomes an
   * {@link DateToken.Kind#OTHER} token instead of an error, and a Hebrew word without geresh or
   * gershayim that is not in {@code dateWords} becomes a {@link DateToken.Kind#PROSE} token, its text
   * not copied out.
   */
  static List<DateToken> tokenizeProse(String original, WordSet dateWords) {
    return tokenize(original, dateWords, false);
  }

  /**
   * Like {@link #tokenizeProse(String, WordSet)}; when {@code arabic}, an Arabic-script word that {@link ArabicNames}
   * knows becomes an {@link DateToken.Kind#ARABIC_WORD} and any other a {@link DateToken.Kind#PROSE} token.
   */
  static List<DateToken> tokenizeProse(String original, WordSet dateWords, boolean arabic) {
    return tokenize(original, dateWords, arabic);
  }

  private static List<DateToken> tokenize(String original, @Nullable WordSet proseFilter, boolean arabic) {
    boolean lenient = proseFilter != null;
    String s = normalise(original, arabic);
    List<DateToken> tokens = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == ' ') {
        i++;
      } else if (isDigit(c)) {
        i = number(s, i, tokens, original, lenient);
      } else if ((c == '+' || c == '-') && i + 1 < n && isDigit(s.charAt(i + 1)) && offsetMayFollow(tokens)) {
        int j = i + 1;
        while (j < n && (isDigit(s.charAt(j)) || s.charAt(j) == ':')) j++;
        tokens.add(new DateToken(DateToken.Kind.OFFSET, s.substring(i, j), i, j));
        i = j;
      } else if (isHebrewLetter(c)) {
        int j = i + 1;
        boolean marked = false;
        while (j < n) {
          char d = s.charAt(j);
          if (isHebrewLetter(d)) {
            j++;
          } else if (d == '"' || d == '\'') {
            // Geresh or gershayim inside or at the end of a word (כ"ג, לפנה"צ, ו', א').
            marked = true;
            j++;
            if (j < n && isHebrewLetter(s.charAt(j))) continue;
            break;
          } else {
            break;
          }
        }
        if (lenient && !marked && !proseFilter.contains(s, i, j)) {
          tokens.add(new DateToken(DateToken.Kind.PROSE, "", i, j));
        } else {
          tokens.add(new DateToken(DateToken.Kind.HEBREW_WORD, s.substring(i, j), i, j));
        }
        i = j;
      } else if (arabic && ArabicNames.isArabicLetter(c)) {
        int j = i + 1;
        // a zero-width non-joiner inside a word (سه‌شنبه) and a dot between letters (ب.ظ) are part of it
        while (j < n && (ArabicNames.isArabicLetter(s.charAt(j))
            || (s.charAt(j) == '\u200C' || s.charAt(j) == '.') && j + 1 < n && ArabicNames.isArabicLetter(s.charAt(j + 1)))) j++;
        String key = ArabicNames.key(s.substring(i, j));
        boolean dateWord = ArabicNames.isDateWord(key);
        if (lenient && (ArabicNames.isHijriMonth(key) || ArabicNames.isUncountedDay(key))) {
          tokens.add(new DateToken(DateToken.Kind.OTHER, s.substring(i, j), i, j)); // a date word this reader cannot read
        } else {
          tokens.add(lenient && !dateWord ? new DateToken(DateToken.Kind.PROSE, "", i, j)
              : new DateToken(DateToken.Kind.ARABIC_WORD, key, i, j));
        }
        i = j;
      } else if (isWordLetter(c)) {
        int j = i + 1;
        // "a.m.", and the apostrophe inside "aujourd'hui" and "un'ora"
        while (j < n && (isWordLetter(s.charAt(j))
            || (s.charAt(j) == '.' || s.charAt(j) == '\'') && j + 1 < n && isWordLetter(s.charAt(j + 1)))) j++;
        if (j < n && s.charAt(j) == '.') j++; // "a.m." and "Apr."
        tokens.add(new DateToken(DateToken.Kind.WORD, s.substring(i, j), i, j));
        i = j;
      } else if (isCjk(c)) {
        int j = i + 1;
        while (j < n && isCjk(s.charAt(j))) j++;
        i = cjkWords(s, i, j, tokens);
      } else if (c == ',' || c == '-' || c == '|' || c == '·' || c == '/' || c == '(' || c == ')' || c == '.'
          || c == ':' || c == '•' || c == '@') {
        tokens.add(new DateToken(DateToken.Kind.SEPARATOR, c < ASCII.length ? ASCII[c] : String.valueOf(c), i, i + 1));
        i++;
      } else if (lenient) {
        int j = i + 1;
        while (j < n && s.charAt(j) != ' ' && !isDigit(s.charAt(j)) && !isHebrewLetter(s.charAt(j))
            && !isWordLetter(s.charAt(j)) && !isCjk(s.charAt(j))) j++;
        tokens.add(new DateToken(DateToken.Kind.OTHER, s.substring(i, j), i, j));
        i = j;
      } else {
        throw new DateParseException(original, i, "unexpected character '" + original.charAt(i) + "'");
      }
    }
    return tokens;
  }

  /**
   * Adds the tokens of a run of Han and kana {@code s[i, j)} and returns where they end: the Chinese and Japanese date
   * words it is made of ({@code 小时前} is {@code 小时} and {@code 前}), or, when it is anything else, one
   * {@link DateToken.Kind#OTHER} token with the punctuation after it ({@code 木)}), as other scripts' words are:
   * written without spaces, a sentence that holds a date word ({@code 3年前他来到}) is no date.
   */
  private static int cjkWords(String s, int i, int j, List<DateToken> tokens) {
    List<DateToken> words = new ArrayList<>(2);
    int k = i;
    while (k < j) {
      String word = null;
      for (String w : RelativeWords.CJK_WORDS) {
        if (w.length() <= j - k && s.startsWith(w, k)) {
          word = w;
          break;
        }
      }
      if (word == null || k + word.length() == j && RelativeWords.unit(word) != null) {
        // not date words, or units without the 前 that makes them a date: 2020年, (日) for Sunday
        int end = j;
        while (end < s.length() && s.charAt(end) != ' ' && !isDigit(s.charAt(end)) && !isHebrewLetter(s.charAt(end))
            && !isWordLetter(s.charAt(end))) end++;
        tokens.add(new DateToken(DateToken.Kind.OTHER, s.substring(i, end), i, end));
        return end;
      }
      words.add(new DateToken(DateToken.Kind.WORD, word, k, k + word.length()));
      k += word.length();
    }
    tokens.addAll(words);
    return j;
  }

  /** An offset follows a time ({@code 07:15+03:00}) or GMT/UTC ({@code GMT+3}, {@code UTC+02:00}). */
  private static boolean offsetMayFollow(List<DateToken> tokens) {
    if (tokens.isEmpty()) return false;
    DateToken last = tokens.get(tokens.size() - 1);
    return last.is(DateToken.Kind.TIME)
        || (last.is(DateToken.Kind.WORD) && (last.text().equalsIgnoreCase("gmt") || last.text().equalsIgnoreCase("utc")));
  }

  private static int number(String s, int i, List<DateToken> tokens, String original, boolean lenient) {
    int n = s.length();
    int j = digits(s, i);
    if (j < n && s.charAt(j) == ':' && j + 1 < n && isDigit(s.charAt(j + 1))) {
      int k = digits(s, j + 1);
      if (k < n && s.charAt(k) == ':' && k + 1 < n && isDigit(s.charAt(k + 1))) k = digits(s, k + 1);
      tokens.add(new DateToken(DateToken.Kind.TIME, s.substring(i, k), i, k));
      return k;
    }
    if (j < n && (s.charAt(j) == '/' || s.charAt(j) == '.' || s.charAt(j) == '-') && j + 1 < n && isDigit(s.charAt(j + 1))) {
      char sep = s.charAt(j);
      int k = digits(s, j + 1);
      if (k < n && s.charAt(k) == sep && k + 1 < n && isDigit(s.charAt(k + 1))) {
        k = digits(s, k + 1);
        tokens.add(new DateToken(DateToken.Kind.NUMERIC_DATE, s.substring(i, k), i, k));
        return k;
      }
      if (!lenient) throw new DateParseException(original, i, "incomplete numeric date '" + original.substring(i, k) + "'");
      tokens.add(new DateToken(DateToken.Kind.OTHER, s.substring(i, k), i, k));
      return k;
    }
    tokens.add(new DateToken(DateToken.Kind.NUMBER, s.substring(i, j), i, j));
    return j;
  }

  private static int digits(String s, int i) {
    int j = i;
    while (j < s.length() && isDigit(s.charAt(j)) && j - i < 9) j++;
    return j;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isHebrewLetter(char c) {
    return c >= '\u05D0' && c <= '\u05EA';
  }

  /** Whether {@code s} holds a Hebrew letter: the evidence that its local times are Israel's. */
  static boolean holdsHebrew(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (isHebrewLetter(s.charAt(i))) return true;
    }
    return false;
  }

  static boolean isLatinLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * A Latin word as the readers look it up: lower-case and without a dot at its end ({@code Std.}, {@code Apr.},
   * {@code a.m.} is {@code a.m}).
   */
  static String latinKey(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  /** A letter of a {@link DateToken.Kind#WORD}: Latin, with its accented letters (ñ, ł, à), or Cyrillic. */
  static boolean isWordLetter(char c) {
    if (c < 0xC0) return isLatinLetter(c);
    if (c >= '\u0400' && c <= '\u04FF') return true;
    return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
  }

  /** A Han ideograph or a kana, which Chinese and Japanese write without spaces between words. */
  static boolean isCjk(char c) {
    return c >= '\u3040' && c <= '\u30FF' || c >= '\u4E00' && c <= '\u9FFF';
  }
}
