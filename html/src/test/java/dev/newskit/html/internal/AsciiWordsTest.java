package dev.newskit.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AsciiWordsTest {
  private static final Pattern WORDS = Pattern.compile("(?i)(date|time|publi|entry-header|meta|data|2col)");

  @Test
  void findsWhatThePatternFinds() {
    AsciiWords words = AsciiWords.ofAlternation(WORDS);
    String[] texts = {"", "date", "DATE", "post-Date", "updated", "timestamp", "xtim", "tim", "PUBLISHED", "entry-header",
        "entry_header", "ENTRY-HEADER big", "metadata", "met a", "dat", "d\u0130te", "\u0130date", "dAtA", "m\u00E9ta",
        "DATE\u0131", "da\u017Fe", "col-2col", "2COL", "a b c", "\u212Aeta", "ti me"};
    for (String t : texts) assertEquals(WORDS.matcher(t).find(), words.in(t), t);
  }

  @Test
  void findsWordsOfOneLetterAnywhere() {
    Pattern withSingles = Pattern.compile("(?i)(x|7|date)");
    AsciiWords words = AsciiWords.ofAlternation(withSingles);
    String[] texts = {"", "x", "X", "ax", "aX", "-x-", "xa", "a7", "7", "abc", "dat", "date", "y", "\u00D7", "a b"};
    for (String t : texts) assertEquals(withSingles.matcher(t).find(), words.in(t), t);
  }

  @Test
  void refusesPatternsThatAreNotAnAlternationOfWords() {
    assertThrows(IllegalArgumentException.class, () -> AsciiWords.ofAlternation(Pattern.compile("(date|time)")));
    assertThrows(IllegalArgumentException.class, () -> AsciiWords.ofAlternation(Pattern.compile("(?i)(date|ti.e)")));
    assertThrows(IllegalArgumentException.class, () -> AsciiWords.ofAlternation(Pattern.compile("(?i)(Date)")));
    assertThrows(IllegalArgumentException.class,
        () -> AsciiWords.ofAlternation(Pattern.compile("(?i)(date)", Pattern.UNICODE_CASE)));
  }
}
