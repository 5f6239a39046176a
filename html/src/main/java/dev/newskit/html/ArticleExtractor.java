package dev.newskit.html;

import dev.newskit.core.Article;
import dev.newskit.core.DateContext;
import dev.newskit.core.DateTextParser;
import dev.newskit.html.internal.PageDecoder;
import dev.newskit.html.safety.CleaningPolicy;
import dev.newskit.html.safety.HtmlCleaner;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Extracts a complete {@link Article} from a news page: metadata from every layer the page carries,
 * fields the page only prints (dateline, byline line, kicker), the body as typed blocks with the
 * boilerplate removed, and the language and direction of the article text. Each field records in
 * {@link Article#provenance()} where it came from.
 *
 * <p>Immutable and thread-safe: make one and share it. Dates are read with the
 * {@link DateTextParser} given to the builder, by default {@link DateTextParser#installed()}, which
 * reads Hebrew dates when {@code newskit-i18n} is on the class or module path.
 *
 * <pre>{@code
 * ArticleExtractor extractor = ArticleExtractor.create();
 * Article article = extractor.extract(html, "https://example.com/news/1");
 * }</pre>
 */
public final class ArticleExtractor {
  private final DateTextParser dateParser;
  private final HtmlLimits limits;
  private final Clock clock;

  private ArticleExtractor(Builder b) {
    this.dateParser = b.dateParser;
    this.limits = b.limits;
    this.clock = b.clock;
  }

  /** An extractor with the installed date parsers, default limits and the system clock. */
  public static ArticleExtractor create() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Extracts from HTML text without a page address (relative links stay unresolved and are dropped). */
  public Article extract(String html) {
    return run(Objects.requireNonNull(html, "html"), Optional.empty());
  }

  /**
   * Extracts from HTML text fetched from {@code url}, which resolves relative links and images.
   *
   * @throws IllegalArgumentException if {@code url} is not an absolute http(s) URL
   * @throws HtmlLimitException if the page exceeds this extractor's {@link HtmlLimits}
   */
  public Article extract(String html, String url) {
    return run(Objects.requireNonNull(html, "html"), Optional.of(checkUrl(url)));
  }

  /** Extracts from page bytes, detecting the charset (BOM, then {@code <meta charset>}, then UTF-8). */
  public Article extract(byte[] html, String url) {
    return extract(html, url, null);
  }

  /**
   * Extracts from page bytes; {@code charsetHint} (such as the HTTP header's charset, may be
   * {@code null}) is used when the page has no BOM and declares no charset.
   */
  public Article extract(byte[] html, String url, Charset charsetHint) {
    Objects.requireNonNull(html, "html");
    if (html.length > limits.maxInputChars()) {
      throw new HtmlLimitException("maxInputChars", html.length, limits.maxInputChars());
    }
    Optional<String> base = url == null ? Optional.empty() : Optional.of(checkUrl(url));
    return run(PageDecoder.decode(html, Optional.ofNullable(charsetHint)), base);
  }

  /**
   * Extracts the article and its body as clean HTML ({@link CleaningPolicy#ARTICLE}), resolving links
   * against {@code url} (may be null).
   */
  public ExtractedPage extractPage(String html, String url) {
    Objects.requireNonNull(html, "html");
    Optional<String> base = url == null ? Optional.empty() : Optional.of(checkUrl(url));
    Extraction extraction = extraction(html, base).withBodyHtml();
    Article article = extraction.run();
    return new ExtractedPage(article, BODY_CLEANER.clean(extraction.rawBodyHtml(), base.orElse(null)));
  }

  /** Like {@link #extractPage(String, String)}, from page bytes with charset detection (the hint may be null). */
  public ExtractedPage extractPage(byte[] html, String url, Charset charsetHint) {
    Objects.requireNonNull(html, "html");
    if (html.length > limits.maxInputChars()) {
      throw new HtmlLimitException("maxInputChars", html.length, limits.maxInputChars());
    }
    return extractPage(PageDecoder.decode(html, Optional.ofNullable(charsetHint)), url);
  }

  private static final HtmlCleaner BODY_CLEANER = HtmlCleaner.of(CleaningPolicy.ARTICLE.toBuilder()
      .limits(HtmlLimits.builder().maxInputChars(Integer.MAX_VALUE).maxElements(Integer.MAX_VALUE).build()).build());

  private Article run(String html, Optional<String> url) {
    return extraction(html, url).run();
  }

  private Extraction extraction(String html, Optional<String> url) {
    if (html.length() > limits.maxInputChars()) {
      throw new HtmlLimitException("maxInputChars", html.length(), limits.maxInputChars());
    }
    DateReader dates = new DateReader(dateParser, DateContext.of(clock));
    return new Extraction(html, url, limits, dates);
  }

  private static String checkUrl(String url) {
    Objects.requireNonNull(url, "url");
    if (!url.strip().matches("(?i)https?://\\S+")) {
      throw new IllegalArgumentException("url must be an absolute http(s) URL: " + url);
    }
    return url.strip();
  }

  /** The limits this extractor enforces. */
  public HtmlLimits limits() {
    return limits;
  }

  /** Builds an {@link ArticleExtractor}; not thread-safe, but what it builds is. */
  public static final class Builder {
    private DateTextParser dateParser;
    private HtmlLimits limits = HtmlLimits.defaults();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Sets the parser for dates printed on pages; by default {@link DateTextParser#installed()}. */
    public Builder dateParser(DateTextParser dateParser) {
      this.dateParser = Objects.requireNonNull(dateParser, "dateParser");
      return this;
    }

    /** Sets the limits on input size, nesting and element count. */
    public Builder limits(HtmlLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** Sets the clock that relative dates ("2 hours ago") count from. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Builds the extractor. */
    public ArticleExtractor build() {
      if (dateParser == null) dateParser = DateTextParser.installed();
      return new ArticleExtractor(this);
    }
  }
}
