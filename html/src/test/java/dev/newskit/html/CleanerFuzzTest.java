package dev.newskit.html;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newskit.html.safety.CleaningPolicy;
import dev.newskit.html.safety.HtmlCleaner;
import java.nio.charset.StandardCharsets;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Jazzer fuzz tests of the HTML engine. In the normal build each runs as a regression test over the
 * inputs saved under {@code src/test/resources/dev/newskit/html/CleanerFuzzTestInputs}; with
 * {@code -P fuzz} and {@code -Djazzer.max_duration=60s} Jazzer searches for new ones.
 */
class CleanerFuzzTest {
  private static final HtmlCleaner CLEANER = HtmlCleaner.of(CleaningPolicy.ARTICLE);
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.create();

  /** Cleaned output never holds anything outside the policy, and cleaning it again changes nothing. */
  @FuzzTest(maxDuration = "60s")
  void cleanerIsSafeAndAFixedPoint(byte[] input) {
    String html = new String(input, StandardCharsets.UTF_8);
    String once;
    try {
      once = CLEANER.clean(html, "https://news.example/a/b.html");
    } catch (HtmlLimitException expected) {
      return;
    }
    HtmlCleanerXssTest.assertSafe(CleaningPolicy.ARTICLE, once, "fuzz input");
    assertEquals(once, CLEANER.clean(once, "https://news.example/a/b.html"));
  }

  /** Any bytes give an article or a typed refusal (over a limit, or not HTML). */
  @FuzzTest(maxDuration = "60s")
  void extractorTakesAnyBytes(byte[] input) {
    try {
      EXTRACTOR.extract(input, "https://news.example/a");
    } catch (HtmlInputException expected) {
      // a typed refusal is a result
    }
  }
}
