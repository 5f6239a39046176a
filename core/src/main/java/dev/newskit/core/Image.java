package dev.newskit.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * An image of an article: its address, its alternative text and the caption and credit printed with it.
 *
 * <p>The address is absolute ({@code https://cdn.example/a.jpg}) whenever it can be: newskit's extractor
 * resolves what the page gives against the page's address. Only when it was given no page address does it
 * keep an address as the page gave it, a relative reference such as {@code /img/a.jpg}, {@code a.jpg} or
 * {@code //cdn.example/a.jpg}, rather than drop the image; {@link #absoluteUrl()} tells the two apart and
 * {@link #resolve(URI)} completes it once the address is known. One field for both keeps the JSON form's
 * {@code url} and every existing caller unchanged: code that always gives the page's address only ever
 * sees absolute ones. A relative reference has a path or a host and no scheme, so {@code javascript:},
 * {@code data:} and any other scheme but http(s) are refused either way.
 *
 * <p>Make one with {@link #of(String)} or {@link #builder(String)}, the supported ways: the constructor is
 * public only because a record's canonical constructor must be, and it grows with the fields.
 *
 * @param url the image's address: absolute http(s), or a relative reference when no page address was known
 * @param alt the alternative text, when the page gives one
 * @param caption the caption printed with the image
 * @param credit the photographer or agency credit
 * @param width the intrinsic width in pixels, when known
 * @param height the intrinsic height in pixels, when known
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Image(
    URI url,
    Optional<String> alt,
    Optional<String> caption,
    Optional<String> credit,
    OptionalInt width,
    OptionalInt height) {

  /** Validates the URL and sizes and normalises absent values. */
  public Image {
    url = Checks.webOrRelativeUri(url, "Image.url");
    alt = Checks.optionalText(alt, "Image.alt");
    caption = Checks.optionalText(caption, "Image.caption");
    credit = Checks.optionalText(credit, "Image.credit");
    width = positive(width, "Image.width");
    height = positive(height, "Image.height");
  }

  private static OptionalInt positive(@Nullable OptionalInt value, String where) {
    if (value == null) return OptionalInt.empty();
    if (value.isPresent() && value.getAsInt() <= 0) {
      throw new IllegalArgumentException(where + " must be positive: " + value.getAsInt());
    }
    return value;
  }

  /** The address when it is absolute; empty when it is a relative reference still to be resolved. */
  public Optional<URI> absoluteUrl() {
    return url.isAbsolute() ? Optional.of(url) : Optional.empty();
  }

  /**
   * This image with its relative address resolved against {@code base}, the address of the page it came
   * from (RFC 3986); this image itself when its address is already absolute.
   *
   * @throws IllegalArgumentException if {@code base} is not an absolute http(s) URI
   */
  public Image resolve(URI base) {
    Checks.webUri(base, "base");
    if (url.isAbsolute()) return this;
    // URI.resolve follows RFC 2396, which has no "/" for a base without a path: https://a.test + b.jpg.
    URI from = base.getRawPath() == null || base.getRawPath().isEmpty() ? base.resolve("/") : base;
    return new Image(aboveTheRootDropped(from.resolve(url)), alt, caption, credit, width, height);
  }

  /** RFC 3986 drops ".." segments that climb above the root ({@code /../a.jpg} is {@code /a.jpg}); RFC 2396 keeps them. */
  private static URI aboveTheRootDropped(URI uri) {
    String path = uri.getRawPath();
    if (!path.startsWith("/../") && !path.equals("/..")) return uri;
    while (path.startsWith("/../")) path = path.substring(3);
    if (path.equals("/..")) path = "/";
    return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + path
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
        + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
  }

  /** An image known only by its address. */
  public static Image of(String url) {
    return builder(url).build();
  }

  /**
   * A builder for an image at the given address: absolute http(s), or a relative reference (see the
   * class description).
   */
  public static Builder builder(String url) {
    return new Builder(Checks.parseWebOrRelativeUri(url, "Image.url"));
  }

  /** A builder holding this image's values. */
  public Builder toBuilder() {
    Builder b = new Builder(url);
    b.alt = alt;
    b.caption = caption;
    b.credit = credit;
    b.width = width;
    b.height = height;
    return b;
  }

  /** Builds an {@link Image}; not thread-safe, make one per image. */
  public static final class Builder {
    private final URI url;
    private Optional<String> alt = Optional.empty();
    private Optional<String> caption = Optional.empty();
    private Optional<String> credit = Optional.empty();
    private OptionalInt width = OptionalInt.empty();
    private OptionalInt height = OptionalInt.empty();

    private Builder(URI url) {
      this.url = url;
    }

    /** Sets the alternative text. */
    public Builder alt(String alt) {
      this.alt = Optional.of(Checks.notNull(alt, "Image.alt"));
      return this;
    }

    /** Sets the caption. */
    public Builder caption(String caption) {
      this.caption = Optional.of(Checks.notNull(caption, "Image.caption"));
      return this;
    }

    /** Sets the credit. */
    public Builder credit(String credit) {
      this.credit = Optional.of(Checks.notNull(credit, "Image.credit"));
      return this;
    }

    /** Sets the intrinsic size in pixels. */
    public Builder size(int width, int height) {
      this.width = OptionalInt.of(width);
      this.height = OptionalInt.of(height);
      return this;
    }

    /** Validates and builds the image. */
    public Image build() {
      return new Image(url, alt, caption, credit, width, height);
    }
  }
}
