package dev.newskit.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An image of an article: its address, its alternative text and the caption and credit printed with it.
 *
 * @param url the absolute http(s) address of the image
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
    url = Checks.webUri(url, "Image.url");
    alt = Checks.optionalText(alt, "Image.alt");
    caption = Checks.optionalText(caption, "Image.caption");
    credit = Checks.optionalText(credit, "Image.credit");
    width = positive(width, "Image.width");
    height = positive(height, "Image.height");
  }

  private static OptionalInt positive(OptionalInt value, String where) {
    if (value == null) return OptionalInt.empty();
    if (value.isPresent() && value.getAsInt() <= 0) {
      throw new IllegalArgumentException(where + " must be positive: " + value.getAsInt());
    }
    return value;
  }

  /** An image known only by its address. */
  public static Image of(String url) {
    return builder(url).build();
  }

  /** A builder for an image at the given absolute http(s) address. */
  public static Builder builder(String url) {
    return new Builder(Checks.parseWebUri(url, "Image.url"));
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
