package dev.newskit.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.Optional;

/**
 * Embedded third-party content, such as a video or a post, kept as a reference rather than as markup.
 *
 * @param provider the provider's name, such as {@code "youtube"} or {@code "x"}
 * @param url the absolute http(s) address of the embedded content
 * @param title the embed's title, when known
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Embed(String provider, URI url, Optional<String> title) implements Block {
  /** Validates the provider and URL. */
  public Embed {
    provider = Checks.notBlank(provider, "Embed.provider").strip();
    url = Checks.webUri(url, "Embed.url");
    title = Checks.optionalText(title, "Embed.title");
  }

  /** The title, or an empty string. */
  @Override
  public String text() {
    return title.orElse("");
  }
}
