package dev.newskit.html;

import java.util.Objects;

/** Thrown when a page exceeds one of the {@link HtmlLimits}; the message names the limit and the value. */
public final class HtmlLimitException extends HtmlInputException {
  private static final long serialVersionUID = 1L;

  private final String limit;
  private final long actual;
  private final long allowed;

  /**
   * A page exceeded {@code limit}: its value {@code actual} is over {@code allowed}.
   *
   * @throws NullPointerException if {@code limit} is null
   * @throws IllegalArgumentException if {@code limit} is blank or {@code actual} is not over {@code allowed}
   */
  public HtmlLimitException(String limit, long actual, long allowed) {
    super("page exceeds " + checkedName(limit, actual, allowed) + ": " + actual + " > " + allowed);
    this.limit = limit;
    this.actual = actual;
    this.allowed = allowed;
  }

  private static String checkedName(String limit, long actual, long allowed) {
    if (Objects.requireNonNull(limit, "limit").isBlank()) throw new IllegalArgumentException("limit must not be blank");
    if (actual <= allowed) throw new IllegalArgumentException("actual " + actual + " is not over allowed " + allowed);
    return limit;
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
