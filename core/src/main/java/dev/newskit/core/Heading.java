package dev.newskit.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A heading inside the body, such as a subhead.
 *
 * @param level 1 to 6, as in HTML's {@code h1}–{@code h6}
 * @param text the heading's text, never blank
 * @param links the inline links inside it
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Heading(int level, String text, List<Link> links) implements Block {
  /** Validates the level and text. */
  public Heading {
    if (level < 1 || level > 6) {
      throw new IllegalArgumentException("Heading.level must be between 1 and 6: " + level);
    }
    Checks.notBlank(text, "Heading.text");
    links = Checks.list(links, "Heading.links");
  }

  /** A heading without links. */
  public static Heading of(int level, String text) {
    return new Heading(level, text, List.of());
  }
}
