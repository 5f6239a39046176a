package dev.newskit.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A paragraph of body text.
 *
 * @param text the paragraph's text, never blank
 * @param links the inline links inside it, in order
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Paragraph(String text, List<Link> links) implements Block {
  /** Validates the text and copies the links. */
  public Paragraph {
    Checks.notBlank(text, "Paragraph.text");
    links = Checks.list(links, "Paragraph.links");
  }

  /** A paragraph without links. */
  public static Paragraph of(String text) {
    return new Paragraph(text, List.of());
  }
}
