package dev.newskit.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HebrewNumeralsTest {

  @ParameterizedTest
  @CsvSource({"1, א׳", "10, י׳", "11, י״א", "15, ט״ו", "16, ט״ז", "23, כ״ג", "30, ל׳", "115, קט״ו", "270, ר״ע",
      "400, ת׳", "786, תשפ״ו", "5786, תשפ״ו", "999, תתקצ״ט"})
  void formats(int value, String numeral) {
    assertEquals(numeral, HebrewNumerals.format(value));
    assertEquals(value % 1000, HebrewNumerals.parse(numeral));
  }

  @Test
  void thousandsWhenAskedFor() {
    assertEquals("ה׳תשפ״ו", HebrewNumerals.format(5786, true));
    assertEquals(5786, HebrewNumerals.parse("ה׳תשפ״ו"));
    assertEquals(5786, HebrewNumerals.parse("ה'תשפ\"ו"));
  }

  @Test
  void parsesLooseMarksAndFinalForms() {
    assertEquals(23, HebrewNumerals.parse("כ\"ג"));
    assertEquals(23, HebrewNumerals.parse("כג"));
    assertEquals(6, HebrewNumerals.parse("ו’"));
    assertEquals(740, HebrewNumerals.parse("תשם"));
  }

  @Test
  void everyValueRoundTrips() {
    for (int v = 1; v <= 9999; v++) {
      if (v % 1000 == 0) continue; // a lone thousands letter reads as units: checked below
      int value = v;
      assertEquals(v, HebrewNumerals.parse(HebrewNumerals.format(v, true)), () -> "value " + value);
    }
    // Exact thousands are written with the thousands letter alone, which the notation cannot tell
    // from a units letter: ה׳ is both 5 and 5000. Parsing reads the units, as dates need.
    assertEquals("ה׳", HebrewNumerals.format(5000, true));
    assertEquals(5, HebrewNumerals.parse("ה׳"));
  }

  @Test
  void rejectsBadInput() {
    assertThrows(IllegalArgumentException.class, () -> HebrewNumerals.format(0));
    assertThrows(IllegalArgumentException.class, () -> HebrewNumerals.format(10000));
    NumberFormatException e = assertThrows(NumberFormatException.class, () -> HebrewNumerals.parse("כx"));
    assertEquals("not a Hebrew numeral letter at index 1: 'x' in כx", e.getMessage());
    assertThrows(NumberFormatException.class, () -> HebrewNumerals.parse(" "));
  }
}
