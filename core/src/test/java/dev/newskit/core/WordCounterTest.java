package dev.newskit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link WordCounter}: words of Latin, Hebrew and Arabic text; punctuation is no word; a number with inner separators is one. */
class WordCounterTest {
  private static int count(String text) {
    return WordCounter.count(text, Locale.ROOT);
  }

  @Test
  void wordsAreCountedAndPunctuationIsNot() {
    assertEquals(0, count(""));
    assertEquals(0, count("  … — !? "));
    assertEquals(2, count("Hello, world!"));
    assertEquals(5, count("The crews (all of them)"));
  }

  @Test
  void hebrewAndArabicWords() {
    assertEquals(3, WordCounter.count("שביתת המעבורות הסתיימה", Locale.forLanguageTag("he")));
    assertEquals(2, WordCounter.count("مرحبا بالعالم", Locale.forLanguageTag("ar")));
  }

  @Test
  void aNumberWithInnerSeparatorsCountsOnce() {
    assertEquals(1, count("7:15"));
    assertEquals(1, count("10/4/2026"));
    assertEquals(1, count("1,000.5"));
    assertEquals(1, count("2026-04-10"));
    assertEquals(4, count("at 7:15 on 10/4/2026"));
  }

  @Test
  void numbersApartAreTwo() {
    assertEquals(2, count("7: 15"));
    assertEquals(2, count("2026 - 2027"));
    assertEquals(2, count("7 15"));
    assertEquals(4, count("room 7, floor 2"));
  }

  @Test
  void chineseAndJapaneseCountEachHanOrKanaCharacter() {
    assertEquals(11, WordCounter.count("文化部今天宣布，新馆开放。", Locale.forLanguageTag("zh")));
    assertEquals(10, WordCounter.count("東京で新しい駅が開業", Locale.forLanguageTag("ja")));
    assertEquals(8, WordCounter.count("2026年4月10日发布", Locale.forLanguageTag("zh")));
    assertEquals(3, WordCounter.count("한국 뉴스 기사", Locale.forLanguageTag("ko")));
  }
}
