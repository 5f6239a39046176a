package dev.newskit.html;

/**
 * Thrown when a page cannot be extracted or cleaned because of what it is: too large or too deep
 * ({@link HtmlLimitException}) or not HTML at all ({@link NotHtmlException}). Catch this to treat every
 * refused input alike.
 */
public abstract sealed class HtmlInputException extends RuntimeException
    permits HtmlLimitException, NotHtmlException {
  private static final long serialVersionUID = 1L;

  HtmlInputException(String message) {
    super(message);
  }
}
