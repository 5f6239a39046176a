package dev.newskit.core;

/**
 * A date found inside a longer text by {@link DateTextParser#find}: the date read and where it was
 * printed, as the half-open range {@code [start, end)} of indexes into the searched text.
 *
 * @param date the date read, with its precision
 * @param start the index of the date's first character in the searched text
 * @param end the index just after the date's last character
 */
public record FoundDate(ParsedDate date, int start, int end) {
  /** Validates the values. */
  public FoundDate {
    Checks.notNull(date, "FoundDate.date");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("FoundDate span [" + start + ", " + end + ") is empty or negative");
    }
  }

  /** The printed date: {@code text.substring(start, end)} of the text that was searched. */
  public String textIn(String searched) {
    return Checks.notNull(searched, "searched").substring(start, end);
  }
}
