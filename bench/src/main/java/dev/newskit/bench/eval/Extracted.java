package dev.newskit.bench.eval;

import java.util.List;
import java.util.Optional;

/**
 * What one extractor returned for one page, reduced to what the evaluation compares. Absent fields are
 * empty strings; {@code authors}
 * are the names one by one (the peers give one byline string, taken as one name).
 */
record Extracted(String text, String title, String byline, String published, String siteName, String language,
    String direction, List<String> authors) {
  static Extracted failed() {
    return new Extracted("", "", "", "", "", "", "", List.of());
  }

  static String orEmpty(Optional<String> value) {
    return value.orElse("");
  }
}
