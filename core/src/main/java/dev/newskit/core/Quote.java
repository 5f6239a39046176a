package dev.newskit.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * A block quotation or pull quote.
 *
 * @param text the quoted text, never blank
 * @param attribution who is quoted, when the page says so
 * @param links the inline links inside it
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Quote(String text, Optional<String> attribution, List<Link> links) implements Block {
  /** Validates the text and normalises absent values. */
  public Quote {
    Checks.notBlank(text, "Quote.text");
    attribution = Checks.optionalText(attribution, "Quote.attribution");
    links = Checks.list(links, "Quote.links");
  }

  /** A quote without attribution or links. */
  public static Quote of(String text) {
    return new Quote(text, Optional.empty(), List.of());
  }
}
