package dev.newskit.core;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a date text cannot be read as a real date: it carries the input (its first 1,000 characters when it is
 * longer, so that a refused text of any length is not kept whole), the index where reading failed and the reason.
 */
public final class DateParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** The most characters of the input the exception keeps. */
  private static final int KEPT_CHARS = 1_000;

  private final String input;
  private final int index;
  private final String reason;

  /**
   * A failure to parse {@code input} at {@code index}.
   *
   * @param input the text that was given; only its first 1,000 characters are kept
   * @param index the index in {@code input} where parsing failed, 0 for the whole text
   * @param reason what was wrong there, in a few words
   */
  public DateParseException(@Nullable String input, int index, @Nullable String reason) {
    super(message(input, index, reason));
    this.input = input == null ? "" : input.length() > KEPT_CHARS ? input.substring(0, KEPT_CHARS) : input;
    this.index = Math.max(0, index);
    this.reason = reason == null ? "" : reason;
  }

  private static String message(@Nullable String input, int index, @Nullable String reason) {
    String shown = input == null ? "" : input;
    if (shown.length() > 200) shown = shown.substring(0, 200) + "…";
    return "cannot parse date \"" + shown + "\" at index " + Math.max(0, index) + ": " + reason;
  }

  /** The text that could not be parsed, or its first 1,000 characters when it is longer. */
  public String input() {
    return input;
  }

  /** The index in {@link #input()} where parsing failed. */
  public int index() {
    return index;
  }

  /** What was wrong, without the input. */
  public String reason() {
    return reason;
  }
}
