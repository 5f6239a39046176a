package dev.newskit.html;

/**
 * Bounds on the work done for one page, so huge or hostile input fails fast with a
 * {@link HtmlLimitException} instead of exhausting memory or time. Immutable; build with
 * {@link #builder()} or start from {@link #defaults()}.
 *
 * <p>Defaults: 32 MiB of input, 512 levels of element nesting (deeper elements are kept but attached
 * at that depth, as jsoup does), 200,000 elements (twenty times the largest real page in the test
 * corpus). The element limit is checked on the raw text before parsing, by counting start tags, so a
 * page of a million elements is refused before it can fill the heap; with the defaults one extraction
 * or cleaning fits in a 256 MiB heap.
 *
 * @param maxInputChars the largest input accepted, in characters (or bytes for byte input)
 * @param maxDepth the deepest element nesting kept by the parser
 * @param maxElements the most elements a parsed page may hold
 */
public record HtmlLimits(int maxInputChars, int maxDepth, int maxElements) {
  private static final HtmlLimits DEFAULTS = new HtmlLimits(32 * 1024 * 1024, 512, 200_000);

  /** Validates that every limit is positive. */
  public HtmlLimits {
    if (maxInputChars <= 0) throw new IllegalArgumentException("maxInputChars must be positive: " + maxInputChars);
    if (maxDepth <= 0) throw new IllegalArgumentException("maxDepth must be positive: " + maxDepth);
    if (maxElements <= 0) throw new IllegalArgumentException("maxElements must be positive: " + maxElements);
  }

  /** The default limits, suited to real news pages (the largest seen are under 2 MB). */
  public static HtmlLimits defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  /** A builder starting from these limits. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link HtmlLimits}; not thread-safe. */
  public static final class Builder {
    private int maxInputChars;
    private int maxDepth;
    private int maxElements;

    private Builder(HtmlLimits from) {
      maxInputChars = from.maxInputChars;
      maxDepth = from.maxDepth;
      maxElements = from.maxElements;
    }

    /** Sets the largest input accepted. */
    public Builder maxInputChars(int maxInputChars) {
      this.maxInputChars = maxInputChars;
      return this;
    }

    /** Sets the deepest nesting kept. */
    public Builder maxDepth(int maxDepth) {
      this.maxDepth = maxDepth;
      return this;
    }

    /** Sets the most elements accepted. */
    public Builder maxElements(int maxElements) {
      this.maxElements = maxElements;
      return this;
    }

    /** Validates and builds. */
    public HtmlLimits build() {
      return new HtmlLimits(maxInputChars, maxDepth, maxElements);
    }
  }
}
