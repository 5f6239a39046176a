package dev.newskit.html;

/**
 * Thrown when the input is not an HTML page but, for example, an image, a PDF, an archive, an executable
 * or random bytes; the message and {@link #detected()} say what was found.
 */
public final class NotHtmlException extends HtmlInputException {
  private static final long serialVersionUID = 1L;

  private final String detected;

  /** The input looks like {@code detected} (such as "a PNG image"), not HTML. */
  public NotHtmlException(String detected) {
    super("input is not HTML: it looks like " + detected);
    this.detected = detected;
  }

  /** What the input looks like, such as "a PNG image" or "binary data". */
  public String detected() {
    return detected;
  }
}
