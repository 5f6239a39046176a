package dev.newskit.bench.eval;

import java.util.List;
import java.util.Optional;

/**
 * What one extractor returned for one page, reduced to what the evaluation compares. Absent fields are
 * empty strings; {@code authors}
 * are the names one by one (the peers give one byline string, taken as one name); {@code comments} is newskit's
 * readers' comments rendered after the text ({@link Extractors#commentLines}), empty for the peers.
 */
record Extracted(String text, String title, String byline, String published, String siteName, String language,
    String direction, List<String> authors, String comments) {
  Extracted(String text, String title, String byline, String published, String siteName, String language,
      String direction, List<String> authors) {
    this(text, title, byline, published, siteName, language, direction, authors, "");
  }

  static Extracted failed() {
    return new Extracted("", "", "", "", "", "", "", List.of());
  }

  /** The text with the readers' comments after it, as a gold that holds comments prints them. */
  String textWithComments() {
    return comments.isEmpty() ? text : text + "\n\n" + comments;
  }

  static String orEmpty(Optional<String> value) {
    return value.orElse("");
  }
}
