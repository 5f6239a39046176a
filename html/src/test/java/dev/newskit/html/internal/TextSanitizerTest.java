package dev.newskit.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TextSanitizerTest {
  @Test
  void spoofingCharactersGo() {
    assertEquals("invoice-exe.pdf", TextSanitizer.clean("invoice-\u202Eexe.pdf\u202C"));
    assertEquals("abc", TextSanitizer.clean("a\u200Bb\u2066c\u2069\u200E\uFEFF"));
    assertEquals("ab", TextSanitizer.clean("a\u0000\uFFFF\uFDD0b"));
  }

  @Test
  void joinersStayBetweenLettersOnly() {
    assertEquals("می\u200Cخواهم", TextSanitizer.clean("می\u200Cخواهم"));
    assertEquals("👩\u200D💻", TextSanitizer.clean("👩\u200D💻"));
    assertEquals("a b", TextSanitizer.clean("a \u200Db"), "after a space");
    assertEquals("ab", TextSanitizer.clean("\u200Cab\u200D"), "at the ends");
  }

  @Test
  void cleanTextIsReturnedAsIs() {
    String text = "שלום, world";
    assertSame(text, TextSanitizer.clean(text));
  }

  @Test
  void whatCountsAsSpoofing() {
    for (char c : "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200B\u200E\u200F\u061C\u2060\uFEFF\u180E\u2061\uFFF9\uFFFB\u0000"
        .toCharArray()) {
      assertEquals("ab", TextSanitizer.clean("a" + c + "b"), Integer.toHexString(c));
    }
    // Joiners between letters shape the text and stay; the others here are visible.
    for (char c : "a א \u200C\u200D\u00A0\n".toCharArray()) {
      assertEquals("x" + c + "y", TextSanitizer.clean("x" + c + "y"), Integer.toHexString(c));
    }
  }
}
