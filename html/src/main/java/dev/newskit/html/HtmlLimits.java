package dev.newskit.html;

/**
 * Bounds on the work done for one page, so huge or hostile input fails fast with a
 * {@link HtmlLimitException} (whose message names the limit) or is read only in part, instead of
 * exhausting memory or time. Immutable; build with {@link #builder()} or start from {@link #defaults()} (or
 * {@link #toBuilder()}): the builder is the supported way to make limits. The constructor is public only
 * because a record's canonical constructor must be; its {@code int}s come in an order a call cannot show, and it
 * takes one more with every limit added (the earlier shapes stay, deprecated).
 *
 * <p>Defaults: 32 MiB of input, 512 levels of element nesting (deeper elements are kept but attached
 * at that depth, as jsoup does), 200,000 elements (twenty times the largest real page in the test
 * corpus). The element limit is checked on the raw text before parsing, by counting start tags, so a
 * page of a million elements is refused before it can fill the heap; with the defaults one extraction
 * or cleaning fits in a 256 MiB heap. Two limits bound what is read rather than refuse the page: JSON-LD
 * beyond 200,000 nodes per script is not looked at, and a date text longer than 200 characters is not
 * read as a date. Readers' comments are read up to 500 comments and 200,000 characters of their text a page; the
 * rest of a huge thread is left out.
 *
 * @param maxInputChars the largest input accepted, in characters (or bytes for byte input)
 * @param maxDepth the deepest element nesting kept by the parser
 * @param maxElements the most elements a parsed page may hold
 * @param maxJsonLdNodes the most JSON nodes looked at in one JSON-LD script; the rest is ignored
 * @param maxDateChars the longest text read as a date (after whitespace is collapsed); longer ones are not dates
 * @param maxComments the most readers' comments read from one page; later ones are left out
 * @param maxCommentChars the most characters of comment text read from one page; the comments after are left out
 */
public record HtmlLimits(int maxInputChars, int maxDepth, int maxElements, int maxJsonLdNodes, int maxDateChars,
    int maxComments, int maxCommentChars) {
  private static final HtmlLimits DEFAULTS = new HtmlLimits(32 * 1024 * 1024, 512, 200_000, 200_000, 200, 500, 200_000);

  /** Validates that every limit is positive. Prefer {@link #builder()}: this constructor grows with the limits. */
  public HtmlLimits {
    positive("maxInputChars", maxInputChars);
    positive("maxDepth", maxDepth);
    positive("maxElements", maxElements);
    positive("maxJsonLdNodes", maxJsonLdNodes);
    positive("maxDateChars", maxDateChars);
    positive("maxComments", maxComments);
    positive("maxCommentChars", maxCommentChars);
  }

  /**
   * The limits without the comments' ones, which take their defaults.
   *
   * @deprecated use {@link #builder()}; kept for callers of the five-limit record
   */
  @Deprecated
  public HtmlLimits(int maxInputChars, int maxDepth, int maxElements, int maxJsonLdNodes, int maxDateChars) {
    this(maxInputChars, maxDepth, maxElements, maxJsonLdNodes, maxDateChars, DEFAULTS.maxComments,
        DEFAULTS.maxCommentChars);
  }

  /**
   * The three refusing limits, with the defaults for the others.
   *
   * @deprecated use {@link #builder()}; kept for callers of the three-limit record
   */
  @Deprecated
  public HtmlLimits(int maxInputChars, int maxDepth, int maxElements) {
    this(maxInputChars, maxDepth, maxElements, DEFAULTS.maxJsonLdNodes, DEFAULTS.maxDateChars, DEFAULTS.maxComments,
        DEFAULTS.maxCommentChars);
  }

  private static void positive(String name, int value) {
    if (value <= 0) throw new IllegalArgumentException(name + " must be positive: " + value);
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
    private int maxJsonLdNodes;
    private int maxDateChars;
    private int maxComments;
    private int maxCommentChars;

    private Builder(HtmlLimits from) {
      maxInputChars = from.maxInputChars;
      maxDepth = from.maxDepth;
      maxElements = from.maxElements;
      maxJsonLdNodes = from.maxJsonLdNodes;
      maxDateChars = from.maxDateChars;
      maxComments = from.maxComments;
      maxCommentChars = from.maxCommentChars;
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

    /** Sets the most JSON nodes looked at in one JSON-LD script. */
    public Builder maxJsonLdNodes(int maxJsonLdNodes) {
      this.maxJsonLdNodes = maxJsonLdNodes;
      return this;
    }

    /** Sets the longest text read as a date. */
    public Builder maxDateChars(int maxDateChars) {
      this.maxDateChars = maxDateChars;
      return this;
    }

    /** Sets the most readers' comments read from one page. */
    public Builder maxComments(int maxComments) {
      this.maxComments = maxComments;
      return this;
    }

    /** Sets the most characters of comment text read from one page. */
    public Builder maxCommentChars(int maxCommentChars) {
      this.maxCommentChars = maxCommentChars;
      return this;
    }

    /** Validates and builds. */
    public HtmlLimits build() {
      return new HtmlLimits(maxInputChars, maxDepth, maxElements, maxJsonLdNodes, maxDateChars, maxComments,
          maxCommentChars);
    }
  }
}
