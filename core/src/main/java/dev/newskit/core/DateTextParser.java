package dev.newskit.core;

/**
 * Reads a date or date-time printed on a page into a {@link ParsedDate}.
 *
 * <p>This is a service interface: core ships a strict ISO-8601 / RFC 1123 implementation
 * ({@link #iso()}), and other modules provide more through {@link java.util.ServiceLoader} (the
 * {@code newskit-i18n} module adds the Hebrew forms). {@link #installed()} combines all of them.
 * Implementations must be immutable and thread-safe.
 */
public interface DateTextParser {

  /**
   * Parses {@code text} in {@code context}.
   *
   * @param text the date text as found on the page
   * @param context the reference instant, default zone and hints
   * @return the date read from the text, never {@code null}
   * @throws DateParseException when the text is not a date this parser reads, or not a real date
   */
  ParsedDate parse(String text, DateContext context);

  /** The strict ISO-8601 and RFC 1123 parser that core ships. Thread-safe. */
  static DateTextParser iso() {
    return IsoDateTextParser.INSTANCE;
  }

  /**
   * All parsers found with {@link java.util.ServiceLoader} on the class path or module path, tried in
   * the order found, then {@link #iso()}. The lookup runs once per call: keep the result. Thread-safe.
   */
  static DateTextParser installed() {
    return DateTextParsers.discover();
  }
}
