package dev.newskit.warc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Jazzer fuzz test of the WARC reader. In the normal build it runs as a regression test over the
 * inputs saved under {@code src/test/resources/dev/newskit/warc/WarcPagesFuzzTestInputs} (a plain and a
 * gzip'd WARC among them); with {@code -P fuzz} Jazzer searches for new ones.
 */
class WarcPagesFuzzTest {
  /** Any bytes give pages or failures, never an exception, and reading ends. */
  @FuzzTest(maxDuration = "60s")
  void anyBytesGivePagesOrFailures(byte[] input) throws IOException {
    try (WarcPages pages = WarcPages.read(new ByteArrayInputStream(input), "fuzz.warc", 64 * 1024)) {
      int count = 0;
      for (WarcPage page : pages) {
        count++;
        assertTrue(page.error().isPresent() || page.html().length <= 64 * 1024, page::toString);
        assertTrue(count <= input.length + 1, "more pages than bytes");
      }
    }
  }
}
