package dev.newskit.html;

import dev.newskit.core.DateContext;
import dev.newskit.core.DateParseException;
import dev.newskit.core.DateTextParser;
import dev.newskit.core.ParsedDate;
import dev.newskit.html.internal.Texts;
import java.util.Optional;

/** Reads date texts found on a page with the extractor's {@link DateTextParser}, in one context. */
final class DateReader {
  private final DateTextParser parser;
  private final DateContext context;

  DateReader(DateTextParser parser, DateContext context) {
    this.parser = parser;
    this.context = context;
  }

  /** The date in {@code text}, or empty when there is none or it is not a real date. */
  Optional<ParsedDate> read(String text) {
    if (text == null) return Optional.empty();
    String t = Texts.normalise(text);
    if (t.isEmpty() || t.length() > 200) return Optional.empty();
    try {
      return Optional.of(parser.parse(t, context));
    } catch (DateParseException e) {
      return Optional.empty();
    }
  }
}
