package dev.newskit.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;

/**
 * The dateline of an article: the place it was filed from, as printed, and the original line.
 *
 * <p>For the byline line {@code Washington – Said Arikat - 10/4/2026} the location is
 * {@code Washington} and the text is the whole line.
 *
 * @param location the place as printed, such as {@code "Washington"}, when one is given
 * @param text the original dateline text, never blank
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Dateline(Optional<String> location, String text) {
  /** Validates the text and normalises an absent location. */
  public Dateline {
    location = Checks.optionalText(location, "Dateline.location").map(String::strip);
    text = Checks.notBlank(text, "Dateline.text").strip();
  }

  /** A dateline with a location. */
  public static Dateline of(String location, String text) {
    return new Dateline(Optional.of(Checks.notNull(location, "Dateline.location")), text);
  }
}
