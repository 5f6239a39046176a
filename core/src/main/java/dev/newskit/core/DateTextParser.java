package dev.newskit.core;

/**
 * Reads a date or date-time printed on a page into a {@link ParsedDate}.
 *
 * <p>This is a service interface: core ships a strict ISO-8601 / RFC 1123 implementation
 * ({@link #iso()}), and other modules provide more through {@link java.util.ServiceLoader} (the
 * {@code newskit-i18n} module adds the Hebrew, Arabic and Persian forms). {@link #installed()} combines all of them.
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
   * @throws NullPointerException naming the parameter, when {@code text} or {@code context} is null
   */
  ParsedDate parse(String text, DateContext context);

  /**
   * Finds the dates inside a longer text (a byline, a label before a date, a paragraph), in the order
   * they appear, each with its span in {@code text}; an empty list when there is none. Unlike
   * {@link #parse}, words around and between dates are skipped.
   *
   * <p>The default reads the whole text, stripped of surrounding white space, with {@link #parse};
   * parsers that can search override it.
   *
   * @param text the text to search
   * @param context the reference instant, default zone and hints
   * @return the dates found, never {@code null}
   * @throws NullPointerException naming the parameter, when {@code text} or {@code context} is null
   */
  default java.util.List<FoundDate> find(String text, DateContext context) {
    java.util.Objects.requireNonNull(text, "text");
    java.util.Objects.requireNonNull(context, "context");
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (start == end) return java.util.List.of();
    try {
      return java.util.List.of(new FoundDate(parse(text.substring(start, end), context), start, end));
    } catch (DateParseException e) {
      return java.util.List.of();
    }
  }

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
