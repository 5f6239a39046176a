package dev.newskit.bench.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TokenScoreTest {

  @Test
  void multisetOverlapOfLowerCasedWordTokens() {
    TokenScore s = TokenScore.of("The cat, the HAT.", "the cat sat");
    // extracted: the×2 cat hat; expected: the cat sat; overlap: the, cat
    assertEquals(2 / 4.0, s.precision(), 1e-9);
    assertEquals(2 / 3.0, s.recall(), 1e-9);
    assertEquals(2 * 0.5 * (2 / 3.0) / (0.5 + 2 / 3.0), s.f1(), 1e-9);
  }

  @Test
  void hebrewAndArabicTokensCount() {
    assertEquals(1.0, TokenScore.of("שלום עולם", "עולם שלום").f1(), 1e-9);
    assertEquals(0.5, TokenScore.of("مرحبا", "مرحبا بالعالم").recall(), 1e-9);
  }

  @Test
  void emptyCases() {
    assertEquals(1.0, TokenScore.of("", "").f1());
    assertEquals(0.0, TokenScore.of("", "text").f1());
    assertEquals(0.0, TokenScore.of("text", "").f1());
  }
}
