package dev.newskit.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newskit.core.DateParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link DateTokenizer}: the tokens of date texts and of prose, every token's place in the original text
 * (normalising keeps the length), and a typed error at the index of a character no date uses.
 */
class DateTokenizerTest {
  private static List<String> tokens(String text) {
    return DateTokenizer.tokenize(text).stream().map(DateToken::toString).toList();
  }

  @Test
  void aHebrewDatelineIsSplitIntoTypedTokens() {
    assertEquals(List.of("HEBREW_WORD(רביעי)@0", "SEPARATOR(,)@5", "NUMBER(3)@7", "HEBREW_WORD(ביוני)@9", "NUMBER(2026)@15",
        "TIME(14:00)@20", "WORD(GMT)@26", "OFFSET(+3)@29"), tokens("רביעי, 3 ביוני 2026 14:00 GMT+3"));
    assertEquals(List.of("NUMERIC_DATE(10.04.26)@0", "TIME(07:15:30)@9", "OFFSET(+03:00)@17"), tokens("10.04.26 07:15:30+03:00"));
    assertEquals(List.of("WORD(a.m.)@0", "WORD(Apr.)@5"), tokens("a.m. Apr."));
  }

  @Test
  void gereshAndGershayimStayInTheWord() {
    assertEquals(List.of("HEBREW_WORD(כ\"ג)@0", "HEBREW_WORD(בניסן)@4", "HEBREW_WORD(תשפ\"ו)@10"), tokens("כ״ג בניסן תשפ״ו"));
    assertEquals(List.of("HEBREW_WORD(ו')@0", "NUMBER(10)@3"), tokens("ו׳ 10"));
  }

  @Test
  void aSignIsAnOffsetOnlyAfterATimeOrGmt() {
    assertEquals(List.of("NUMBER(2026)@0", "SEPARATOR(-)@5", "NUMBER(3)@6"), tokens("2026 -3"));
    assertEquals(List.of("WORD(UTC)@0", "OFFSET(-05:00)@3"), tokens("UTC-05:00"));
  }

  @Test
  void normalisingKeepsTheLengthSoIndexesPointIntoTheOriginal() {
    String text = "\u200F3\u00A0ביוני\u20132026";
    String normal = DateTokenizer.normalise(text);
    assertEquals(text.length(), normal.length());
    assertEquals(" 3 ביוני-2026", normal);
    assertEquals("כ\"ג ו' -", DateTokenizer.normalise("כ\u05F4ג ו\u2019\u2009\u2014"));
    assertEquals("2026", text.substring(9, 13));
    assertEquals("NUMBER(2026)@9", tokens(text).get(3));
    String plain = "3 ביוני 2026";
    assertEquals(plain, DateTokenizer.normalise(plain));
  }

  @Test
  void aCharacterNoDateUsesIsATypedErrorAtItsIndex() {
    DateParseException e = assertThrows(DateParseException.class, () -> DateTokenizer.tokenize("3 ביוני 2026 ★"));
    assertEquals(13, e.index());
    DateParseException incomplete = assertThrows(DateParseException.class, () -> DateTokenizer.tokenize("on 10/4"));
    assertEquals(3, incomplete.index());
  }

  @Test
  void proseKeepsDateWordsAndHidesTheRest() {
    WordSet dateWords = new WordSet(List.of("ביוני", "עודכן"));
    List<String> prose = DateTokenizer.tokenizeProse("הישיבה ★ עודכן 3 ביוני 10/4 ב־ד\"ר", dateWords).stream()
        .map(DateToken::toString).toList();
    assertEquals(List.of("PROSE()@0", "OTHER(★)@7", "HEBREW_WORD(עודכן)@9", "NUMBER(3)@15", "HEBREW_WORD(ביוני)@17",
        "OTHER(10/4)@23", "PROSE()@28", "SEPARATOR(-)@29", "HEBREW_WORD(ד\"ר)@30"), prose);
  }
}
