package dev.newskit.html.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text clean-up shared by the extractor and the cleaner: the one set of invisible characters, the one
 * definition of whitespace ({@link #isSpace}) and its collapsing, and loose comparison keys.
 *
 * <p>The NBSP rule: in extracted text ({@link #normalise}) an NBSP is a space like any other. In HTML
 * ({@link #collapseWhitespace}, the cleaner's output) a lone NBSP between words stays, because there it
 * is markup (keep these words on one line); an NBSP in a run of whitespace is collapsed with the run.
 */
public final class Texts {
  private Texts() {}

  /**
   * Collapses runs of whitespace (including NBSP and other Unicode spaces) to one space, drops
   * {@linkplain #isInvisible invisible characters}, and strips the ends. ZWJ and ZWNJ stay: they shape
   * Arabic, Persian and emoji. Text that is already normal is returned as it is, without a copy.
   */
  public static String normalise(String text) {
    if (text == null) return "";
    int n = text.length();
    int kept = normalStart(text);
    if (kept == n && (n == 0 || text.charAt(n - 1) != ' ')) return text;
    StringBuilder out = new StringBuilder(n);
    // The normal start is copied at once; a space that ends it waits, as any space does, for what follows it.
    boolean space = kept > 0 && text.charAt(kept - 1) == ' ';
    out.append(text, 0, space ? kept - 1 : kept);
    for (int i = kept; i < n; i++) {
      char c = text.charAt(i);
      if (isInvisible(c)) continue;
      if (isSpace(c)) {
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

  /**
   * The length of the start of {@code text} that {@link #normalise} keeps as it is: no whitespace but single spaces
   * after other characters, and nothing invisible. The text is normal when that is all of it and it does not end with
   * a space.
   */
  private static int normalStart(String text) {
    int n = text.length();
    // A space at the start is not kept.
    boolean previousSpace = true;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (previousSpace) return i;
        previousSpace = true;
      } else if (c < 0x80 ? c < 0x21 : isSpace(c) || isInvisible(c)) {
        return i;
      } else {
        previousSpace = false;
      }
    }
    return n;
  }

  /**
   * Collapses each run of whitespace (including NBSP) to one space, keeping a lone NBSP; nothing is
   * stripped or dropped. Text without such a run is returned as it is.
   */
  public static String collapseWhitespace(String text) {
    if (!needsCollapse(text)) return text;
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        int j = i;
        while (j < text.length() && isSpace(text.charAt(j))) j++;
        out.append(j - i == 1 && c == '\u00A0' ? '\u00A0' : ' ');
        i = j;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Whether {@link #collapseWhitespace} would change {@code text}: a whitespace run, or whitespace other than a space. */
  private static boolean needsCollapse(String text) {
    boolean previousSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\u00A0') {
        if (previousSpace) return true;
        previousSpace = true;
      } else if (c < 0x21 || isSpace(c)) {
        return true;
      } else {
        previousSpace = false;
      }
    }
    return false;
  }

  /** Whitespace as the collapser sees it: Java whitespace, NBSP and every other Unicode space separator. */
  public static boolean isSpace(char c) {
    // ASCII, most of every page, without the character tables: tab to carriage return, the four
    // separators U+001C–U+001F, and the space.
    if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
    return (SPACES[c >>> 6] & (1L << c)) != 0;
  }

  /**
   * {@link #isSpace}'s answer for every character, one bit each, from {@link Character#isWhitespace} and
   * {@link Character#isSpaceChar}: looked up once here, since Hebrew and Arabic pages ask about every letter.
   */
  private static final long[] SPACES = spaces();

  private static long[] spaces() {
    long[] bits = new long[(Character.MAX_VALUE + 1) / 64];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) bits[c >>> 6] |= 1L << c;
    }
    return bits;
  }

  /**
   * The characters that show nothing but can change or hide what a reader sees, dropped from extracted
   * text and from cleaned HTML alike: bidi marks, embeddings, overrides and isolates (U+200E, U+200F,
   * U+061C, U+202A–U+202E, U+2066–U+2069); zero-width and word-joining characters (U+200B, U+2060, U+FEFF,
   * U+180E); the soft hyphen U+00AD (a hyphenation hint that would otherwise split words for search);
   * invisible operators and interlinear annotation (U+2061–U+2064, U+FFF9–U+FFFB); NUL and the
   * noncharacters U+FFFE, U+FFFF, U+FDD0–U+FDEF. ZWJ and ZWNJ are not here: between letters they shape
   * text (see {@link TextSanitizer}).
   */
  public static boolean isInvisible(char c) {
    if (c < '\u00AD') return c == '\u0000';
    // Hebrew and Arabic pages ask about every letter: one bit each, looked up.
    return (INVISIBLE[c >>> 6] & (1L << c)) != 0;
  }

  /** {@link #isInvisible}'s answer for every character, one bit each. */
  private static final long[] INVISIBLE = invisible();

  private static long[] invisible() {
    long[] bits = new long[(Character.MAX_VALUE + 1) / 64];
    for (int c = 0; c <= Character.MAX_VALUE; c++) if (listedInvisible((char) c)) bits[c >>> 6] |= 1L << c;
    return bits;
  }

  /** The characters {@link #isInvisible} names, as listed there. */
  private static boolean listedInvisible(char c) {
    return c == '\u0000' || c == '\u00AD' || c == '\u061C' || c == '\u180E' || c == '\u200B' || c == '\u200E' || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2064') || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFEFF' || (c >= '\uFFF9' && c <= '\uFFFB') || c == '\uFFFE' || c == '\uFFFF'
        || (c >= '\uFDD0' && c <= '\uFDEF');
  }

  /** {@code text} without its accents and other combining marks ("Ökologisch" → "Okologisch", "Gàbor" → "Gabor"). */
  public static String withoutMarks(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** A key for comparing texts loosely: normalised, lower-cased, punctuation dropped. */
  public static String key(String text) {
    String n = normalise(text).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (isLetterOrDigit(c)) out.append(c);
    }
    return out.toString();
  }

  /**
   * How many letters and digits {@code s} holds: the length of its {@link #key}, counted without building
   * it (lower-casing keeps the count: the one letter it expands, U+0130, gains a combining mark, not a letter).
   */
  public static int lettersAndDigits(String s) {
    return lettersAndDigits(s, Integer.MAX_VALUE - 1);
  }

  /**
   * {@link #lettersAndDigits(String)} counted only until it passes {@code limit}: a text holding more than
   * {@code limit} letters and digits gives {@code limit + 1}, however long it is.
   */
  public static int lettersAndDigits(String s, int limit) {
    int n = 0;
    for (int i = 0; i < s.length() && n <= limit; i++) if (isLetterOrDigit(s.charAt(i))) n++;
    return n;
  }

  /** The visible characters of {@code s}: everything but {@linkplain #isSpace whitespace}. */
  public static int visibleChars(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (!isSpace(s.charAt(i))) n++;
    return n;
  }

  /**
   * Whether {@code s} holds more than {@code limit} characters that are neither {@linkplain #isSpace whitespace}
   * nor {@linkplain #isInvisible invisible}, all of which {@link #normalise} keeps: counted up to the limit only.
   */
  public static boolean shownCharsExceed(String s, int limit) {
    if (s.length() <= limit) return false;
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isSpace(c) && !isInvisible(c) && ++n > limit) return true;
    }
    return false;
  }

  /**
   * Whether the whitespace-separated list {@code list} (an attribute such as {@code rel} or {@code itemprop};
   * whitespace as in the regular expression {@code \\s}) holds {@code token}, compared in place.
   */
  public static boolean hasToken(String list, String token, boolean ignoreCase) {
    int n = list.length();
    int length = token.length();
    // An empty token is in the list as String.split finds it: in an empty list or before leading whitespace.
    if (length == 0) return n == 0 || isRegexSpace(list.charAt(0));
    int i = 0;
    while (i < n) {
      while (i < n && isRegexSpace(list.charAt(i))) i++;
      int start = i;
      while (i < n && !isRegexSpace(list.charAt(i))) i++;
      if (i - start == length && list.regionMatches(ignoreCase, start, token, 0, length)) return true;
    }
    return false;
  }

  /** The whitespace of regular expressions' {@code \s} and of {@code String.split("\\s+")}: space, tab, line ends, VT, FF. */
  public static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** {@link Character#toLowerCase(char)}, answered without its table for ASCII. */
  public static char lower(char c) {
    return c < 0x80 ? asciiLower(c) : Character.toLowerCase(c);
  }

  /** {@code c} with A to Z lower-cased and every other character as it is: a case-insensitive match without Unicode folding. */
  public static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  /** Whether {@code c} is one of 0 to 9, the digits of regular expressions' {@code \d} (without the Unicode flag). */
  public static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  public static int countChar(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
    return n;
  }

  /**
   * {@link Character#isLetterOrDigit(char)}, answered without its table for ASCII, where only A–Z, a–z and 0–9 are
   * letters or digits: most text these counts read is ASCII.
   */
  private static boolean isLetterOrDigit(char c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return Character.isLetterOrDigit(c);
  }

  /**
   * Whether {@code text} ends as a sentence does: its last character, trailing whitespace aside, is a full stop, a
   * question or an exclamation mark (Latin, Arabic or CJK) or one of {@code alsoEnding}. What else ends a sentence
   * depends on the line a caller tells from one: a closing quote ends a quotation, but a label may point on with a
   * {@code »} ("Mehr »"); a colon ends no sentence, yet a line that ends in one leads into the next (an introduction,
   * "Posted on 3 May:"), so a caller that looks for lines standing alone counts it as an end.
   */
  public static boolean endsAsSentence(String text, String alsoEnding) {
    int end = text.length();
    // As a regular expression's $ does, a final line or paragraph separator is passed over.
    if (end > 0 && isFinalLineTerminator(text.charAt(end - 1))) end--;
    while (end > 0 && isPatternSpace(text.charAt(end - 1))) end--;
    if (end == 0) return false;
    char last = text.charAt(end - 1);
    return SENTENCE_MARKS.indexOf(last) >= 0 || alsoEnding.indexOf(last) >= 0;
  }

  /** The marks that end a sentence in every script the extractor reads. */
  private static final String SENTENCE_MARKS = ".!?؟。";

  private static boolean isFinalLineTerminator(char c) {
    return c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** A regular expression's {@code \s} without the Unicode flag: space, tab, line feed, vertical tab, form feed, return. */
  private static boolean isPatternSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  public static int words(String s) {
    return words(s, Integer.MAX_VALUE - 1);
  }

  /**
   * {@link #words(String)} counted only until it passes {@code limit}: a text of more than {@code limit} words
   * gives {@code limit + 1}, however long it is.
   */
  public static int words(String s, int limit) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length() && n <= limit; i++) {
      boolean letter = isLetterOrDigit(s.charAt(i));
      if (letter && !in) n++;
      in = letter;
    }
    return n;
  }
}
