package dev.newskit.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newskit.html.HtmlLimitException;
import dev.newskit.html.HtmlLimits;
import org.junit.jupiter.api.Test;

class InputLimitsTest {
  private static final HtmlLimits SMALL = HtmlLimits.builder().maxInputChars(100).maxElements(3).build();

  @Test
  void sizeIsCheckedFirst() {
    InputLimits.check(SMALL, "x".repeat(100));
    HtmlLimitException e = assertThrows(HtmlLimitException.class, () -> InputLimits.check(SMALL, "<b>".repeat(34)));
    assertEquals("maxInputChars", e.limit());
    assertEquals(102, e.actual());
    assertThrows(HtmlLimitException.class, () -> InputLimits.checkSize(SMALL, 101));
    InputLimits.checkSize(SMALL, 100);
  }

  @Test
  void onlyStartTagsCountAsElements() {
    InputLimits.check(SMALL, "<p>a</p><B>b</B> < 3 <1 <!-- c --> <i>c</i>");
    HtmlLimitException e = assertThrows(HtmlLimitException.class, () -> InputLimits.check(SMALL, "<a><b><c><d>"));
    assertEquals("maxElements", e.limit());
    assertEquals(4, e.actual());
  }

  @Test
  void theDensestTagsAreCountedAtTheBound() {
    // "<a" over and over packs the most start tags into a text: one more than the limit is refused.
    HtmlLimitException e = assertThrows(HtmlLimitException.class, () -> InputLimits.check(SMALL, "<a".repeat(4)));
    assertEquals(4, e.actual());
    InputLimits.check(SMALL, "<a".repeat(3) + "x");
  }
}
