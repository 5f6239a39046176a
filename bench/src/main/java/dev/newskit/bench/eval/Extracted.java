package dev.newskit.bench.eval;

import java.util.Optional;

/**
 * What one extractor returned for one page, reduced to what the evaluation compares. Absent fields are
 * empty strings.
 */
record Extracted(String text, String title, String byline, String published, String siteName, String language,
    String direction) {
  static Extracted failed() {
    return new Extracted("", "", "", "", "", "", "");
  }

  static String orEmpty(Optional<String> value) {
    return value.orElse("");
  }
}
