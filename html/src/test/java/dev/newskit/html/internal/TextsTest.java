package dev.newskit.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  void aSentenceEndsWithItsMarkInAnyScriptAndACallersClosersEndItToo() {
    for (String t : new String[] {"It rained.", "Why?", "Stop!  ", "لماذا؟", "雨が降った。", "It rained.\u2028"}) {
      assertTrue(Texts.endsAsSentence(t, ""), t);
    }
    for (String t : new String[] {"", "  ", "Latest:", "Sports \u00bb", "He said \"no\"", "It rained. Then"}) {
      assertFalse(Texts.endsAsSentence(t, ""), t);
    }
    assertTrue(Texts.endsAsSentence("He said \"no\"", "\"”"));
    assertTrue(Texts.endsAsSentence("Posted on 3 May: ", ":"));
    assertFalse(Texts.endsAsSentence("Mehr \u00bb", "\"”"));
  }

  @Test
  void normaliseCollapsesSpacesAndDropsInvisibles() {
    assertEquals("a b c", Texts.normalise("  a \u00A0\u2003 b\n\tc  "));
    assertEquals("שלום עולם", Texts.normalise("\u200Fשלום\u200B \u2067עולם\u2069"));
    assertEquals("می\u200Cخواهم 👩\u200D💻", Texts.normalise("می\u200Cخواهم 👩\u200D💻"), "ZWNJ and ZWJ stay");
    assertEquals("", Texts.normalise(null));
    assertEquals("", Texts.normalise(" \u00AD "));
  }

  @Test
  void normaliseReadsOnFromWhereANormalStartEnds() {
    assertEquals("one two three", Texts.normalise("one two  three"), "a start that ends with a space");
    assertEquals("one two", Texts.normalise("one two "), "a normal text but for its last space");
    assertEquals("one twothree", Texts.normalise("one two\u200Bthree"), "a start that ends before an invisible");
    assertEquals("one two", Texts.normalise("one \u200B two"));
    assertEquals("a \u0001", Texts.normalise("a \u0001"), "a control character is kept");
    assertEquals("one", Texts.normalise("one"));
  }

  @Test
  void withoutMarksDropsAccentsAndPointsButNoLetter() {
    assertEquals("Okologisch Gabor Munier", Texts.withoutMarks("Ökologisch Gàbor Muniér"));
    assertEquals("שלום", Texts.withoutMarks("שָׁלוֹם"), "Hebrew points are marks");
    assertEquals("Straße 2020", Texts.withoutMarks("Straße 2020"));
  }

  @Test
  void invisibleCharacters() {
    for (char c : "\u200B\uFEFF\u200E\u200F\u061C\u00AD\u202A\u202E\u2066\u2069".toCharArray()) {
      assertTrue(Texts.isInvisible(c), Integer.toHexString(c));
    }
    for (char c : "a \u200C\u200D\u2065\u202F".toCharArray()) assertFalse(Texts.isInvisible(c), Integer.toHexString(c));
  }

  @Test
  void spaceIsJavaWhitespaceOrAUnicodeSpaceSeparator() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertEquals(Character.isWhitespace(c) || Character.isSpaceChar(c), Texts.isSpace(c), Integer.toHexString(c));
    }
  }

  @Test
  void keyIgnoresCaseSpacingAndPunctuation() {
    assertEquals("trumpasksnetanyahu", Texts.key(" Trump asks — Netanyahu! "));
    assertEquals(Texts.key("Said Arikat"), Texts.key("said  ARIKAT."));
    assertEquals("שלום2026", Texts.key("שלום, 2026"));
  }

  @Test
  void visibleCharsCountsNonSpaceCharacters() {
    assertEquals(8, Texts.visibleChars(" ab c\u00A0d e f g h\u2003"));
    assertEquals(0, Texts.visibleChars(" \n \u00A0"));
  }

  @Test
  void countsOfCharactersAndWords() {
    assertEquals(3, Texts.countChar("a,b,c,", ','));
    assertEquals(0, Texts.countChar("", ','));
    assertEquals(4, Texts.words("one, two-three  שלום"));
    assertEquals(0, Texts.words(" ... "));
    assertEquals(2, Texts.words("7:15"));
  }

  @Test
  void hasTokenFindsWholeTokensOfAWhitespaceSeparatedList() {
    String[] lists = {"tag", "nofollow tag", " tag\t", "Tag", "tags", "xtag tagx", "", "  ", "a\u00A0tag", "me\ntag\fnext"};
    for (String list : lists) {
      for (boolean ignoreCase : new boolean[] {false, true}) {
        boolean expected = false;
        for (String t : list.split("\\s+")) expected |= ignoreCase ? t.equalsIgnoreCase("tag") : t.equals("tag");
        assertEquals(expected, Texts.hasToken(list, "tag", ignoreCase), "'" + list + "' " + ignoreCase);
      }
    }
    assertTrue(Texts.hasToken("nofollow TAG", "tag", true));
    assertFalse(Texts.hasToken("nofollow TAG", "tag", false));
    assertFalse(Texts.hasToken("a\u00A0tag", "tag", false), "NBSP does not separate tokens");
  }
}
