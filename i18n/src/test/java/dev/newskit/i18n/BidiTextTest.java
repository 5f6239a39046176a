package dev.newskit.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BidiTextTest {
  private static final String LRI = "\u2066";
  private static final String PDI = "\u2069";

  @Test
  void isolatesTimesNumbersAndLatinNamesInsideHebrew() {
    assertEquals("ו 10 אפר 2026 7:15 am - שעון ירושלים".replace("10", LRI + "10" + PDI)
            .replace("2026 7:15 am", LRI + "2026 7:15 am" + PDI),
        BidiText.isolateLtrRuns("ו 10 אפר 2026 7:15 am - שעון ירושלים"));
    assertEquals("מאת " + LRI + "Said Arikat" + PDI + ", וושינגטון",
        BidiText.isolateLtrRuns("מאת Said Arikat, וושינגטון"));
  }

  @Test
  void isIdempotentAndLeavesPureRtlAlone() {
    String once = BidiText.isolateLtrRuns("שעה 07:15");
    assertEquals(once, BidiText.isolateLtrRuns(once));
    assertEquals("שלום עולם", BidiText.isolateLtrRuns("שלום עולם"));
  }

  @Test
  void stripsBidiControlsButKeepsJoiners() {
    assertEquals("abc", BidiText.stripControls("\u202Eabc\u202C"));
    assertEquals("שלום", BidiText.stripControls("\u200Fשלום\u200E\u2067\u2069"));
    assertEquals("می\u200Cخواهم", BidiText.stripControls("می\u200Cخواهم"));
    assertEquals("👨\u200D👩", BidiText.stripControls("👨\u200D👩"));
  }
}
