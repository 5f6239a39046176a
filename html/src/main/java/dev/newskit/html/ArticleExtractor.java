package dev.newskit.html;

import dev.newskit.core.Article;
import dev.newskit.core.Block;
import dev.newskit.core.DateTextParser;
import dev.newskit.html.internal.InputLimits;
import dev.newskit.html.internal.NotHtml;
import dev.newskit.html.internal.PageDecoder;
import dev.newskit.html.safety.CleaningPolicy;
import dev.newskit.html.safety.HtmlCleaner;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;

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
 * <p>Each call takes a {@link PageInput}: the page and what the caller knows about it. Relative dates
 * ("16 hours ago", "לפני שעתיים") count from the input's {@linkplain PageInput#withReferenceInstant
 * reference instant}; without one, from the {@linkplain Builder#clock clock} if the builder was given
 * one; otherwise they are left out, never read against the time of processing. The other
 * {@code extract} and {@code extractPage} methods are shorthands for a {@code PageInput}: each comes in a form
 * without the URL (and the charset hint), so no caller needs to pass {@code null}; where a URL or hint parameter
 * is {@code @Nullable}, {@code null} means none, kept for compatibility.
 *
 * <pre>{@code
 * ArticleExtractor extractor = ArticleExtractor.create();
 * Article article = extractor.extract(PageInput.of(html).withUrl("https://example.com/news/1"));
 * }</pre>
 */
public final class ArticleExtractor {
  private final DateTextParser dateParser;
  private final HtmlLimits limits;
  private final @Nullable Clock clock;
  private final ExtractionFocus focus;
  private final boolean comments;

  private ArticleExtractor(Builder b) {
    this.focus = b.focus;
    this.comments = b.comments;
    this.dateParser = Objects.requireNonNull(b.dateParser);
    this.limits = b.limits;
    this.clock = b.clock;
  }

  /** An extractor with the installed date parsers, default limits and no clock. */
  public static ArticleExtractor create() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this extractor's settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.dateParser = dateParser;
    b.limits = limits;
    b.clock = clock;
    b.focus = focus;
    b.comments = comments;
    return b;
  }

  /**
   * Extracts the article from one page.
   *
   * @throws HtmlLimitException if the page exceeds this extractor's {@link HtmlLimits}
   * @throws NotHtmlException if the input is not HTML (an image, a PDF, an archive, an executable, binary data)
   */
  public Article extract(PageInput input) {
    Article article = extraction(input, focus).run();
    return fallsBack(article) ? extraction(input, ExtractionFocus.RECALL).run() : article;
  }

  /**
   * Whether a balanced extraction came out without body text (at most an image), so that the recall choice is tried instead
   * (as trafilatura falls back to a wider extraction): a page whose one scored container held only
   * lines that were lifted into fields still has its text read. Precision is never widened.
   */
  private boolean fallsBack(Article article) {
    if (focus != ExtractionFocus.BALANCED) return false;
    // Article.text() joins every block with blank lines: it is blank exactly when every block's text is,
    // which is known without building the whole text.
    for (Block b : article.body()) if (!b.text().isBlank()) return false;
    return true;
  }

  /**
   * Extracts the article and explains it: what became of each text block of the page (kept in the body,
   * dropped and why, or lifted into a field) and, for each field, where its value came from and which
   * candidates it beat. The article is the one {@link #extract(PageInput)} returns; the decisions are
   * recorded as the extractor makes them, so explaining costs more than extracting but plain extraction
   * pays nothing for it.
   *
   * @throws HtmlLimitException if the page exceeds this extractor's {@link HtmlLimits}
   * @throws NotHtmlException if the input is not HTML
   */
  public Explanation explain(PageInput input) {
    DecisionLog log = new DecisionLog();
    Article article = extraction(input, focus).recordingTo(log).run();
    if (fallsBack(article)) {
      log = new DecisionLog();
      article = extraction(input, ExtractionFocus.RECALL).recordingTo(log).run();
    }
    return log.explanation(article);
  }

  /**
   * Extracts the article and, unless the input {@linkplain PageInput#withBodyHtml turns it off}, its body as
   * clean HTML ({@link CleaningPolicy#ARTICLE}) with links resolved against the input's URL.
   *
   * @throws HtmlLimitException if the page exceeds this extractor's {@link HtmlLimits}
   * @throws NotHtmlException if the input is not HTML
   */
  public ExtractedPage extractPage(PageInput input) {
    Extraction extraction = extraction(input, focus);
    if (input.bodyHtml()) extraction.withBodyHtml();
    Article article = extraction.run();
    if (fallsBack(article)) {
      extraction = extraction(input, ExtractionFocus.RECALL);
      if (input.bodyHtml()) extraction.withBodyHtml();
      article = extraction.run();
    }
    if (!input.bodyHtml()) return new ExtractedPage(article, "");
    return new ExtractedPage(article, BODY_CLEANER.clean(extraction.rawBodyHtml(), input.url().orElse(null)));
  }

  /**
   * Extracts from HTML text without a page address: relative links are dropped, and images keep the
   * relative addresses the page gave ({@link dev.newskit.core.Image#absoluteUrl()} is empty for them).
   */
  public Article extract(String html) {
    return extract(PageInput.of(html));
  }

  /**
   * Extracts from HTML text fetched from {@code url}, which resolves relative links and images. A {@code null}
   * URL means none, as {@link #extract(String)} without one does: call that rather than pass {@code null}.
   *
   * @throws IllegalArgumentException if {@code url} is not an absolute http(s) URL
   * @throws HtmlLimitException if the page exceeds this extractor's {@link HtmlLimits}
   */
  public Article extract(String html, @Nullable String url) {
    return extract(PageInput.of(html).withUrl(url));
  }

  /**
   * Extracts from page bytes without a page address, detecting the charset (BOM, then {@code <meta charset>},
   * then UTF-8); relative links are dropped, as for {@link #extract(String)}.
   *
   * @throws HtmlLimitException if the page exceeds this extractor's {@link HtmlLimits}
   * @throws NotHtmlException if the bytes are not HTML
   */
  public Article extract(byte[] html) {
    return extract(PageInput.of(html));
  }

  /**
   * Extracts from page bytes fetched from {@code url}, detecting the charset (BOM, then {@code <meta charset>},
   * then UTF-8). A {@code null} URL means none: call {@link #extract(byte[])} rather than pass {@code null}.
   */
  public Article extract(byte[] html, @Nullable String url) {
    return extract(PageInput.of(html).withUrl(url));
  }

  /**
   * Extracts from page bytes; {@code charsetHint} (such as the HTTP header's charset) is used when the page
   * has no BOM and declares no charset. Either may be {@code null} for none; without a URL or without a hint,
   * call {@link #extract(byte[], String)}, {@link #extract(byte[])} or {@link #extract(PageInput)} with
   * {@link PageInput#withCharset} instead of passing {@code null}.
   */
  public Article extract(byte[] html, @Nullable String url, @Nullable Charset charsetHint) {
    return extract(PageInput.of(html).withUrl(url).withCharset(charsetHint));
  }

  /**
   * Extracts the article and its body as clean HTML ({@link CleaningPolicy#ARTICLE}) from HTML text without a
   * page address: relative links are dropped, and the body's images keep the relative addresses the page gave.
   */
  public ExtractedPage extractPage(String html) {
    return extractPage(PageInput.of(html));
  }

  /**
   * Extracts the article and its body as clean HTML ({@link CleaningPolicy#ARTICLE}), resolving links
   * against {@code url}. A {@code null} URL means none: call {@link #extractPage(String)} rather than pass
   * {@code null}.
   */
  public ExtractedPage extractPage(String html, @Nullable String url) {
    return extractPage(PageInput.of(html).withUrl(url));
  }

  /** Like {@link #extractPage(String)}, from page bytes with charset detection. */
  public ExtractedPage extractPage(byte[] html) {
    return extractPage(PageInput.of(html));
  }

  /**
   * Like {@link #extractPage(String, String)}, from page bytes with charset detection. A {@code null} URL means none, as
   * everywhere: call {@link #extractPage(byte[])} rather than pass {@code null}.
   */
  public ExtractedPage extractPage(byte[] html, @Nullable String url) {
    return extractPage(PageInput.of(html).withUrl(url));
  }

  /**
   * Like {@link #extractPage(String, String)}, from page bytes with charset detection. Either the URL or the
   * hint may be {@code null} for none; rather than pass {@code null}, call {@link #extractPage(byte[], String)},
   * {@link #extractPage(byte[])} or {@link #extractPage(PageInput)} with {@link PageInput#withCharset}.
   */
  public ExtractedPage extractPage(byte[] html, @Nullable String url, @Nullable Charset charsetHint) {
    return extractPage(PageInput.of(html).withUrl(url).withCharset(charsetHint));
  }

  // Without the page's address, the body's images keep their relative addresses, as the article's do.
  private static final HtmlCleaner BODY_CLEANER = HtmlCleaner.of(CleaningPolicy.ARTICLE.toBuilder().relativeImages(true)
      .limits(HtmlLimits.builder().maxInputChars(Integer.MAX_VALUE).maxElements(Integer.MAX_VALUE).build()).build());

  private Extraction extraction(PageInput input, ExtractionFocus focus) {
    Objects.requireNonNull(input, "input");
    Optional<String> url = input.url();
    Object source = input.source();
    Document doc;
    if (source instanceof Document given) {
      doc = given.clone();
      url.ifPresent(doc::setBaseUri);
    } else if (source instanceof byte[] bytes) {
      InputLimits.checkSize(limits, bytes.length);
      NotHtml.check(bytes);
      doc = Extraction.parse(PageDecoder.decode(bytes, input.charset()), url, limits);
    } else {
      doc = Extraction.parse((String) source, url, limits);
    }
    Optional<Instant> reference = input.referenceInstant().or(() -> Optional.ofNullable(clock).map(Clock::instant));
    PageDates dates = new PageDates(dateParser, reference, limits.maxDateChars());
    return new Extraction(doc, url, limits, dates).withFocus(focus).withComments(comments);
  }

  /** The limits this extractor enforces. */
  public HtmlLimits limits() {
    return limits;
  }

  /** The clock relative dates count from when a page gives no reference instant, if one was set. */
  public Optional<Clock> clock() {
    return Optional.ofNullable(clock);
  }

  /** What the body favours when a part of the page may or may not be article text. */
  public ExtractionFocus focus() {
    return focus;
  }

  /** Whether readers' comments are read into {@link Article#comments()} (the default). */
  public boolean comments() {
    return comments;
  }

  /** Builds an {@link ArticleExtractor}; not thread-safe, but what it builds is. */
  public static final class Builder {
    private @Nullable DateTextParser dateParser;
    private HtmlLimits limits = HtmlLimits.defaults();
    private @Nullable Clock clock;
    private ExtractionFocus focus = ExtractionFocus.BALANCED;
    private boolean comments = true;

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

    /**
     * Sets the clock that relative dates ("2 hours ago") count from when a page comes without a
     * {@linkplain PageInput#withReferenceInstant reference instant}. Set it only when pages are extracted as
     * they are fetched. {@code null} means no clock, as {@link #noClock()} says without one.
     */
    public Builder clock(@Nullable Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Takes the clock off (the default): relative dates on a page without a {@linkplain
     * PageInput#withReferenceInstant reference instant} are left out.
     */
    public Builder noClock() {
      this.clock = null;
      return this;
    }

    /**
     * Sets what the body favours: {@link ExtractionFocus#PRECISION} (less boilerplate),
     * {@link ExtractionFocus#BALANCED} (the default) or {@link ExtractionFocus#RECALL} (less text lost).
     */
    public Builder focus(ExtractionFocus focus) {
      this.focus = Objects.requireNonNull(focus, "focus");
      return this;
    }

    /**
     * Sets whether readers' comments printed under the article are read into {@link Article#comments()}: on by
     * default (as trafilatura's {@code include_comments}). They are never part of the body or {@link Article#text()};
     * turning them off saves the little work of reading them.
     */
    public Builder comments(boolean comments) {
      this.comments = comments;
      return this;
    }

    /** Builds the extractor. */
    public ArticleExtractor build() {
      if (dateParser == null) dateParser = DateTextParser.installed();
      return new ArticleExtractor(this);
    }
  }
}
