package dev.newskit.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.Optional;

/**
 * A person (or desk) credited for an article.
 *
 * @param name the name as credited, never blank
 * @param url the author's page, when the site links one
 * @param role the role when stated, such as {@code "photographer"} or {@code "translator"}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Author(String name, Optional<URI> url, Optional<String> role) {
  /** Validates the name and normalises absent values. */
  public Author {
    name = Checks.notBlank(name, "Author.name").strip();
    url = Checks.optional(url).map(u -> Checks.webUri(u, "Author.url"));
    role = Checks.optionalText(role, "Author.role");
  }

  /** An author known only by name. */
  public static Author of(String name) {
    return new Author(name, Optional.empty(), Optional.empty());
  }

  /** An author with a profile page. */
  public static Author of(String name, String url) {
    return new Author(name, Optional.of(Checks.parseWebUri(url, "Author.url")), Optional.empty());
  }
}
