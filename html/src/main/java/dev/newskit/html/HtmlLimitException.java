package dev.newskit.html;

/** Thrown when a page exceeds one of the {@link HtmlLimits}; the message names the limit and the value. */
public final class HtmlLimitException extends HtmlInputException {
  private static final long serialVersionUID = 1L;

  private final String limit;
  private final long actual;
  private final long allowed;

  /** A page exceeded {@code limit}: its value {@code actual} is over {@code allowed}. */
  public HtmlLimitException(String limit, long actual, long allowed) {
    super("page exceeds " + limit + ": " + actual + " > " + allowed);
    this.limit = limit;
    this.actual = actual;
    this.allowed = allowed;
  }

  /** The name of the limit, such as {@code maxElements}. */
  public String limit() {
    return limit;
  }

  /** The page's value for it (at least; counting may stop early). */
  public long actual() {
    return actual;
  }

  /** The configured bound. */
  public long allowed() {
    return allowed;
  }
}
