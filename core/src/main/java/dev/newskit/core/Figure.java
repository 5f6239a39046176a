package dev.newskit.core;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An image placed in the body, with the caption and credit printed under it (held by the image).
 *
 * @param image the image, its caption and its credit
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Figure(Image image) implements Block {
  /** Validates that the image is present. */
  public Figure {
    Checks.notNull(image, "Figure.image");
  }

  /** The caption, or an empty string for a figure without one. */
  @Override
  public String text() {
    return image.caption().orElse("");
  }
}
