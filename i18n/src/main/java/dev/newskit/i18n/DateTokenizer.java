package dev.newskit.i18n;

import dev.newskit.core.DateParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a date text into {@link DateToken}s. Works on a normalised copy of the same length (bidi
 * controls and odd spaces become spaces, geresh and gershayim look-alikes become {@code '} and
 * {@code "}, dashes become {@code -}), so every token's index points into the original text.
 */
final class DateTokenizer {
  private DateTokenizer() {}

  static String normalise(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (isHebrewLetter(c) || c > ' ' && c < 127 && c != '`') continue; // the common case, nothing to change
      if (BidiText.isBidiControl(c) || Character.isSpaceChar(c) || c == '\t' || c == '\r' || c == '\n') {
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

  /** The tokens of a date text; a character no date uses is a {@link DateParseException}. */
  static List<DateToken> tokenize(String original) {
    return tokenize(original, false);
  }

  /**
   * The tokens of a text; when {@code lenient}, a character no date uses becomes an
   * {@link DateToken.Kind#OTHER} token instead of an error (for searching prose).
   */
  static List<DateToken> tokenize(String original, boolean lenient) {
    String s = normalise(original);
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
        while (j < n) {
          char d = s.charAt(j);
          if (isHebrewLetter(d)) {
            j++;
          } else if (d == '"' || d == '\'') {
            // Geresh or gershayim inside or at the end of a word (כ"ג, לפנה"צ, ו', א').
            j++;
            if (j < n && isHebrewLetter(s.charAt(j))) continue;
            break;
          } else {
            break;
          }
        }
        tokens.add(new DateToken(DateToken.Kind.HEBREW_WORD, s.substring(i, j), i, j));
        i = j;
      } else if (isLatinLetter(c)) {
        int j = i + 1;
        while (j < n && (isLatinLetter(s.charAt(j)) || (s.charAt(j) == '.' && j + 1 < n && isLatinLetter(s.charAt(j + 1))))) j++;
        if (j < n && s.charAt(j) == '.') j++; // "a.m." and "Apr."
        tokens.add(new DateToken(DateToken.Kind.LATIN_WORD, s.substring(i, j), i, j));
        i = j;
      } else if (c == ',' || c == '-' || c == '|' || c == '·' || c == '/' || c == '(' || c == ')' || c == '.'
          || c == ':' || c == '•' || c == '@') {
        tokens.add(new DateToken(DateToken.Kind.SEPARATOR, String.valueOf(c), i, i + 1));
        i++;
      } else if (lenient) {
        int j = i + 1;
        while (j < n && s.charAt(j) != ' ' && !isDigit(s.charAt(j)) && !isHebrewLetter(s.charAt(j))
            && !isLatinLetter(s.charAt(j))) j++;
        tokens.add(new DateToken(DateToken.Kind.OTHER, s.substring(i, j), i, j));
        i = j;
      } else {
        throw new DateParseException(original, i, "unexpected character '" + original.charAt(i) + "'");
      }
    }
    return tokens;
  }

  /** An offset follows a time ({@code 07:15+03:00}) or GMT/UTC ({@code GMT+3}, {@code UTC+02:00}). */
  private static boolean offsetMayFollow(List<DateToken> tokens) {
    if (tokens.isEmpty()) return false;
    DateToken last = tokens.get(tokens.size() - 1);
    return last.is(DateToken.Kind.TIME)
        || (last.is(DateToken.Kind.LATIN_WORD) && (last.text().equalsIgnoreCase("gmt") || last.text().equalsIgnoreCase("utc")));
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

  static boolean isLatinLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
