package dev.newskit.html;

import java.util.Objects;

/**
 * Thrown when the input is not an HTML page but, for example, an image, a PDF, an archive, an executable
 * or random bytes; the message and {@link #detected()} say what was found.
 */
public final class NotHtmlException extends HtmlInputException {
  private static final long serialVersionUID = 1L;

  private final String detected;

  /**
   * The input looks like {@code detected} (such as "a PNG image"), not HTML.
   *
   * @throws NullPointerException if {@code detected} is null
   * @throws IllegalArgumentException if {@code detected} is blank
   */
  public NotHtmlException(String detected) {
    super("input is not HTML: it looks like " + checked(detected));
    this.detected = detected;
  }

  private static String checked(String detected) {
    if (Objects.requireNonNull(detected, "detected").isBlank()) throw new IllegalArgumentException("detected must not be blank");
    return detected;
  }

  /** What the input looks like, such as "a PNG image" or "binary data". */
  public String detected() {
    return detected;
  }
}
