package dev.newskit.html;

import dev.newskit.html.internal.InputLimits;
import dev.newskit.html.internal.Urls;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * One page to extract: its HTML (text, bytes, a stream or an already parsed jsoup {@link Document}) with
 * what the caller knows about it — the address it was fetched from, the charset the server declared,
 * the instant it was fetched — and per-call options. Immutable: each {@code with} method returns a copy, and a
 * byte array is copied in, so the caller may reuse it.
 *
 * <pre>{@code
 * Article a = extractor.extract(PageInput.of(bytes)
 *     .withUrl(record.targetUri())
 *     .withCharset(headerCharset)
 *     .withReferenceInstant(record.date()));
 * }</pre>
 *
 * <p>Relative dates on the page ("16 hours ago", "לפני שעתיים") count from the
 * {@linkplain #withReferenceInstant reference instant}; without one, from the clock the extractor was
 * built with if one was set, and otherwise they are left out: the time of processing is never taken
 * for the time of publication.
 *
 * <p>A page starts with no address, charset hint or reference instant: leave a {@code with} method out for
 * "none" rather than pass it {@code null} (which is also taken as none).
 */
public final class PageInput {
  private final Object source;
  private final @Nullable String url;
  private final @Nullable Charset charset;
  private final @Nullable Instant referenceInstant;
  private final boolean bodyHtml;

  private PageInput(Object source, @Nullable String url, @Nullable Charset charset,
      @Nullable Instant referenceInstant, boolean bodyHtml) {
    this.source = source;
    this.url = url;
    this.charset = charset;
    this.referenceInstant = referenceInstant;
    this.bodyHtml = bodyHtml;
  }

  /** A page given as HTML text. */
  public static PageInput of(String html) {
    return new PageInput(Objects.requireNonNull(html, "html"), null, null, null, true);
  }

  /**
   * A page given as bytes; the charset is detected (byte-order mark, then {@code <meta charset>}, then the
   * {@linkplain #withCharset hint}, then UTF-8). The array is copied: changing it later does not change the page.
   */
  public static PageInput of(byte[] html) {
    return ofOwn(Objects.requireNonNull(html, "html").clone());
  }

  /** A page of bytes no one else holds, taken without a copy. */
  private static PageInput ofOwn(byte[] html) {
    return new PageInput(html, null, null, null, true);
  }

  /**
   * A page read from {@code in} now, up to {@link HtmlLimits#defaults()}' {@code maxInputChars} bytes;
   * the stream is not closed.
   *
   * @throws HtmlLimitException if the stream holds more
   * @throws UncheckedIOException if reading fails
   */
  public static PageInput of(InputStream in) {
    return of(in, HtmlLimits.defaults());
  }

  /**
   * A page read from {@code in} now, up to {@code limits.maxInputChars()} bytes; the stream is not closed.
   *
   * @throws HtmlLimitException if the stream holds more
   * @throws UncheckedIOException if reading fails
   */
  public static PageInput of(InputStream in, HtmlLimits limits) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(limits, "limits");
    int max = limits.maxInputChars();
    try {
      byte[] bytes = in.readNBytes(max);
      if (bytes.length == max && in.read() != -1) InputLimits.checkSize(limits, (long) max + 1);
      return ofOwn(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the page failed", e);
    }
  }

  /**
   * A page already parsed by jsoup. Extraction works on a copy, so {@code doc} is left as it is; the
   * document's own location is not used as the page's address (give it with {@link #withUrl}).
   */
  public static PageInput of(Document doc) {
    return new PageInput(Objects.requireNonNull(doc, "doc"), null, null, null, true);
  }

  /**
   * This page fetched from {@code url}, which resolves relative links and images and is the article's
   * address unless the page names a canonical one. Without an address (leave this method out; {@code null}
   * also means none) relative links are dropped, and images keep the relative addresses the page gave ({@link
   * dev.newskit.core.Image#resolve} completes them later).
   *
   * @throws IllegalArgumentException if {@code url} is not an absolute http(s) URL with a host, or carries a user name
   *     or password (the address is written into the article), or a port outside 0-65535
   */
  public PageInput withUrl(@Nullable String url) {
    return new PageInput(source, url == null ? null : Urls.checkAbsoluteHttp(url, "url"), charset, referenceInstant, bodyHtml);
  }

  /**
   * This page with a charset hint (such as the HTTP header's), used for bytes that carry no byte-order
   * mark and declare no charset; ignored for text and parsed input. For no hint leave this method out
   * ({@code null} also means none).
   */
  public PageInput withCharset(@Nullable Charset charsetHint) {
    return new PageInput(source, url, charsetHint, referenceInstant, bodyHtml);
  }

  /**
   * This page with the instant relative dates count from — when it was fetched, such as a WARC record's
   * capture time. For none leave this method out ({@code null} also means none).
   */
  public PageInput withReferenceInstant(@Nullable Instant when) {
    return new PageInput(source, url, charset, when, bodyHtml);
  }

  /**
   * Whether {@link ArticleExtractor#extractPage(PageInput)} builds the body's clean HTML (by default it
   * does); without it the {@link ExtractedPage#bodyHtml()} is empty and the cleaning cost is saved.
   */
  public PageInput withBodyHtml(boolean bodyHtml) {
    return new PageInput(source, url, charset, referenceInstant, bodyHtml);
  }

  /** The page's address, if given. */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  /** The charset hint for byte input, if given. */
  public Optional<Charset> charset() {
    return Optional.ofNullable(charset);
  }

  /** The instant relative dates count from, if given. */
  public Optional<Instant> referenceInstant() {
    return Optional.ofNullable(referenceInstant);
  }

  /** Whether {@link ArticleExtractor#extractPage(PageInput)} builds the body's HTML. */
  public boolean bodyHtml() {
    return bodyHtml;
  }

  /** The HTML as given: a {@code String}, {@code byte[]} or {@link Document}. */
  Object source() {
    return source;
  }

  @Override
  public String toString() {
    String kind = source instanceof String s ? s.length() + " chars"
        : source instanceof byte[] b ? b.length + " bytes" : "parsed document";
    return "PageInput[" + kind + (url == null ? "" : ", url=" + url)
        + (charset == null ? "" : ", charset=" + charset)
        + (referenceInstant == null ? "" : ", reference=" + referenceInstant) + "]";
  }

}
